import { randomUUID } from 'node:crypto';
import { Role, consumeEvent } from '@prometric/core';
import { FINANCE_SCHEMA, createFinanceServices, financeConsumer } from '@prometric/finance';
import { createCustomer, createOrder, createProduct, createWarehouse, eventually, gql, isRequestStatement, memberToken, receiveStock, signUpTenant, useStack } from '@prometric/testing';

const PNL = /* GraphQL */ `query($from: Date!, $to: Date!) { profitAndLoss(from: $from, to: $to) {
  from to currency invoiced { amount } credited { amount } revenue { amount } costOfGoodsSold { amount } grossMargin { amount } grossMarginPercent
  expenses { category amount { amount } } totalExpenses { amount } netResult { amount }
} }`;

/**
 * Profit and loss against figures computed by hand (workspace currency USD; product P at 100.00, no tax).
 * Documents are made through the gateway, then dated with the owner connection (UTC):
 *
 *   I1  2 × P = 200.00  issued 2026-03-10; credit note of 50.00 issued 2026-03-12   → March revenue 150.00
 *   I2  1 × P = 100.00  issued 2026-02-28 23:59:59 (February)
 *   I3  1 × P = 100.00  issued 2026-04-01 00:00:00 (April)
 *   Stock of P in W: 10 received at 4.00, 10 at 6.00 → average 5.00; 5 issued for I1's order on
 *   2026-03-15 → cost of goods 25.00 (March); 2 issued on 2026-04-01 00:00:00 → 10.00 (April).
 *   Expenses: TRAVEL 42.50 approved (2026-03-20); SUPPLIES 99.00 only submitted (not counted);
 *   the payroll run of 2026-03 (gross 1000.00) → PAYROLL 1000.00 incurred 2026-03-31.
 *
 *   March: revenue 150.00 − COGS 25.00 = gross margin 125.00 (83.33 %); expenses 1042.50; net −917.50.
 */
