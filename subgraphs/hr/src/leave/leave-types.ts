import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/** Kinds of leave. */
export enum LeaveType {
  ANNUAL = 'ANNUAL',
  SICK = 'SICK',
  UNPAID = 'UNPAID',
}

/** Lifecycle of a leave request. */
export enum LeaveStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

/** Kinds of leave ledger entries: ALLOCATION and ACCRUAL add days, TAKEN subtracts them. */
export enum LeaveLedgerKind {
  ALLOCATION = 'ALLOCATION',
  ACCRUAL = 'ACCRUAL',
  TAKEN = 'TAKEN',
}

registerEnumType(LeaveType, {
  name: 'LeaveType',
  description: 'Kind of leave.',
  valuesConfig: {
    ANNUAL: { description: 'Paid holiday, limited by the balance (accrued monthly, or allocated).' },
    SICK: { description: 'Sick leave: paid, no balance limit.' },
    UNPAID: { description: 'Unpaid leave: no balance limit; deducted from the salary in payroll.' },
  },
});

registerEnumType(LeaveStatus, {
  name: 'LeaveStatus',
  description: 'Where a leave request is: PENDING → APPROVED, REJECTED or CANCELLED (all final).',
  valuesConfig: {
    PENDING: { description: 'Waiting for the manager or HR; counts against the available balance.' },
    APPROVED: { description: 'Granted: its days were taken from the balance.' },
    REJECTED: { description: 'Refused by the manager or HR.' },
    CANCELLED: { description: 'Withdrawn before a decision.' },
  },
});

registerEnumType(LeaveLedgerKind, {
  name: 'LeaveLedgerKind',
  description: 'Kind of leave ledger entry.',
  valuesConfig: {
    ALLOCATION: { description: 'Days granted by HR (positive).' },
    ACCRUAL: { description: 'Days earned for a month (positive); one per employee, type and month.' },
    TAKEN: { description: 'Days of an approved request (negative).' },
  },
});

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
