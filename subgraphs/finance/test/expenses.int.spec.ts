import { randomUUID } from 'node:crypto';
import { Role, consumeEvent, type DomainEvent } from '@prometric/core';
import { errorCodes, eventually, gql, memberToken, signUpTenant, useStack, type Tenant } from '@prometric/testing';
import { FINANCE_SCHEMA, createFinanceServices, financeConsumer } from '@prometric/finance';

const FIELDS = 'id number description category amount { amount currency } incurredOn status submittedBy approvedBy rejectionReason paidAt paidOn source';
const SUBMIT = /* GraphQL */ `mutation($input: SubmitExpenseInput!) { submitExpense(input: $input) { expense { ${FIELDS} } errors { code field message } } }`;
const APPROVE = /* GraphQL */ `mutation($id: ID!) { approveExpense(id: $id) { expense { id status approvedBy } errors { code field message } } }`;
const REJECT = /* GraphQL */ `mutation($id: ID!, $reason: String!) { rejectExpense(id: $id, reason: $reason) { expense { id status rejectionReason } errors { code field message } } }`;
const PAID = /* GraphQL */ `mutation($id: ID!, $paidOn: String!) { markExpensePaid(id: $id, paidOn: $paidOn) { expense { id status paidOn paidAt } errors { code field message } } }`;
const EXPENSE = /* GraphQL */ `query($id: ID!) { expense(id: $id) { ${FIELDS} } }`;
const EXPENSES = /* GraphQL */ `query($status: ExpenseStatus, $category: ExpenseCategory) { expenses(first: 100, filter: { status: $status, category: $category }) { totalCount edges { node { ${FIELDS} } } } }`;

const YEAR = new Date().getUTCFullYear();
const exp = (n: number) => `EXP-${YEAR}-${String(n).padStart(6, '0')}`;
const TODAY = new Date().toISOString().slice(0, 10);
const userIdOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub;

