import { Role } from '@prometric/core';
import { errorCodes, gql, memberToken, signUpTenant, useStack } from '@prometric/testing';
import { hire, userIdOf } from './helpers';

const ACCRUE = `mutation($m: String!) { accrueLeave(month: $m) { month accrued daysPerEmployee errors { code field } } }`;
const REQUEST = `mutation($input: RequestLeaveInput!) { requestLeave(input: $input) { leaveRequest { id type from to days status } errors { code field message } } }`;
const APPROVE = `mutation($id: ID!) { approveLeave(id: $id) { leaveRequest { id status decidedBy } errors { code field message } } }`;
const REJECT = `mutation($id: ID!) { rejectLeave(id: $id) { leaveRequest { status } errors { code } } }`;
const CANCEL = `mutation($id: ID!) { cancelLeave(id: $id) { leaveRequest { status } errors { code } } }`;
const BALANCE = `query($e: ID!, $t: LeaveType!) { leaveBalance(employeeId: $e, type: $t) { balance pending available } }`;

describe('leave through the gateway', () => {
  const fx = useStack({ pg: true });
  let repToken: string;
  let managerToken: string;
  let hrToken: string;
  let employee: string;

  beforeAll(async () => {
    [repToken, managerToken, hrToken] = await Promise.all([
      memberToken(fx.url, fx.owner, Role.SALES_REP),
      memberToken(fx.url, fx.owner, Role.SALES_MANAGER),
      memberToken(fx.url, fx.owner, Role.HR),
    ]);
    const manager = await hire(fx.url, fx.owner.token, { name: 'Manager', userId: userIdOf(managerToken), hireDate: '2025-01-01T00:00:00Z' });
    employee = await hire(fx.url, fx.owner.token, { name: 'Rep', userId: userIdOf(repToken), managerId: manager, hireDate: '2025-06-01T00:00:00Z' });
  });

  const request = (input: Record<string, unknown>, token = repToken) => gql(fx.url, REQUEST, { input: { employeeId: employee, ...input } }, token);
  const balance = async (type = 'ANNUAL', token = fx.owner.token) => (await gql(fx.url, BALANCE, { e: employee, t: type }, token)).data?.leaveBalance;
  const requestRows = async () => (await fx.pg.query('select count(*)::int as c from hr.leave_request where employee_id = $1', [employee])).rows[0].c as number;

  it('accrues 2.00 ANNUAL days a month, once per employee and month; balance, request, approval by the manager, refusal beyond it', async () => {
    for (const m of ['2026-01', '2026-02', '2026-03']) {
      const r = await gql(fx.url, ACCRUE, { m }, fx.owner.token);
      // Both employees of the tenant are credited.
      expect(r.data!.accrueLeave).toEqual({ month: m, accrued: 2, daysPerEmployee: '2.00', errors: [] });
    }
    const again = await gql(fx.url, ACCRUE, { m: '2026-01' }, fx.owner.token);
    expect(again.data!.accrueLeave.accrued).toBe(0);
    expect((await gql(fx.url, ACCRUE, { m: '2026-1' }, fx.owner.token)).data!.accrueLeave.errors).toEqual([{ code: 'INVALID', field: ['month'] }]);
    expect(await balance()).toEqual({ balance: '6.00', pending: '0.00', available: '6.00' });

    // Mon 6 – Sun 12 April 2026: 5 working days, requested by the employee themselves.
    const five = await request({ type: 'ANNUAL', from: '2026-04-06', to: '2026-04-12', reason: 'Holiday' });
    expect(five.data!.requestLeave.errors).toEqual([]);
    expect(five.data!.requestLeave.leaveRequest).toMatchObject({ type: 'ANNUAL', days: '5.00', status: 'PENDING' });
    const id = five.data!.requestLeave.leaveRequest.id;
    expect(await balance()).toEqual({ balance: '6.00', pending: '5.00', available: '1.00' });
    // The employee sees their own balance.
    expect(await balance('ANNUAL', repToken)).toEqual({ balance: '6.00', pending: '5.00', available: '1.00' });

    // Not by the employee, not by an unrelated user; by their manager (a SALES_MANAGER without hr:write).
    expect((await gql(fx.url, APPROVE, { id }, repToken)).data!.approveLeave.errors).toMatchObject([{ code: 'FORBIDDEN' }]);
    const viewer = await memberToken(fx.url, fx.owner, Role.VIEWER);
    expect((await gql(fx.url, APPROVE, { id }, viewer)).data!.approveLeave.errors).toMatchObject([{ code: 'FORBIDDEN' }]);
    const approved = await gql(fx.url, APPROVE, { id }, managerToken);
    expect(approved.data!.approveLeave).toEqual({ leaveRequest: { id, status: 'APPROVED', decidedBy: userIdOf(managerToken) }, errors: [] });
    expect((await gql(fx.url, APPROVE, { id }, managerToken)).data!.approveLeave.errors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);
    expect(await balance()).toEqual({ balance: '1.00', pending: '0.00', available: '1.00' });
    const ledger = (await fx.pg.query(`select kind, days::text from hr.leave_ledger where employee_id = $1 order by kind, period`, [employee])).rows;
    expect(ledger).toEqual([
      { kind: 'ACCRUAL', days: '2.00' },
      { kind: 'ACCRUAL', days: '2.00' },
      { kind: 'ACCRUAL', days: '2.00' },
      { kind: 'TAKEN', days: '-5.00' },
    ]);

    // 2 working days with 1.00 left: refused, nothing written.
    const rowsBefore = await requestRows();
    const two = await request({ type: 'ANNUAL', from: '2026-04-13', to: '2026-04-14' });
    expect(two.data!.requestLeave).toMatchObject({ leaveRequest: null, errors: [{ code: 'INSUFFICIENT_BALANCE', field: ['to'] }] });
    expect(two.data!.requestLeave.errors[0].message).toContain('exceed');
    expect(await requestRows()).toBe(rowsBefore);
  });

  it('lets only one of two concurrent requests spend the last day', async () => {
    const before = await balance();
    expect(before!.available).toBe('1.00');
    const [a, b] = await Promise.all([
      request({ type: 'ANNUAL', from: '2026-05-04', to: '2026-05-04' }),
      request({ type: 'ANNUAL', from: '2026-05-05', to: '2026-05-05' }),
    ]);
    const outcomes = [a, b].map((r) => r.data!.requestLeave.errors[0]?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['INSUFFICIENT_BALANCE', 'OK']);
    expect(await balance()).toEqual({ balance: '1.00', pending: '1.00', available: '0.00' });
    const pendingId = [a, b].find((r) => !r.data!.requestLeave.errors.length)!.data!.requestLeave.leaveRequest.id;
    expect((await gql(fx.url, CANCEL, { id: pendingId }, repToken)).data!.cancelLeave).toEqual({ leaveRequest: { status: 'CANCELLED' }, errors: [] });
    expect(await balance()).toEqual({ balance: '1.00', pending: '0.00', available: '1.00' });
  });

  it('has no limit for SICK and UNPAID leave; whoever filed a request cannot decide it; weekends and overlaps are refused', async () => {
    const sick = await request({ type: 'SICK', from: '2026-06-01', to: '2026-06-10' }, fx.owner.token);
    expect(sick.data!.requestLeave.leaveRequest).toMatchObject({ days: '8.00', status: 'PENDING' });
    const sickId = sick.data!.requestLeave.leaveRequest.id;
    // Filed by the owner: the owner (hr:write) may not decide it, HR may.
    expect((await gql(fx.url, APPROVE, { id: sickId }, fx.owner.token)).data!.approveLeave.errors).toMatchObject([{ code: 'FORBIDDEN' }]);
    expect((await gql(fx.url, APPROVE, { id: sickId }, hrToken)).data!.approveLeave.errors).toEqual([]);
    expect(await balance('SICK')).toEqual({ balance: '-8.00', pending: '0.00', available: '-8.00' });

    const unpaid = await request({ type: 'UNPAID', from: '2026-07-01', to: '2026-07-31' });
    expect(unpaid.data!.requestLeave.leaveRequest).toMatchObject({ days: '23.00', status: 'PENDING' });
    expect((await gql(fx.url, REJECT, { id: unpaid.data!.requestLeave.leaveRequest.id }, managerToken)).data!.rejectLeave).toEqual({ leaveRequest: { status: 'REJECTED' }, errors: [] });

    expect((await request({ type: 'UNPAID', from: '2026-06-05', to: '2026-06-15' })).data!.requestLeave.errors).toMatchObject([{ code: 'CONFLICT', field: ['from'] }]);
    expect((await request({ type: 'UNPAID', from: '2026-08-01', to: '2026-08-02' })).data!.requestLeave.errors).toMatchObject([{ code: 'INVALID', field: ['to'] }]);
    expect((await request({ type: 'UNPAID', from: '2026-08-05', to: '2026-08-04' })).data!.requestLeave.errors).toMatchObject([{ code: 'INVALID', field: ['to'] }]);
  });

  it('files a request once however often it is retried with the same idempotency key, even concurrently', async () => {
    const before = await requestRows();
    const input = { type: 'SICK', from: '2026-09-07', to: '2026-09-08', reason: 'Flu', idempotencyKey: `sick-${before}-${Date.now()}` };
    const results = await Promise.all([1, 2, 3, 4].map(() => request(input)));
    const ids = new Set(results.map((r) => r.data!.requestLeave.leaveRequest?.id));
    expect(results.map((r) => r.data!.requestLeave.errors)).toEqual([[], [], [], []]);
    expect(ids.size).toBe(1);
    expect(await requestRows()).toBe(before + 1);
    // Without the key the same period is an overlap: refused, nothing written.
    const again = await request({ type: 'SICK', from: '2026-09-07', to: '2026-09-08' });
    expect(again.data!.requestLeave.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    expect(await requestRows()).toBe(before + 1);
    // A refused first attempt does not keep the key: after it, the same key can file.
    const refusedKey = `refused-${Date.now()}`;
    const refused = await request({ type: 'SICK', from: '2026-09-08', to: '2026-09-09', idempotencyKey: refusedKey });
    expect(refused.data!.requestLeave.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    const filed = await request({ type: 'SICK', from: '2026-09-10', to: '2026-09-10', idempotencyKey: refusedKey });
    expect(filed.data!.requestLeave.errors).toEqual([]);
    expect(await requestRows()).toBe(before + 2);
  });

  it('keeps leave to the employee, HR and the manager; other tenants see nothing', async () => {
    const stranger = await hire(fx.url, fx.owner.token);
    const denied = await gql(fx.url, REQUEST, { input: { employeeId: stranger, type: 'SICK', from: '2026-09-01', to: '2026-09-01' } }, repToken);
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(fx.url, BALANCE, { e: stranger, t: 'ANNUAL' }, repToken))).toEqual(['FORBIDDEN']);

    const other = await signUpTenant(fx.url);
    expect((await gql(fx.url, BALANCE, { e: employee, t: 'ANNUAL' }, other.token)).data!.leaveBalance).toBeNull();
    expect((await gql(fx.url, REQUEST, { input: { employeeId: employee, type: 'SICK', from: '2026-09-01', to: '2026-09-01' } }, other.token)).data!.requestLeave.errors).toMatchObject([{ code: 'NOT_FOUND' }]);
    const r = await gql(fx.url, ACCRUE, { m: '2026-04' }, other.token);
    expect(r.data!.accrueLeave.accrued).toBe(0);
    expect((await fx.pg.query(`select count(*)::int as c from hr.leave_ledger where employee_id = $1 and period = '2026-04'`, [employee])).rows[0].c).toBe(0);
  });
});
