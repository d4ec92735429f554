import { Role } from '@prometric/core';
import { errorCodes, gql, memberToken, signUpTenant, useStack } from '@prometric/testing';
import { hire, userIdOf } from './helpers';

const CHECK_IN = `mutation($e: ID!, $at: DateTime) { checkIn(employeeId: $e, at: $at) { attendance { id employeeId checkIn checkOut } errors { code field message } } }`;
const CHECK_OUT = `mutation($e: ID!, $at: DateTime) { checkOut(employeeId: $e, at: $at) { attendance { id checkIn checkOut } errors { code field message } } }`;
const WORKED = `query($e: ID!, $from: String!, $to: String!) { workedHours(employeeId: $e, from: $from, to: $to) { date hours } }`;

describe('attendance through the gateway', () => {
  const fx = useStack({ pg: true });

  const records = async (employeeId: string) => (await fx.pg.query('select count(*)::int as c from hr.attendance where employee_id = $1', [employeeId])).rows[0].c as number;
  const inAt = (e: string, at: string, token = fx.owner.token) => gql(fx.url, CHECK_IN, { e, at }, token);
  const outAt = (e: string, at: string, token = fx.owner.token) => gql(fx.url, CHECK_OUT, { e, at }, token);

  it('records stretches of work, refuses overlaps, and sums hours per day (a night shift counts on both days)', async () => {
    const e = await hire(fx.url, fx.owner.token);
    expect((await inAt(e, '2026-03-02T08:00:00Z')).data!.checkIn.errors).toEqual([]);
    // Already checked in: the open record reaches to infinity.
    const twice = await inAt(e, '2026-03-02T09:00:00Z');
    expect(twice.data!.checkIn).toMatchObject({ attendance: null, errors: [{ code: 'CONFLICT', field: ['at'] }] });
    const early = await outAt(e, '2026-03-02T07:00:00Z');
    expect(early.data!.checkOut.errors).toMatchObject([{ code: 'INVALID', field: ['at'] }]);
    const out = await outAt(e, '2026-03-02T12:00:00Z');
    expect(out.data!.checkOut).toEqual({ attendance: { id: expect.any(String), checkIn: '2026-03-02T08:00:00.000Z', checkOut: '2026-03-02T12:00:00.000Z' }, errors: [] });
    expect((await outAt(e, '2026-03-02T12:30:00Z')).data!.checkOut.errors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);

    // Inside a closed record: refused by the database's exclusion constraint.
    const inside = await inAt(e, '2026-03-02T11:00:00Z');
    expect(inside.data!.checkIn.errors).toMatchObject([{ code: 'CONFLICT' }]);
    // Before a closed record, the new open record would run into it.
    const before = await inAt(e, '2026-03-02T06:00:00Z');
    expect(before.data!.checkIn.errors).toMatchObject([{ code: 'CONFLICT' }]);
    expect(await records(e)).toBe(1);

    await inAt(e, '2026-03-02T13:00:00Z');
    await outAt(e, '2026-03-02T17:30:00Z');
    await inAt(e, '2026-03-02T22:00:00Z');
    await outAt(e, '2026-03-03T02:15:00Z');
    const worked = await gql(fx.url, WORKED, { e, from: '2026-03-01', to: '2026-03-03' }, fx.owner.token);
    expect(worked.errors).toBeUndefined();
    // 2 March: 4h + 4.5h + 2h (22:00–24:00) = 10.50; 3 March: 2.25h (00:00–02:15).
    expect(worked.data!.workedHours).toEqual([
      { date: '2026-03-01', hours: '0.00' },
      { date: '2026-03-02', hours: '10.50' },
      { date: '2026-03-03', hours: '2.25' },
    ]);
    const bad = await gql(fx.url, WORKED, { e, from: '2026-03-03', to: '2026-03-01' }, fx.owner.token);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets exactly one of several concurrent check-ins through', async () => {
    const e = await hire(fx.url, fx.owner.token);
    const times = ['08:00', '08:01', '08:02', '08:03', '08:04', '08:05'].map((t) => `2026-03-04T${t}:00Z`);
    const results = await Promise.all(times.map((at) => inAt(e, at)));
    const ok = results.filter((r) => r.data!.checkIn.errors.length === 0);
    const conflicts = results.filter((r) => r.data!.checkIn.errors[0]?.code === 'CONFLICT');
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(times.length - 1);
    expect(await records(e)).toBe(1);
  });

  it('lets employees record their own attendance but not others’; other tenants see nothing', async () => {
    const repToken = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const mine = await hire(fx.url, fx.owner.token, { userId: userIdOf(repToken) });
    const someoneElse = await hire(fx.url, fx.owner.token);
    expect((await inAt(mine, '2026-03-05T08:00:00Z', repToken)).data!.checkIn.errors).toEqual([]);
    expect((await outAt(mine, '2026-03-05T16:00:00Z', repToken)).data!.checkOut.errors).toEqual([]);
    const own = await gql(fx.url, WORKED, { e: mine, from: '2026-03-05', to: '2026-03-05' }, repToken);
    expect(own.data!.workedHours).toEqual([{ date: '2026-03-05', hours: '8.00' }]);

    const theirs = await inAt(someoneElse, '2026-03-05T08:00:00Z', repToken);
    expect(errorCodes(theirs)).toEqual(['FORBIDDEN']);
    expect(await records(someoneElse)).toBe(0);
    expect(errorCodes(await gql(fx.url, WORKED, { e: someoneElse, from: '2026-03-05', to: '2026-03-05' }, repToken))).toEqual(['FORBIDDEN']);

    const other = await signUpTenant(fx.url);
    expect((await inAt(mine, '2026-03-06T08:00:00Z', other.token)).data!.checkIn.errors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect((await gql(fx.url, WORKED, { e: mine, from: '2026-03-05', to: '2026-03-05' }, other.token)).data!.workedHours).toEqual([]);
    expect(await records(mine)).toBe(1);
  });
});
