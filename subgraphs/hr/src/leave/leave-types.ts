import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Kinds of leave. */
export const LeaveType = defineEnum('LeaveType', 'Kind of leave.', {
  ANNUAL: 'Paid holiday, limited by the balance (accrued monthly, or allocated).',
  SICK: 'Sick leave: paid, no balance limit.',
  UNPAID: 'Unpaid leave: no balance limit; deducted from the salary in payroll.',
});
export type LeaveType = EnumValue<typeof LeaveType>;

/** Lifecycle of a leave request. */
export const LeaveStatus = defineEnum('LeaveStatus', 'Where a leave request is: PENDING → APPROVED, REJECTED or CANCELLED (all final).', {
  PENDING: 'Waiting for the manager or HR; counts against the available balance.',
  APPROVED: 'Granted: its days were taken from the balance.',
  REJECTED: 'Refused by the manager or HR.',
  CANCELLED: 'Withdrawn before a decision.',
});
export type LeaveStatus = EnumValue<typeof LeaveStatus>;

/** Kinds of leave ledger entries: ALLOCATION and ACCRUAL add days, TAKEN subtracts them. */
export const LeaveLedgerKind = defineEnum('LeaveLedgerKind', 'Kind of leave ledger entry.', {
  ALLOCATION: 'Days granted by HR (positive).',
  ACCRUAL: 'Days earned for a month (positive); one per employee, type and month.',
  TAKEN: 'Days of an approved request (negative).',
});
export type LeaveLedgerKind = EnumValue<typeof LeaveLedgerKind>;

/** The leave request state machine; anything not listed is an illegal transition. */
export const LEAVE_TRANSITIONS: Readonly<Record<LeaveStatus, readonly LeaveStatus[]>> = {
  [LeaveStatus.PENDING]: [LeaveStatus.APPROVED, LeaveStatus.REJECTED, LeaveStatus.CANCELLED],
  [LeaveStatus.APPROVED]: [],
  [LeaveStatus.REJECTED]: [],
  [LeaveStatus.CANCELLED]: [],
};

export const canMoveLeave = canMove(LEAVE_TRANSITIONS);

/** Types whose requests must fit in the balance. */
export const BALANCE_LIMITED: readonly LeaveType[] = [LeaveType.ANNUAL];
