import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { Role, eventQueuePrefix } from '@prometric/core';
import {
  createCustomer,
  createDeal,
  createProduct,
  errorCodes,
  eventually,
  gql,
  memberToken,
  operation,
  signUpTenant,
  testConfig,
  useStack,
} from '@prometric/testing';

const CREATE = /* GraphQL */ `
  mutation($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      invoice { id number status currency lines { productId quantity unitPrice { amount } taxRate subtotal { amount } } subtotal { amount currency } tax { amount } total { amount currency } amountPaid { amount } amountDue { amount } dueDate }
      errors { code field message }
    }
  }`;
const ISSUE = /* GraphQL */ `
  mutation($id: ID!) { issueInvoice(id: $id) { invoice { id number status issuedAt } errors { code field message } } }`;
const VOID = /* GraphQL */ `
  mutation($id: ID!, $reason: String) { voidInvoice(id: $id, reason: $reason) { invoice { id status voidReason } errors { code field message } } }`;
const INVOICE = /* GraphQL */ `
  query($id: ID!) { invoice(id: $id) { id number status amountPaid { amount } amountDue { amount } payments { amount { amount } method reference } } }`;
const CUSTOMER = /* GraphQL */ `
  query($id: ID!) { customer(id: $id) { id name balance { amount currency } invoices { id status } } }`;

const YEAR = new Date().getUTCFullYear();

