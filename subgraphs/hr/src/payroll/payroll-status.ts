import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of a payroll run. */
export const PayrollRunStatus = defineEnum('PayrollRunStatus', 'Where a payroll run is: DRAFT → APPROVED → PAID. Only a DRAFT may be recalculated; an approved run and its payslips never change.', {
  DRAFT: 'Computed, may be recalculated.',
  APPROVED: 'Final: figures are frozen and the expense was announced (payroll.approved).',
  PAID: 'Salaries were paid out.',
});
export type PayrollRunStatus = EnumValue<typeof PayrollRunStatus>;

/** The payroll run state machine; anything not listed is an illegal transition. */
export const PAYROLL_TRANSITIONS: Readonly<Record<PayrollRunStatus, readonly PayrollRunStatus[]>> = {
  [PayrollRunStatus.DRAFT]: [PayrollRunStatus.APPROVED],
  [PayrollRunStatus.APPROVED]: [PayrollRunStatus.PAID],
  [PayrollRunStatus.PAID]: [],
};

export const canMovePayrollRun = canMove(PAYROLL_TRANSITIONS);
