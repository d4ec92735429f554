import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of an expense. */
export const ExpenseStatus = defineEnum('ExpenseStatus', 'Where an expense is: SUBMITTED → APPROVED → PAID, or SUBMITTED → REJECTED. REJECTED and PAID are final.', {
  SUBMITTED: 'Waiting for someone other than the submitter to approve or reject it.',
  APPROVED: 'Accepted; waiting to be paid out. Payroll expenses start here.',
  REJECTED: 'Refused, with a reason; final.',
  PAID: 'Paid out; final.',
});
export type ExpenseStatus = EnumValue<typeof ExpenseStatus>;

/** What an expense is for. */
export const ExpenseCategory = defineEnum('ExpenseCategory', 'What an expense is for.', {
  TRAVEL: 'Travel and accommodation.',
  SUPPLIES: 'Office and consumable supplies.',
  SERVICES: 'Bought-in services.',
  PAYROLL: 'Wages: created from an approved payroll run.',
  OTHER: 'Anything else.',
});
export type ExpenseCategory = EnumValue<typeof ExpenseCategory>;

/** The expense state machine; anything not listed is an illegal transition. */
export const EXPENSE_TRANSITIONS: Readonly<Record<ExpenseStatus, readonly ExpenseStatus[]>> = {
  [ExpenseStatus.SUBMITTED]: [ExpenseStatus.APPROVED, ExpenseStatus.REJECTED],
  [ExpenseStatus.APPROVED]: [ExpenseStatus.PAID],
  [ExpenseStatus.REJECTED]: [],
  [ExpenseStatus.PAID]: [],
};

export const canMoveExpense = canMove(EXPENSE_TRANSITIONS);