describe('profitAndLoss', () => {
  const fx = useStack({ pg: true, recordQueries: 'all' });
  let accountant: string;

  const invoiceFor = async (customer: string, productId: string, quantity: number) => {
    const order = (await createOrder(fx.url, fx.owner.token, customer, [{ productId, quantity }])).data!.createOrder.order.id as string;
    await gql(fx.url, `mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id: order }, fx.owner.token);
    await fx.stack.sales.relay.flush();
    const invoice = await eventually(
      'finance drafting the invoice (it has seen the order)',
      async () => (await gql(fx.url, `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id lines { id } } errors { code } } }`, { input: { orderId: order } }, fx.owner.token)).data!.createInvoice.invoice as { id: string; lines: { id: string }[] } | null,
      (drafted) => drafted !== null,
    );
    expect((await gql(fx.url, `mutation($id: ID!) { issueInvoice(id: $id) { errors { code } } }`, { id: invoice!.id }, fx.owner.token)).data!.issueInvoice.errors).toEqual([]);
    return { order, invoice: invoice! };
  };
  const issuedAt = (id: string, at: string) => fx.pg.query(`update finance.invoice set issued_at = $2 where id = $1`, [id, at]);
  /** Reserves and issues `quantity` of the product for the order; returns the movement id once finance recorded its cost. */
  const ship = async (orderId: string, productId: string, warehouseId: string, quantity: number) => {
    const reserved = await gql(fx.url, `mutation($input: ReserveStockInput!) { reserveStock(input: $input) { reservations { id } errors { code } } }`, { input: { orderId, productId, warehouseId, quantity } }, fx.owner.token);
    const issued = await gql(fx.url, `mutation($id: ID!) { issueReservation(id: $id) { movement { id } errors { code } } }`, { id: reserved.data!.reserveStock.reservations[0].id }, fx.owner.token);
    expect(issued.data!.issueReservation.errors).toEqual([]);
    const movementId: string = issued.data!.issueReservation.movement.id;
    await fx.stack.operations.relay.flush();
    await eventually('finance recording the cost of goods', async () => (await fx.pg.query(`select 1 from finance.cost_of_goods where movement_id = $1`, [movementId])).rowCount, (n) => n === 1);
    return movementId;
  };
  const pnl = async (from: string, to: string, token = fx.owner.token) => gql(fx.url, PNL, { from, to }, token);
  const figures = (r: Record<string, unknown>) => JSON.parse(JSON.stringify(r, (k, v) => (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).join() === 'amount' ? v.amount : v)));

  beforeAll(async () => {
    accountant = await memberToken(fx.url, fx.owner, Role.ACCOUNTANT);
    const [customer, product, warehouse] = await Promise.all([createCustomer(fx.url, fx.owner.token, { name: 'P&L customer' }), createProduct(fx.url, fx.owner.token, { price: '100.00', taxRate: '0' }), createWarehouse(fx.url, fx.owner.token, { code: 'PNL-W' })]);
    const i1 = await invoiceFor(customer.id, product.id, 2);
    const i2 = await invoiceFor(customer.id, product.id, 1);
    const i3 = await invoiceFor(customer.id, product.id, 1);
    await issuedAt(i1.invoice.id, '2026-03-10T09:00:00Z');
    await issuedAt(i2.invoice.id, '2026-02-28T23:59:59Z');
    await issuedAt(i3.invoice.id, '2026-04-01T00:00:00Z');
    const credit = await gql(
      fx.url,
      `mutation($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { creditNote { id subtotal { amount } } errors { code message } } }`,
      { input: { invoiceId: i1.invoice.id, reason: 'One damaged', lines: [{ invoiceLineId: i1.invoice.lines[0].id, amount: '50.00' }] } },
      fx.owner.token,
    );
    expect(credit.data!.createCreditNote).toMatchObject({ creditNote: { subtotal: { amount: '50.00' } }, errors: [] });
    await fx.pg.query(`update finance.credit_note set issued_at = '2026-03-12T10:00:00Z' where id = $1`, [credit.data!.createCreditNote.creditNote.id]);

    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: warehouse.id, quantity: 10, unitCost: '4.00' });
    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: warehouse.id, quantity: 10, unitCost: '6.00' });
    const march = await ship(i1.order, product.id, warehouse.id, 5);
    const april = await ship(i3.order, product.id, warehouse.id, 2);
    await fx.pg.query(`update finance.cost_of_goods set issued_at = '2026-03-15T12:00:00Z' where movement_id = $1`, [march]);
    await fx.pg.query(`update finance.cost_of_goods set issued_at = '2026-04-01T00:00:00Z' where movement_id = $1`, [april]);

    const submit = (category: string, amount: string, incurredOn: string) =>
      gql(fx.url, `mutation($input: SubmitExpenseInput!) { submitExpense(input: $input) { expense { id } errors { code } } }`, { input: { description: `${category} in March`, category, amount, incurredOn } }, fx.owner.token);
    const travel = (await submit('TRAVEL', '42.50', '2026-03-20')).data!.submitExpense.expense.id;
    expect((await gql(fx.url, `mutation($id: ID!) { approveExpense(id: $id) { errors { code } } }`, { id: travel }, accountant)).data!.approveExpense.errors).toEqual([]);
    expect((await submit('SUPPLIES', '99.00', '2026-03-21')).data!.submitExpense.errors).toEqual([]);
    const runId = randomUUID();
    const consumed = await consumeEvent(fx.stack.finance.orm, { consumer: financeConsumer(createFinanceServices()), schema: FINANCE_SCHEMA }, {
      id: randomUUID(),
      type: 'payroll.approved',
      schemaVersion: 1,
      aggregateType: 'PayrollRun',
      aggregateId: runId,
      aggregateVersion: 2,
      organizationId: fx.owner.organizationId,
      workspaceId: fx.owner.workspaceId,
      actorId: fx.owner.userId,
      occurredAt: new Date().toISOString(),
      payload: { payrollRunId: runId, period: '2026-03', currency: 'USD', totalGross: '1000.00', totalNet: '800.00', totalDeductions: '200.00', employeeCount: 2 },
    });
    expect(consumed).toBe('applied');
  }, 120_000);

  it('a month: revenue net of the credit note, COGS at the weighted average, expenses by category with payroll, net result', async () => {
    const r = await pnl('2026-03-01', '2026-03-31', accountant);
    expect(figures(r.data!.profitAndLoss)).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      currency: 'USD',
      invoiced: '200.00',
      credited: '50.00',
      revenue: '150.00',
      costOfGoodsSold: '25.00',
      grossMargin: '125.00',
      grossMarginPercent: '83.33',
      expenses: [
        { category: 'PAYROLL', amount: '1000.00' },
        { category: 'TRAVEL', amount: '42.50' },
      ],
      totalExpenses: '1042.50',
      netResult: '-917.50',
    });
  });

  it('the month boundary (UTC): 23:59:59 on the 28th is February, 00:00 on the 1st is April', async () => {
    expect(figures((await pnl('2026-02-01', '2026-02-28')).data!.profitAndLoss)).toMatchObject({ revenue: '100.00', costOfGoodsSold: '0.00', grossMarginPercent: '100.00', expenses: [], netResult: '100.00' });
    expect(figures((await pnl('2026-04-01', '2026-04-30')).data!.profitAndLoss)).toMatchObject({ revenue: '100.00', costOfGoodsSold: '10.00', grossMargin: '90.00', grossMarginPercent: '90.00', netResult: '90.00' });
    // The whole quarter is the sum of its months.
    expect(figures((await pnl('2026-02-01', '2026-04-30')).data!.profitAndLoss)).toMatchObject({ revenue: '350.00', costOfGoodsSold: '35.00', totalExpenses: '1042.50', netResult: '-727.50' });
  });

  it('a month with nothing is all zeros, with no margin percentage', async () => {
    expect(figures((await pnl('2026-06-01', '2026-06-30')).data!.profitAndLoss)).toEqual({
      from: '2026-06-01', to: '2026-06-30', currency: 'USD', invoiced: '0.00', credited: '0.00', revenue: '0.00', costOfGoodsSold: '0.00',
      grossMargin: '0.00', grossMarginPercent: null, expenses: [], totalExpenses: '0.00', netResult: '0.00',
    });
  });

  it('records each issue once however often its event is delivered', async () => {
    const rows = await fx.pg.query(`select quantity, unit_cost::text, amount::text from finance.cost_of_goods where workspace_id = $1 order by issued_at`, [fx.owner.workspaceId]);
    expect(rows.rows).toEqual([
      { quantity: 5, unit_cost: '5.0000', amount: '25.00' },
      { quantity: 2, unit_cost: '5.0000', amount: '10.00' },
    ]);
    const event = (await fx.pg.query(`select id, type, aggregate_type, aggregate_id, aggregate_version, organization_id, workspace_id, actor_id, created_at, payload, schema_version from operations.outbox_event where type = 'stock.issued' and workspace_id = $1 order by created_at limit 1`, [fx.owner.workspaceId])).rows[0];
    const again = await consumeEvent(fx.stack.finance.orm, { consumer: financeConsumer(createFinanceServices()), schema: FINANCE_SCHEMA }, {
      id: randomUUID(), type: 'stock.issued', schemaVersion: event.schema_version, aggregateType: event.aggregate_type, aggregateId: event.aggregate_id, aggregateVersion: event.aggregate_version,
      organizationId: event.organization_id, workspaceId: event.workspace_id, actorId: event.actor_id, occurredAt: new Date().toISOString(), payload: event.payload,
    });
    expect(again).toBe('applied');
    expect((await fx.pg.query(`select count(*)::int as c from finance.cost_of_goods where workspace_id = $1`, [fx.owner.workspaceId])).rows[0].c).toBe(2);
  });

  it('runs one statement, whatever the size', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    fx.stack.queries.length = 0;
    await pnl('2026-01-01', '2026-12-31');
    // Finance's consumers may be handling other test files' events meanwhile (shared queues): not the report's statements.
    expect(fx.stack.queries.filter((q) => q.subgraph === 'finance' && isRequestStatement(q.sql))).toHaveLength(1);
  });

  it('another workspace sees nothing; SALES_REP is FORBIDDEN; from after to is refused', async () => {
    const other = await signUpTenant(fx.url);
    expect(figures((await pnl('2026-03-01', '2026-03-31', other.token)).data!.profitAndLoss)).toMatchObject({ revenue: '0.00', costOfGoodsSold: '0.00', expenses: [], netResult: '0.00' });
    const refused = await pnl('2026-03-01', '2026-03-31', await memberToken(fx.url, fx.owner, Role.SALES_REP));
    expect(refused.data?.profitAndLoss ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const backwards = await pnl('2026-03-31', '2026-03-01');
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
