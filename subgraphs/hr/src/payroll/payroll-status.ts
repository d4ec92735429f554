import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/** Lifecycle of a payroll run. */
export enum PayrollRunStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}

registerEnumType(PayrollRunStatus, {
  name: 'PayrollRunStatus',
  description: 'Where a payroll run is: DRAFT → APPROVED → PAID. Only a DRAFT may be recalculated; an approved run and its payslips never change.',
  valuesConfig: {
    DRAFT: { description: 'Computed, may be recalculated.' },
    APPROVED: { description: 'Final: figures are frozen and the expense was announced (payroll.approved).' },
    PAID: { description: 'Salaries were paid out.' },
  },
});

/** The payroll run state machine; anything not listed is an illegal transition. */
export const PAYROLL_TRANSITIONS: Readonly<Record<PayrollRunStatus, readonly PayrollRunStatus[]>> = {
  [PayrollRunStatus.DRAFT]: [PayrollRunStatus.APPROVED],
  [PayrollRunStatus.APPROVED]: [PayrollRunStatus.PAID],
  [PayrollRunStatus.PAID]: [],
};

export const canMovePayrollRun = canMove(PAYROLL_TRANSITIONS);
