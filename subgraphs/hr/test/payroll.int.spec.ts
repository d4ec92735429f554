import { Role } from '@prometric/core';
import { errorCodes, eventually, gql, memberToken, signUpTenant, useStack } from '@prometric/testing';
import { hire, userIdOf } from './helpers';

const RUN_FIELDS = `id period status currency workingDays employeeCount totalGross { amount currency } totalDeductions { amount } totalNet { amount }
  payslips { employeeId workingDays unpaidLeaveDays baseSalary { amount } unpaidLeaveDeduction { amount } gross { amount }
    lines { type rate base { amount } amount { amount } } totalDeductions { amount } net { amount currency } }`;
const CREATE = `mutation($p: String!) { createPayrollRun(period: $p) { payrollRun { ${RUN_FIELDS} } errors { code field message } } }`;
const RECALC = `mutation($id: ID!) { recalculatePayrollRun(id: $id) { payrollRun { ${RUN_FIELDS} } errors { code } } }`;
const APPROVE = `mutation($id: ID!) { approvePayrollRun(id: $id) { payrollRun { status approvedAt } errors { code } } }`;
const PAID = `mutation($id: ID!) { markPayrollRunPaid(id: $id) { payrollRun { status paidAt } errors { code } } }`;
const RUN = `query($id: ID!) { payrollRun(id: $id) { ${RUN_FIELDS} } }`;

const slip = (employeeId: string, s: { base: string; unpaidDays: string; deduction: string; gross: string; pension: string; taxBase: string; tax: string; deductions: string; net: string }) => ({
  employeeId,
  workingDays: 22,
  unpaidLeaveDays: s.unpaidDays,
  baseSalary: { amount: s.base },
  unpaidLeaveDeduction: { amount: s.deduction },
  gross: { amount: s.gross },
  lines: [
    { type: 'PENSION', rate: '0.1', base: { amount: s.gross }, amount: { amount: s.pension } },
    { type: 'INCOME_TAX', rate: '0.1', base: { amount: s.taxBase }, amount: { amount: s.tax } },
  ],
  totalDeductions: { amount: s.deductions },
  net: { amount: s.net, currency: 'USD' },
});

