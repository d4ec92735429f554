import { registerEnumType } from 'type-graphql';

/** Employment status. */
export enum EmployeeStatus {
  ACTIVE = 'ACTIVE',
  ON_LEAVE = 'ON_LEAVE',
  TERMINATED = 'TERMINATED',
}

registerEnumType(EmployeeStatus, {
  name: 'EmployeeStatus',
  description: 'Employment status: ACTIVE ⇄ ON_LEAVE, either → TERMINATED (final).',
  valuesConfig: {
    ACTIVE: { description: 'Working; accrues leave and is paid by payroll runs.' },
    ON_LEAVE: { description: 'On extended leave: neither accrues leave nor is included in payroll runs.' },
    TERMINATED: { description: 'Employment ended; final.' },
  },
});

/** The employee status machine; anything not listed is an illegal transition. */
export const EMPLOYEE_TRANSITIONS: Readonly<Record<EmployeeStatus, readonly EmployeeStatus[]>> = {
  [EmployeeStatus.ACTIVE]: [EmployeeStatus.ON_LEAVE, EmployeeStatus.TERMINATED],
  [EmployeeStatus.ON_LEAVE]: [EmployeeStatus.ACTIVE, EmployeeStatus.TERMINATED],
  [EmployeeStatus.TERMINATED]: [],
};

export function canMoveEmployee(from: EmployeeStatus, to: EmployeeStatus): boolean {
  return EMPLOYEE_TRANSITIONS[from].includes(to);
}
