import { EMPLOYEE_TRANSITIONS, EmployeeStatus, canMoveEmployee } from './employee-status';

describe('employee status machine', () => {
  it('moves between ACTIVE and ON_LEAVE, and from either to TERMINATED', () => {
    expect(canMoveEmployee(EmployeeStatus.ACTIVE, EmployeeStatus.ON_LEAVE)).toBe(true);
    expect(canMoveEmployee(EmployeeStatus.ON_LEAVE, EmployeeStatus.ACTIVE)).toBe(true);
    expect(canMoveEmployee(EmployeeStatus.ACTIVE, EmployeeStatus.TERMINATED)).toBe(true);
    expect(canMoveEmployee(EmployeeStatus.ON_LEAVE, EmployeeStatus.TERMINATED)).toBe(true);
    expect(canMoveEmployee(EmployeeStatus.ACTIVE, EmployeeStatus.ACTIVE)).toBe(false);
  });

  it('has no way out of TERMINATED', () => {
    expect(EMPLOYEE_TRANSITIONS[EmployeeStatus.TERMINATED]).toEqual([]);
    for (const to of Object.values(EmployeeStatus)) expect(canMoveEmployee(EmployeeStatus.TERMINATED, to)).toBe(false);
  });
});