describe('payroll through the gateway', () => {
  const fx = useStack({ pg: true });

  it('computes March 2026 by hand (incl. unpaid leave), recalculates a draft, approves it immutably, records payroll.approved, then pays', async () => {
    const [repToken, hrToken] = await Promise.all([memberToken(fx.url, fx.owner, Role.SALES_REP), memberToken(fx.url, fx.owner, Role.HR)]);
    const boss = await hire(fx.url, fx.owner.token, { name: 'B Boss', salary: '4100.50' });
    const rep = await hire(fx.url, fx.owner.token, { name: 'A Rep', salary: '3000.00', userId: userIdOf(repToken), managerId: boss });
    const gone = await hire(fx.url, fx.owner.token, { name: 'C Gone', salary: '9999.00' });
    const away = await hire(fx.url, fx.owner.token, { name: 'D Away', salary: '8888.00' });
    await hire(fx.url, fx.owner.token, { name: 'E Later', salary: '7777.00', hireDate: '2026-04-01T00:00:00Z' }); // hired after March
    await gql(fx.url, `mutation($i: TerminateEmployeeInput!) { terminateEmployee(input: $i) { errors { code } } }`, { i: { id: gone } }, fx.owner.token);
    await gql(fx.url, `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { errors { code } } }`, { i: { id: away, status: 'ON_LEAVE' } }, fx.owner.token);

    // Unpaid leave: Mon 9 – Tue 10 March (2 working days) approved; a pending one and an April one do not count.
    const leave = async (from: string, to: string, approve: boolean) => {
      const r = await gql(fx.url, `mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { leaveRequest { id } errors { code } } }`, { i: { employeeId: rep, type: 'UNPAID', from, to } }, repToken);
      const id = r.data!.requestLeave.leaveRequest.id;
      if (approve) expect((await gql(fx.url, `mutation($id: ID!) { approveLeave(id: $id) { errors { code } } }`, { id }, hrToken)).data!.approveLeave.errors).toEqual([]);
    };
    await leave('2026-03-09', '2026-03-10', true);
    await leave('2026-03-16', '2026-03-17', false); // still PENDING: not deducted
    await leave('2026-04-01', '2026-04-02', true); // another month

    const created = await gql(fx.url, CREATE, { p: '2026-03' }, fx.owner.token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPayrollRun.errors).toEqual([]);
    const run = created.data!.createPayrollRun.payrollRun;
    // A Rep: 3000.00 / 22 × 2 = 272.7272… → 272.73; gross 2727.27; pension 272.73; tax 10% × 2454.54 = 245.45; net 2209.09.
    const repSlip = slip(rep, { base: '3000.00', unpaidDays: '2.00', deduction: '272.73', gross: '2727.27', pension: '272.73', taxBase: '2454.54', tax: '245.45', deductions: '518.18', net: '2209.09' });
    // B Boss: 4100.50; pension 410.05; tax 10% × 3690.45 = 369.045 → 369.05; net 3321.40.
    const bossSlip = slip(boss, { base: '4100.50', unpaidDays: '0.00', deduction: '0.00', gross: '4100.50', pension: '410.05', taxBase: '3690.45', tax: '369.05', deductions: '779.10', net: '3321.40' });
    expect(run).toEqual({
      id: expect.any(String),
      period: '2026-03',
      status: 'DRAFT',
      currency: 'USD',
      workingDays: 22,
      employeeCount: 2,
      totalGross: { amount: '6827.77', currency: 'USD' },
      totalDeductions: { amount: '1297.28' },
      totalNet: { amount: '5530.49' },
      payslips: [repSlip, bossSlip],
    });

    // One run per month.
    expect((await gql(fx.url, CREATE, { p: '2026-03' }, fx.owner.token)).data!.createPayrollRun.errors).toMatchObject([{ code: 'CONFLICT', field: ['period'] }]);
    expect((await gql(fx.url, CREATE, { p: '2026-3' }, fx.owner.token)).data!.createPayrollRun.errors).toMatchObject([{ code: 'INVALID', field: ['period'] }]);
    expect((await fx.pg.query(`select count(*)::int as c from hr.payroll_run where workspace_id = $1`, [fx.owner.workspaceId])).rows[0].c).toBe(1);

    // No salary figure in plaintext at rest.
    const raw = (await fx.pg.query(`select string_agg(row_to_json(p)::text, ' ') as t from hr.payslip p where payroll_run_id = $1`, [run.id])).rows[0].t as string;
    for (const figure of ['3000.00', '2727.27', '2209.09', '4100.50', '3321.40']) expect(raw).not.toContain(figure);

    // The employee sees their own payslip, not their manager's.
    const own = await gql(fx.url, `{ me { employee { payslips { net { amount } } manager { payslips { net { amount } } } } } }`, {}, repToken);
    expect(own.data!.me.employee.payslips).toEqual([{ net: { amount: '2209.09' } }]);
    expect(own.data!.me.employee.manager.payslips).toBeNull();
    expect((own.errors ?? []).map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'me.employee.manager.payslips']]);
    // Without hr:read the run itself is refused.
    expect(errorCodes(await gql(fx.url, RUN, { id: run.id }, repToken))).toContain('FORBIDDEN');

    // A raise, recalculated while DRAFT: 5000.00 → pension 500.00, tax 450.00, net 4050.00.
    await gql(fx.url, `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { errors { code } } }`, { i: { id: boss, salary: '5000.00' } }, fx.owner.token);
    const recalc = await gql(fx.url, RECALC, { id: run.id }, fx.owner.token);
    expect(recalc.data!.recalculatePayrollRun.errors).toEqual([]);
    expect(recalc.data!.recalculatePayrollRun.payrollRun).toMatchObject({
      employeeCount: 2,
      totalGross: { amount: '7727.27' },
      totalDeductions: { amount: '1468.18' },
      totalNet: { amount: '6259.09' },
      payslips: [repSlip, slip(boss, { base: '5000.00', unpaidDays: '0.00', deduction: '0.00', gross: '5000.00', pension: '500.00', taxBase: '4500.00', tax: '450.00', deductions: '950.00', net: '4050.00' })],
    });

    const approved = await gql(fx.url, APPROVE, { id: run.id }, fx.owner.token);
    expect(approved.data!.approvePayrollRun).toMatchObject({ payrollRun: { status: 'APPROVED' }, errors: [] });
    expect((await gql(fx.url, APPROVE, { id: run.id }, fx.owner.token)).data!.approvePayrollRun.errors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    expect((await gql(fx.url, RECALC, { id: run.id }, fx.owner.token)).data!.recalculatePayrollRun.errors).toEqual([{ code: 'INVALID_TRANSITION' }]);

    const events = (await fx.pg.query(`select aggregate_type, aggregate_id, payload from hr.outbox_event where type = 'payroll.approved' and workspace_id = $1`, [fx.owner.workspaceId])).rows;
    expect(events).toEqual([
      {
        aggregate_type: 'PayrollRun',
        aggregate_id: run.id,
        payload: { payrollRunId: run.id, period: '2026-03', currency: 'USD', totalGross: '7727.27', totalNet: '6259.09', totalDeductions: '1468.18', employeeCount: 2 },
      },
    ]);

    // Relayed to the finance queue, whose consumer books it as a payroll expense of the gross total.
    await fx.stack.hr.relay.flush();
    const expense = await eventually(
      "finance's expense for the payroll run",
      async () => (await fx.pg.query(`select amount::text, category from finance.expense where source_payroll_run_id = $1`, [run.id])).rows,
      (rows) => rows.length > 0,
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    expect(expense).toEqual([{ amount: '7727.27', category: 'PAYROLL' }]);

    // Immutable in the database itself, even for a superuser connection that bypasses the API.
    await expect(fx.pg.query(`update hr.payslip set working_days = 1 where payroll_run_id = $1`, [run.id])).rejects.toThrow(/cannot change/);
    await expect(fx.pg.query(`delete from hr.payslip where payroll_run_id = $1`, [run.id])).rejects.toThrow(/cannot change/);
    await expect(fx.pg.query(`update hr.payroll_run set total_net = 0 where id = $1`, [run.id])).rejects.toThrow(/cannot change/);
    await expect(fx.pg.query(`update hr.payroll_run set status = 'DRAFT' where id = $1`, [run.id])).rejects.toThrow(/cannot change/);
    // …and salary changes after approval do not touch it.
    await gql(fx.url, `mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { errors { code } } }`, { i: { id: rep, salary: '3500.00' } }, fx.owner.token);
    expect((await gql(fx.url, RUN, { id: run.id }, fx.owner.token)).data!.payrollRun.totalNet).toEqual({ amount: '6259.09' });

    const paid = await gql(fx.url, PAID, { id: run.id }, fx.owner.token);
    expect(paid.data!.markPayrollRunPaid).toMatchObject({ payrollRun: { status: 'PAID', paidAt: expect.any(String) }, errors: [] });
    expect((await gql(fx.url, PAID, { id: run.id }, fx.owner.token)).data!.markPayrollRunPaid.errors).toEqual([{ code: 'INVALID_TRANSITION' }]);
  });

  it('refuses paying a draft; another tenant sees nothing and has its own months', async () => {
    const created = await gql(fx.url, CREATE, { p: '2026-05' }, fx.owner.token);
    const id = created.data!.createPayrollRun.payrollRun.id;
    expect((await gql(fx.url, PAID, { id }, fx.owner.token)).data!.markPayrollRunPaid.errors).toEqual([{ code: 'INVALID_TRANSITION' }]);

    const other = await signUpTenant(fx.url);
    const r = await gql(fx.url, RUN, { id }, other.token);
    expect(r.data?.payrollRun ?? null).toBeNull();
    expect(errorCodes(r)).toEqual(['NOT_FOUND']);
    expect((await gql(fx.url, APPROVE, { id }, other.token)).data!.approvePayrollRun.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const own = await gql(fx.url, CREATE, { p: '2026-05' }, other.token);
    expect(own.data!.createPayrollRun.payrollRun).toMatchObject({ employeeCount: 0, totalNet: { amount: '0.00' }, payslips: [] });
    expect((await gql(fx.url, `{ payrollRuns { totalCount } }`, {}, other.token)).data!.payrollRuns.totalCount).toBe(1);
  });
});
