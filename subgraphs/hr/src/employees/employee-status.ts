import { defineEnum, type EnumValue } from '@prometric/core';

/** Employment status. */
export const EmployeeStatus = defineEnum('EmployeeStatus', 'Employment status: ACTIVE ⇄ ON_LEAVE, either → TERMINATED (final).', {
  ACTIVE: 'Working; accrues leave and is paid by payroll runs.',
  ON_LEAVE: 'On extended leave: neither accrues leave nor is included in payroll runs.',
  TERMINATED: 'Employment ended; final.',
});
export type EmployeeStatus = EnumValue<typeof EmployeeStatus>;

/** The employee status machine; anything not listed is an illegal transition. */
export const EMPLOYEE_TRANSITIONS: Readonly<Record<EmployeeStatus, readonly EmployeeStatus[]>> = {
  [EmployeeStatus.ACTIVE]: [EmployeeStatus.ON_LEAVE, EmployeeStatus.TERMINATED],
  [EmployeeStatus.ON_LEAVE]: [EmployeeStatus.ACTIVE, EmployeeStatus.TERMINATED],
  [EmployeeStatus.TERMINATED]: [],
};

export function canMoveEmployee(from: EmployeeStatus, to: EmployeeStatus): boolean {
  return EMPLOYEE_TRANSITIONS[from].includes(to);
}