describe('expenses through the gateway', () => {
  const fx = useStack({ pg: true });
  let accountant: string;
  let rep: string;

  beforeAll(async () => {
    [accountant, rep] = await Promise.all([memberToken(fx.url, fx.owner, Role.ACCOUNTANT), memberToken(fx.url, fx.owner, Role.SALES_REP)]);
  });

  const submit = (input: Record<string, unknown>, token = fx.owner.token) =>
    gql(fx.url, SUBMIT, { input: { description: 'Taxi to customer', category: 'TRAVEL', amount: '42.50', incurredOn: TODAY, ...input } }, token);
  const expenseRows = async (workspaceId = fx.owner.workspaceId): Promise<number> =>
    (await fx.pg.query('select count(*)::int as c from finance.expense where workspace_id = $1', [workspaceId])).rows[0].c;
  const statusOf = async (id: string): Promise<string> => (await fx.pg.query('select status from finance.expense where id = $1', [id])).rows[0].status;

  it('a sales rep submits (numbered, in the workspace currency) and reads their own expense, but cannot approve or list: FORBIDDEN', async () => {
    const tenant = await signUpTenant(fx.url, { currency: 'EUR' });
    const tenantRep = await memberToken(fx.url, tenant, Role.SALES_REP);
    const r = await submit({}, tenantRep);
    expect(r.data!.submitExpense.errors).toEqual([]);
    const e = r.data!.submitExpense.expense;
    expect(e).toMatchObject({ number: exp(1), category: 'TRAVEL', amount: { amount: '42.50', currency: 'EUR' }, incurredOn: TODAY, status: 'SUBMITTED', submittedBy: userIdOf(tenantRep), approvedBy: null, source: null });
    expect((await gql(fx.url, EXPENSE, { id: e.id }, tenantRep)).data!.expense.id).toBe(e.id);
    expect(errorCodes(await gql(fx.url, APPROVE, { id: e.id }, tenantRep))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(fx.url, REJECT, { id: e.id, reason: 'no' }, tenantRep))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(fx.url, PAID, { id: e.id, paidOn: TODAY }, tenantRep))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(fx.url, EXPENSES, {}, tenantRep))).toEqual(['FORBIDDEN']);
    expect(await statusOf(e.id)).toBe('SUBMITTED');
    // Another member without finance:read cannot read it.
    const otherRep = await memberToken(fx.url, tenant, Role.SALES_REP);
    expect(errorCodes(await gql(fx.url, EXPENSE, { id: e.id }, otherRep))).toEqual(['FORBIDDEN']);
  });

  it('follows SUBMITTED → APPROVED → PAID; every illegal transition is a typed error that changes nothing', async () => {
    const r = await submit({ description: 'Printer paper', category: 'SUPPLIES', amount: '19.99', incurredOn: '2026-01-15' }, rep);
    const id: string = r.data!.submitExpense.expense.id;
    const early = await gql(fx.url, PAID, { id, paidOn: TODAY }, accountant);
    expect(early.data!.markExpensePaid).toEqual({ expense: null, errors: [expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['id'] })] });
    expect(await statusOf(id)).toBe('SUBMITTED');

    const approved = await gql(fx.url, APPROVE, { id }, accountant);
    expect(approved.data!.approveExpense).toEqual({ expense: { id, status: 'APPROVED', approvedBy: userIdOf(accountant) }, errors: [] });
    for (const [query, vars] of [[APPROVE, { id }], [REJECT, { id, reason: 'late' }]] as const) {
      const again = await gql(fx.url, query, vars, fx.owner.token);
      expect(Object.values(again.data!)[0].errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    }
    const before = await gql(fx.url, PAID, { id, paidOn: '2026-01-14' }, accountant);
    expect(before.data!.markExpensePaid.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['paidOn'] })]);
    const bad = await gql(fx.url, PAID, { id, paidOn: 'soon' }, accountant);
    expect(bad.data!.markExpensePaid.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['paidOn'] })]);
    expect(await statusOf(id)).toBe('APPROVED');

    const paid = await gql(fx.url, PAID, { id, paidOn: TODAY }, accountant);
    expect(paid.data!.markExpensePaid.expense).toMatchObject({ id, status: 'PAID', paidOn: TODAY });
    expect(paid.data!.markExpensePaid.expense.paidAt).toEqual(expect.any(String));
    const twice = await gql(fx.url, PAID, { id, paidOn: TODAY }, accountant);
    expect(twice.data!.markExpensePaid.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);

    const events = await fx.pg.query(`select type from finance.outbox_event where aggregate_id = $1 order by created_at`, [id]);
    expect(events.rows.map((row) => row.type)).toEqual(['expense.submitted', 'expense.approved', 'expense.paid']);
  });

  it('a rejection needs a reason and is final', async () => {
    const id: string = (await submit({}, rep)).data!.submitExpense.expense.id;
    const noReason = await gql(fx.url, REJECT, { id, reason: '  ' }, accountant);
    expect(noReason.data!.rejectExpense.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['reason'] })]);
    const rejected = await gql(fx.url, REJECT, { id, reason: 'No receipt' }, accountant);
    expect(rejected.data!.rejectExpense).toEqual({ expense: { id, status: 'REJECTED', rejectionReason: 'No receipt' }, errors: [] });
    const approve = await gql(fx.url, APPROVE, { id }, accountant);
    expect(approve.data!.approveExpense.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect(await statusOf(id)).toBe('REJECTED');
  });

  it('nobody approves their own expense, not even the owner', async () => {
    const mine = (await submit({ description: 'Conference ticket', category: 'SERVICES', amount: '300' })).data!.submitExpense.expense;
    const self = await gql(fx.url, APPROVE, { id: mine.id }, fx.owner.token);
    expect(self.data!.approveExpense).toEqual({ expense: null, errors: [expect.objectContaining({ code: 'FORBIDDEN', field: ['id'] })] });
    expect(await statusOf(mine.id)).toBe('SUBMITTED');
    expect((await gql(fx.url, APPROVE, { id: mine.id }, accountant)).data!.approveExpense.expense.status).toBe('APPROVED');
  });

  it('refuses bad input writing nothing; a retried submit with the same key, also concurrent, counts once', async () => {
    const rowsBefore = await expenseRows();
    const bad = await submit({ description: ' ', category: 'PAYROLL', amount: '0', incurredOn: '2099-01-01' });
    expect(bad.data!.submitExpense.errors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['amount', 'category', 'description', 'incurredOn']);
    const decimals = await submit({ amount: '1.001', incurredOn: '2026-02-30' });
    expect(decimals.data!.submitExpense.errors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['amount', 'incurredOn']);
    expect(await expenseRows()).toBe(rowsBefore);
    const key = randomUUID();
    const retries = await Promise.all(Array.from({ length: 5 }, () => submit({ idempotencyKey: key }, rep)));
    expect(new Set(retries.map((r) => r.data!.submitExpense.expense.id)).size).toBe(1);
    expect(await expenseRows()).toBe(rowsBefore + 1);
  });

  it('lists by status and category; another tenant sees, approves and reads nothing', async () => {
    const tenant = await signUpTenant(fx.url);
    const tenantAccountant = await memberToken(fx.url, tenant, Role.ACCOUNTANT);
    const a = (await submit({ category: 'OTHER', amount: '5.00' }, tenant.token)).data!.submitExpense.expense;
    const b = (await submit({ category: 'SUPPLIES', amount: '6.00' }, tenant.token)).data!.submitExpense.expense;
    await gql(fx.url, APPROVE, { id: b.id }, tenantAccountant);
    const approved = await gql(fx.url, EXPENSES, { status: 'APPROVED' }, tenant.token);
    expect(approved.data!.expenses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.id]);
    const other = await gql(fx.url, EXPENSES, { category: 'OTHER' }, tenant.token);
    expect(other.data!.expenses).toMatchObject({ totalCount: 1, edges: [{ node: { id: a.id, number: exp(1) } }] });

    const stranger = await signUpTenant(fx.url);
    expect((await gql(fx.url, EXPENSES, {}, stranger.token)).data!.expenses).toEqual({ totalCount: 0, edges: [] });
    expect(errorCodes(await gql(fx.url, EXPENSE, { id: a.id }, stranger.token))).toEqual(['NOT_FOUND']);
    const approve = await gql(fx.url, APPROVE, { id: a.id }, stranger.token);
    expect(approve.data!.approveExpense.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
    expect(await statusOf(a.id)).toBe('SUBMITTED');
  });

  describe('payroll.approved', () => {
    const payrollEvent = (tenant: Tenant, payrollRunId: string, actorId: string | null = tenant.userId): DomainEvent => ({
      id: randomUUID(),
      type: 'payroll.approved',
      schemaVersion: 1,
      aggregateType: 'PayrollRun',
      aggregateId: payrollRunId,
      aggregateVersion: 2,
      organizationId: tenant.organizationId,
      workspaceId: tenant.workspaceId,
      actorId,
      occurredAt: new Date().toISOString(),
      payload: { payrollRunId, period: '2026-03', currency: 'USD', totalGross: '12500.00', totalNet: '10000.00', totalDeductions: '2500.00', employeeCount: 4 },
    });
    const consume = (event: DomainEvent) => consumeEvent(fx.stack.finance.orm, { consumer: financeConsumer(createFinanceServices()), schema: FINANCE_SCHEMA }, event);
    const payrollExpenses = async (runId: string) =>
      (await fx.pg.query(`select number, status, category, amount, description, incurred_on::text, source, workspace_id from finance.expense where source_payroll_run_id = $1`, [runId])).rows;

    it('creates one APPROVED PAYROLL expense per run, however often and however concurrently its events arrive', async () => {
      const tenant = await signUpTenant(fx.url);
      const runId = randomUUID();
      const event = payrollEvent(tenant, runId);
      expect(await consume(event)).toBe('applied');
      expect(await consume(event)).toBe('duplicate');
      // A second, different event for the same run, and a burst of them at once, change nothing.
      const more = await Promise.all([consume(payrollEvent(tenant, runId)), consume(payrollEvent(tenant, runId)), consume(payrollEvent(tenant, runId))]);
      expect(more).toEqual(['applied', 'applied', 'applied']);
      expect(await payrollExpenses(runId)).toEqual([
        { number: exp(1), status: 'APPROVED', category: 'PAYROLL', amount: '12500.00', description: 'Payroll 2026-03', incurred_on: '2026-03-31', source: { payrollRunId: runId }, workspace_id: tenant.workspaceId },
      ]);
      const listed = await gql(fx.url, EXPENSES, { category: 'PAYROLL' }, tenant.token);
      expect(listed.data!.expenses.edges).toEqual([
        { node: expect.objectContaining({ number: exp(1), status: 'APPROVED', amount: { amount: '12500.00', currency: 'USD' }, source: { payrollRunId: runId }, approvedBy: tenant.userId }) },
      ]);
      // It can be paid like any approved expense; another tenant does not see it.
      const id: string = listed.data!.expenses.edges[0].node.id;
      expect((await gql(fx.url, PAID, { id, paidOn: TODAY }, tenant.token)).data!.markExpensePaid.expense.status).toBe('PAID');
      expect((await gql(fx.url, EXPENSES, { category: 'PAYROLL' }, fx.owner.token)).data!.expenses.edges.some((e: { node: { id: string } }) => e.node.id === id)).toBe(false);
    });

    it('an event recorded in hr\'s outbox reaches finance through the relay and the queue, once', async () => {
      const tenant = await signUpTenant(fx.url);
      const runId = randomUUID();
      const event = payrollEvent(tenant, runId);
      const insert = `insert into hr.outbox_event (id, type, aggregate_type, aggregate_id, aggregate_version, organization_id, workspace_id, actor_id, payload)
                      values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
      const row = (e: DomainEvent) => [e.id, e.type, e.aggregateType, e.aggregateId, e.aggregateVersion, e.organizationId, e.workspaceId, e.actorId, JSON.stringify(e.payload)];
      await fx.pg.query(insert, row(event));
      // The same run approved twice (a replayed approval), as its own outbox row.
      await fx.pg.query(insert, row(payrollEvent(tenant, runId)));
      await fx.stack.hr.relay.flush();
      const processed = await eventually(
        'both payroll.approved events processed by finance',
        async () => (await fx.pg.query(`select count(*)::int as c from finance.processed_message where consumer = 'finance' and workspace_id = $1 and event_type = 'payroll.approved'`, [tenant.workspaceId])).rows[0].c as number,
        (c) => c >= 2,
        { timeoutMs: 10_000, intervalMs: 100 },
      );
      expect(processed).toBe(2);
      expect(await payrollExpenses(runId)).toEqual([expect.objectContaining({ number: exp(1), status: 'APPROVED', amount: '12500.00' })]);
    });
  });
});