describe('invoices and payments through the gateway', () => {
  const fx = useStack({ pg: true });
  let customerId: string;

  beforeAll(async () => {
    customerId = (await createCustomer(fx.url, fx.owner.token)).id;
  });

  /** Wins a deal for `quantity` units at 100.00 with 12% tax: an order of quantity × 112.00. */
  const wonOrder = async (quantity = 2, token = fx.owner.token, customer = customerId) => {
    const product = await createProduct(fx.url, token, { price: '100.00', taxRate: '0.12' });
    const deal = await createDeal(fx.url, token, customer, [{ productId: product.id, quantity }]);
    const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, token);
    const order = won.data?.winDeal?.deal?.order;
    if (!order) throw new Error(`winDeal failed: ${JSON.stringify(won)}`);
    return { order: order as { id: string; number: string }, product };
  };

  /** Drafts the order's invoice once the consumer has built finance's copy of the order (NOT_FOUND until then). */
  const draftWhenSeen = (orderId: string, extra: Record<string, unknown> = {}, token = fx.owner.token) =>
    eventually(
      'finance seeing the order (createInvoice not NOT_FOUND)',
      async () => (await gql(fx.url, CREATE, { input: { orderId, ...extra } }, token)).data?.createInvoice,
      (p) => !!p && p.errors[0]?.code !== 'NOT_FOUND',
      { intervalMs: 100 },
    );

  const draft = async (quantity = 2) => {
    const { order, product } = await wonOrder(quantity);
    const p = await draftWhenSeen(order.id);
    expect(p.errors).toEqual([]);
    return { order, product, invoice: p.invoice as { id: string; number: string | null; status: string } };
  };

  const issued = async (quantity = 2) => {
    const d = await draft(quantity);
    const r = await gql(fx.url, ISSUE, { id: d.invoice.id }, fx.owner.token);
    expect(r.data!.issueInvoice.errors).toEqual([]);
    return { ...d, invoice: r.data!.issueInvoice.invoice as { id: string; number: string; status: string } };
  };

  const pay = (input: Record<string, unknown>, token = fx.owner.token) =>
    gql(fx.url, operation('finance', 'RecordPayment'), { input: { method: 'BANK_TRANSFER', ...input } }, token);

  const paymentRows = async (invoiceId: string): Promise<number> => {
    const { rows } = await fx.pg.query('select count(*)::int as c from finance.payment where invoice_id = $1', [invoiceId]);
    return rows[0].c;
  };

  it('drafts an invoice from the won order: its lines, and totals equal to the order', async () => {
    const { order, product } = await wonOrder(3);
    const p = await draftWhenSeen(order.id, { dueDate: '2099-12-31' });
    expect(p.errors).toEqual([]);
    const sales = await gql(fx.url, operation('sales', 'Order'), { id: order.id }, fx.owner.token);
    const o = sales.data!.order;
    expect(p.invoice).toMatchObject({
      number: null,
      status: 'DRAFT',
      currency: 'USD',
      lines: [{ productId: product.id, quantity: 3, unitPrice: { amount: '100.00' }, taxRate: 0.12, subtotal: { amount: '300.00' } }],
      subtotal: { amount: o.subtotal.amount, currency: o.subtotal.currency },
      tax: { amount: o.tax.amount },
      total: { amount: o.total.amount, currency: 'USD' },
      amountPaid: { amount: '0.00' },
      amountDue: { amount: '336.00' },
      dueDate: '2099-12-31',
    });
    expect(o.total.amount).toBe('336.00');
    // One invoice per order that is not void.
    const again = await gql(fx.url, CREATE, { input: { orderId: order.id } }, fx.owner.token);
    expect(again.data!.createInvoice.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['orderId'] })]);
  });

  it('refuses an order finance has not seen with NOT_FOUND, and a malformed due date', async () => {
    const r = await gql(fx.url, CREATE, { input: { orderId: randomUUID() } }, fx.owner.token);
    expect(r.data!.createInvoice).toEqual({ invoice: null, errors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['orderId'] })] });
    const bad = await gql(fx.url, CREATE, { input: { orderId: randomUUID(), dueDate: 'tomorrow' } }, fx.owner.token);
    expect(bad.data!.createInvoice.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['dueDate'] })]);
  });

  it('a retried create with the same idempotency key returns the first invoice', async () => {
    const { order } = await wonOrder();
    const key = randomUUID();
    const first = await draftWhenSeen(order.id, { idempotencyKey: key });
    const second = await gql(fx.url, CREATE, { input: { orderId: order.id, idempotencyKey: key } }, fx.owner.token);
    expect(second.data!.createInvoice).toEqual({ invoice: first.invoice, errors: [] });
  });

  it('numbers invoices gaplessly when issued, and an issued invoice is never issued again', async () => {
    // A fresh tenant: its first invoices are 000001 and 000002 whatever else this file does.
    const tenant = await signUpTenant(fx.url);
    const customer = (await createCustomer(fx.url, tenant.token)).id;
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { order } = await wonOrder(1, tenant.token, customer);
      const d = await draftWhenSeen(order.id, {}, tenant.token);
      // An unissued draft in between takes no number.
      if (i === 0) await draftWhenSeen((await wonOrder(1, tenant.token, customer)).order.id, {}, tenant.token);
      const r = await gql(fx.url, ISSUE, { id: d.invoice.id }, tenant.token);
      expect(r.data!.issueInvoice.errors).toEqual([]);
      expect(r.data!.issueInvoice.invoice.status).toBe('ISSUED');
      numbers.push(r.data!.issueInvoice.invoice.number);
      const again = await gql(fx.url, ISSUE, { id: d.invoice.id }, tenant.token);
      expect(again.data!.issueInvoice.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    }
    expect(numbers).toEqual([`INV-${YEAR}-000001`, `INV-${YEAR}-000002`]);
  });

  it("the contract's Order query returns the order's invoices", async () => {
    const { order, invoice } = await issued(2);
    const r = await gql(fx.url, operation('sales', 'Order'), { id: order.id }, fx.owner.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.order.invoices).toEqual([
      { id: invoice.id, number: invoice.number, status: 'ISSUED', total: { amount: '224.00', currency: 'USD' }, amountPaid: { amount: '0.00', currency: 'USD' }, amountDue: { amount: '224.00', currency: 'USD' }, dueDate: null },
    ]);
  });

  it('derives amounts and status from payments; refuses over-payment writing nothing; a retried payment counts once; paid invoices cannot be voided', async () => {
    const { invoice } = await issued(2); // total 224.00

    const partial = await pay({ invoiceId: invoice.id, amount: '100.00', reference: 'TX-1', idempotencyKey: randomUUID() });
    expect(partial.data!.recordPayment).toMatchObject({
      payment: { amount: { amount: '100.00', currency: 'USD' }, method: 'BANK_TRANSFER' },
      invoice: { id: invoice.id, status: 'PARTIALLY_PAID', amountPaid: { amount: '100.00' }, amountDue: { amount: '124.00' } },
      errors: [],
    });

    // More than is due: a typed error on `amount`, and nothing written.
    const over = await pay({ invoiceId: invoice.id, amount: '124.01', idempotencyKey: randomUUID() });
    expect(over.data!.recordPayment).toEqual({ payment: null, invoice: null, errors: [expect.objectContaining({ code: 'OVERPAYMENT', field: ['amount'] })] });
    expect(await paymentRows(invoice.id)).toBe(1);
    const afterOver = await gql(fx.url, INVOICE, { id: invoice.id }, fx.owner.token);
    expect(afterOver.data!.invoice).toMatchObject({ status: 'PARTIALLY_PAID', amountPaid: { amount: '100.00' }, amountDue: { amount: '124.00' } });

    // The same payment retried, also concurrently: counted once, every retry answers the first result.
    const key = randomUUID();
    const retries = await Promise.all(Array.from({ length: 5 }, () => pay({ invoiceId: invoice.id, amount: '24.00', idempotencyKey: key })));
    const ids = new Set(retries.map((r) => r.data!.recordPayment.payment.id));
    expect(ids.size).toBe(1);
    expect(retries.every((r) => r.data!.recordPayment.errors.length === 0)).toBe(true);
    const again = await pay({ invoiceId: invoice.id, amount: '24.00', idempotencyKey: key });
    expect(again.data!.recordPayment.payment.id).toBe([...ids][0]);
    expect(await paymentRows(invoice.id)).toBe(2);
    const mid = await gql(fx.url, INVOICE, { id: invoice.id }, fx.owner.token);
    expect(mid.data!.invoice).toMatchObject({ status: 'PARTIALLY_PAID', amountPaid: { amount: '124.00' }, amountDue: { amount: '100.00' } });

    const rest = await pay({ invoiceId: invoice.id, amount: '100', method: 'KASPI' });
    expect(rest.data!.recordPayment.invoice).toMatchObject({ status: 'PAID', amountPaid: { amount: '224.00' }, amountDue: { amount: '0.00' } });
    const paidAgain = await pay({ invoiceId: invoice.id, amount: '1.00' });
    expect(paidAgain.data!.recordPayment.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['invoiceId'] })]);

    const voided = await gql(fx.url, VOID, { id: invoice.id, reason: 'mistake' }, fx.owner.token);
    expect(voided.data!.voidInvoice.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    const final = await gql(fx.url, INVOICE, { id: invoice.id }, fx.owner.token);
    expect(final.data!.invoice.status).toBe('PAID');
    expect(final.data!.invoice.payments.map((p: { amount: { amount: string } }) => p.amount.amount)).toEqual(['100.00', '24.00', '100.00']);
  });

  it('accepts payments only on issued invoices; a voided invoice frees its order for a new one', async () => {
    const { order, invoice } = await draft(1);
    const onDraft = await pay({ invoiceId: invoice.id, amount: '1.00' });
    expect(onDraft.data!.recordPayment.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    const voided = await gql(fx.url, VOID, { id: invoice.id, reason: 'wrong terms' }, fx.owner.token);
    expect(voided.data!.voidInvoice).toEqual({ invoice: { id: invoice.id, status: 'VOID', voidReason: 'wrong terms' }, errors: [] });
    const onVoid = await pay({ invoiceId: invoice.id, amount: '1.00' });
    expect(onVoid.data!.recordPayment.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    const replacement = await gql(fx.url, CREATE, { input: { orderId: order.id } }, fx.owner.token);
    expect(replacement.data!.createInvoice.errors).toEqual([]);
  });

  it("the contract's Invoices query filters by status, with each invoice's order and customer from sales", async () => {
    const { order, invoice } = await issued(1);
    const r = await gql(fx.url, operation('finance', 'Invoices'), { first: 100, status: 'ISSUED' }, fx.owner.token);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.invoices.edges.map((e: { node: { status: string } }) => e.node);
    expect(nodes.every((n: { status: string }) => n.status === 'ISSUED')).toBe(true);
    expect(nodes).toContainEqual({
      id: invoice.id,
      number: invoice.number,
      status: 'ISSUED',
      total: { amount: '112.00', currency: 'USD' },
      amountDue: { amount: '112.00' },
      order: { id: order.id, number: order.number },
      customer: { id: customerId, name: 'Acme Ltd' },
    });
    const drafts = await gql(fx.url, operation('finance', 'Invoices'), { first: 100, status: 'DRAFT' }, fx.owner.token);
    expect(drafts.data!.invoices.edges.some((e: { node: { id: string } }) => e.node.id === invoice.id)).toBe(false);
  });

  it("another tenant's invoice does not exist for you", async () => {
    const { invoice } = await issued(1);
    const other = await signUpTenant(fx.url);
    const r = await gql(fx.url, INVOICE, { id: invoice.id }, other.token);
    expect(errorCodes(r)).toEqual(['NOT_FOUND']);
    const p = await pay({ invoiceId: invoice.id, amount: '1.00' }, other.token);
    expect(p.data!.recordPayment.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['invoiceId'] })]);
    const v = await gql(fx.url, VOID, { id: invoice.id }, other.token);
    expect(v.data!.voidInvoice.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(await paymentRows(invoice.id)).toBe(0);
  });

  it('a sales rep cannot record payments or see balances; an accountant can', async () => {
    const { invoice } = await issued(1);
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const refused = await pay({ invoiceId: invoice.id, amount: '1.00' }, rep);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(await paymentRows(invoice.id)).toBe(0);
    const repBalance = await gql(fx.url, CUSTOMER, { id: customerId }, rep);
    expect(errorCodes(repBalance)).toContain('FORBIDDEN');
    const accountant = await memberToken(fx.url, fx.owner, Role.ACCOUNTANT);
    const ok = await pay({ invoiceId: invoice.id, amount: '1.00' }, accountant);
    expect(ok.data!.recordPayment.errors).toEqual([]);
  });

  it("Customer.balance sums what is due on the customer's issued invoices", async () => {
    const tenant = await signUpTenant(fx.url);
    const customer = (await createCustomer(fx.url, tenant.token, { name: 'Balance Co' })).id;
    const issue = async (quantity: number) => {
      const { order } = await wonOrder(quantity, tenant.token, customer);
      const d = await draftWhenSeen(order.id, {}, tenant.token);
      const r = await gql(fx.url, ISSUE, { id: d.invoice.id }, tenant.token);
      return r.data!.issueInvoice.invoice as { id: string };
    };
    const a = await issue(1); // 112.00
    await issue(2); // 224.00
    await draftWhenSeen((await wonOrder(5, tenant.token, customer)).order.id, {}, tenant.token); // a draft is not owed
    await pay({ invoiceId: a.id, amount: '12.00' }, tenant.token);
    const r = await gql(fx.url, CUSTOMER, { id: customer }, tenant.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.customer.balance).toEqual({ amount: '324.00', currency: 'USD' });
    expect(r.data!.customer.invoices.map((i: { status: string }) => i.status)).toEqual(['PARTIALLY_PAID', 'ISSUED', 'DRAFT']);
  });

  it('keeps one balance per currency and never adds currencies up (balance is the workspace currency)', async () => {
    // Bug: balance summed every due invoice whatever its currency and labelled the sum with the
    // first invoice's currency (USD when there was none).
    const tenant = await signUpTenant(fx.url, { currency: 'EUR' });
    const customer = (await createCustomer(fx.url, tenant.token, { name: 'Two currencies' })).id;
    const BALANCES = `query($id: ID!) { customer(id: $id) { balance { amount currency } balances { amount currency } } }`;
    const none = await gql(fx.url, BALANCES, { id: customer }, tenant.token);
    expect(none.data!.customer).toEqual({ balance: { amount: '0.00', currency: 'EUR' }, balances: [] });
    const { order } = await wonOrder(1, tenant.token, customer);
    const d = await draftWhenSeen(order.id, {}, tenant.token);
    await gql(fx.url, ISSUE, { id: d.invoice.id }, tenant.token);
    // An invoice billed in another currency (a workspace that changed currency, an imported ledger).
    await fx.pg.query(
      `insert into finance.invoice (id, organization_id, workspace_id, status, order_id, customer_id, currency, lines, subtotal, tax, total, number)
       values (gen_random_uuid(), $1, $2, 'ISSUED', gen_random_uuid(), $3, 'USD', '[]', '50.00', '0.00', '50.00', 'INV-IMPORTED-1')`,
      [tenant.organizationId, tenant.workspaceId, customer],
    );
    const r = await gql(fx.url, BALANCES, { id: customer }, tenant.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.customer.balances).toEqual([
      { amount: '112.00', currency: 'EUR' },
      { amount: '50.00', currency: 'USD' },
    ]);
    expect(r.data!.customer.balance).toEqual({ amount: '112.00', currency: 'EUR' });
  });

  it('the consumer applies the same order event delivered twice once', async () => {
    const { order } = await wonOrder(1);
    await draftWhenSeen(order.id);
    const { rows } = await fx.pg.query(`select id from sales.outbox_event where aggregate_id = $1 and type = 'order.created'`, [order.id]);
    const eventId: string = rows[0].id;
    const connection = new Redis(testConfig.redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('finance', { connection, prefix: eventQueuePrefix(testConfig.databaseUrl) });
    const eventsConnection = connection.duplicate();
    const events = new QueueEvents('finance', { connection: eventsConnection, prefix: eventQueuePrefix(testConfig.databaseUrl) });
    try {
      await events.waitUntilReady();
      const original = await queue.getJob(eventId);
      expect(original).toBeDefined();
      const snapshotBefore = (await fx.pg.query('select aggregate_version, updated_at from finance.order_snapshot where id = $1', [order.id])).rows[0];
      // The same event body under another job id, as a duplicate publish would deliver it.
      const duplicate = await queue.add(original!.name, original!.data, { jobId: randomUUID() });
      expect(await duplicate.waitUntilFinished(events, 20000)).toBe('duplicate');
      const processed = await fx.pg.query(`select count(*)::int as c from finance.processed_message where consumer = 'finance' and event_id = $1`, [eventId]);
      expect(processed.rows[0].c).toBe(1);
      const snapshotAfter = (await fx.pg.query('select aggregate_version, updated_at from finance.order_snapshot where id = $1', [order.id])).rows[0];
      expect(snapshotAfter).toEqual(snapshotBefore);
    } finally {
      await events.close();
      await queue.close();
      eventsConnection.disconnect();
      connection.disconnect();
    }
  });
});
