import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/** Lifecycle of an expense. */
export enum ExpenseStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}

registerEnumType(ExpenseStatus, {
  name: 'ExpenseStatus',
  description: 'Where an expense is: SUBMITTED → APPROVED → PAID, or SUBMITTED → REJECTED. REJECTED and PAID are final.',
  valuesConfig: {
    SUBMITTED: { description: 'Waiting for someone other than the submitter to approve or reject it.' },
    APPROVED: { description: 'Accepted; waiting to be paid out. Payroll expenses start here.' },
    REJECTED: { description: 'Refused, with a reason; final.' },
    PAID: { description: 'Paid out; final.' },
  },
});

/** What an expense is for. */
export enum ExpenseCategory {
  TRAVEL = 'TRAVEL',
  SUPPLIES = 'SUPPLIES',
  SERVICES = 'SERVICES',
  PAYROLL = 'PAYROLL',
  OTHER = 'OTHER',
}

registerEnumType(ExpenseCategory, {
  name: 'ExpenseCategory',
  description: 'What an expense is for.',
  valuesConfig: {
    TRAVEL: { description: 'Travel and accommodation.' },
    SUPPLIES: { description: 'Office and consumable supplies.' },
    SERVICES: { description: 'Bought-in services.' },
    PAYROLL: { description: 'Wages: created from an approved payroll run.' },
    OTHER: { description: 'Anything else.' },
  },
});

/** The expense state machine; anything not listed is an illegal transition. */
export const EXPENSE_TRANSITIONS: Readonly<Record<ExpenseStatus, readonly ExpenseStatus[]>> = {
  [ExpenseStatus.SUBMITTED]: [ExpenseStatus.APPROVED, ExpenseStatus.REJECTED],
  [ExpenseStatus.APPROVED]: [ExpenseStatus.PAID],
  [ExpenseStatus.REJECTED]: [],
  [ExpenseStatus.PAID]: [],
};

export const canMoveExpense = canMove(EXPENSE_TRANSITIONS);
