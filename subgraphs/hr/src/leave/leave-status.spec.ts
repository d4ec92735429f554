import { BALANCE_LIMITED, LEAVE_TRANSITIONS, LeaveStatus, LeaveType, canMoveLeave } from './leave-types';

describe('leave request state machine', () => {
  it('decides or cancels a pending request', () => {
    for (const to of [LeaveStatus.APPROVED, LeaveStatus.REJECTED, LeaveStatus.CANCELLED]) expect(canMoveLeave(LeaveStatus.PENDING, to)).toBe(true);
    expect(canMoveLeave(LeaveStatus.PENDING, LeaveStatus.PENDING)).toBe(false);
  });

  it('has final states with no way out', () => {
    for (const s of [LeaveStatus.APPROVED, LeaveStatus.REJECTED, LeaveStatus.CANCELLED]) {
      expect(LEAVE_TRANSITIONS[s]).toEqual([]);
      for (const to of Object.values(LeaveStatus)) expect(canMoveLeave(s, to)).toBe(false);
    }
  });

  it('limits only annual leave by the balance', () => {
    expect(BALANCE_LIMITED).toEqual([LeaveType.ANNUAL]);
  });
});
