import type { TenantSweep } from '@prometric/core';
import { gql, recordSweeps, signUpTenant, useStack } from '@prometric/testing';
import { hire } from './helpers';

const ACCRUE = `mutation($m: String!) { accrueLeave(month: $m) { month accrued daysPerEmployee errors { code field } } }`;
const BALANCE = `query($e: ID!) { leaveBalance(employeeId: $e, type: ANNUAL) { balance pending available } }`;

/**
 * The current month's ANNUAL leave is credited by the hr subgraph's sweep, with nobody calling
 * `accrueLeave`. The sweep visits every workspace of its database, so this file has a database of
 * its own: other files' employees are neither credited by it nor counted here.
 */
describe('the leave accrual sweep', () => {
  const fx = useStack({ database: 'leave_sweep', env: { HR_LEAVE_ACCRUAL_SWEEP_MS: '300' }, pg: true });

  const workspaceOf = async (employeeId: string): Promise<string> =>
    (await fx.pg.query('select workspace_id from hr.employee where id = $1', [employeeId])).rows[0].workspace_id;

  it('credits this month to each ACTIVE employee by itself, once, in each workspace; a workspace with nobody due is not visited', async () => {
    const sweep = fx.stack.hr.leaveAccrualSweep as TenantSweep;
    expect(sweep).not.toBeNull();
    const [a, b, c] = [fx.owner, await signUpTenant(fx.url), await signUpTenant(fx.url)];
    const month = new Date().toISOString().slice(0, 7);

    // Every sweep's result from now on, until both due workspaces were done and three sweeps more.
    const { doneIn, listedIn, settle } = recordSweeps(sweep, 'the sweep did not credit the due workspaces');

    // A and B: employees hired last year. C: its only employee starts next year, so is not yet due anything.
    const empA = await hire(fx.url, a.token, { hireDate: '2025-01-01T00:00:00Z' });
    const empB = await hire(fx.url, b.token, { hireDate: '2025-03-01T00:00:00Z' });
    const empC = await hire(fx.url, c.token, { hireDate: `${new Date().getUTCFullYear() + 1}-01-01T00:00:00Z` });
    const [wsA, wsB, wsC] = [await workspaceOf(empA), await workspaceOf(empB), await workspaceOf(empC)];
    await settle([wsA, wsB]);

    // Each due workspace was credited in exactly one sweep, however many followed; C was never listed.
    expect(doneIn(wsA)).toBe(1);
    expect(doneIn(wsB)).toBe(1);
    expect(listedIn(wsC)).toBe(0);

    const ledger = async (employeeId: string) =>
      (await fx.pg.query('select workspace_id, type, kind, days::text, period, created_by from hr.leave_ledger where employee_id = $1', [employeeId])).rows;
    expect(await ledger(empA)).toEqual([{ workspace_id: wsA, type: 'ANNUAL', kind: 'ACCRUAL', days: '2.00', period: month, created_by: null }]);
    expect(await ledger(empB)).toEqual([{ workspace_id: wsB, type: 'ANNUAL', kind: 'ACCRUAL', days: '2.00', period: month, created_by: null }]);
    expect(await ledger(empC)).toEqual([]);

    // Usable at once through the gateway; each workspace sees its own employee only.
    expect((await gql(fx.url, BALANCE, { e: empA }, a.token)).data!.leaveBalance).toEqual({ balance: '2.00', pending: '0.00', available: '2.00' });
    expect((await gql(fx.url, BALANCE, { e: empA }, b.token)).data!.leaveBalance).toBeNull();
    // The mutation does the same work: the sweep left it nobody to credit this month.
    expect((await gql(fx.url, ACCRUE, { m: month }, a.token)).data!.accrueLeave).toEqual({ month, accrued: 0, daysPerEmployee: '2.00', errors: [] });
  });
});
