import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar, DecimalScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Employee } from './employee.entity';
import { EmployeeStatus } from './employee-status';

@InputType({ description: 'A new employee.' })
export class CreateEmployeeInput {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'Work email; unique in the workspace.' })
  email!: string;

  @Field(() => String, { description: 'Job title.' })
  position!: string;

  @Field(() => String, { nullable: true, description: 'Department name or code; a department that does not exist yet is created with this name.' })
  department?: string | null;

  @Field(() => DecimalScalar, { description: "MONTHLY gross salary in the workspace's currency, more than zero, at most 2 decimals. Stored encrypted." })
  salary!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When employment started.' })
  hireDate?: Date | null;

  @Field(() => ID, { nullable: true, description: "Identity's user who is this employee (lets them see their own record and salary)." })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The employee this one reports to.' })
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Bank account (IBAN or similar) salaries are paid to. Stored encrypted.' })
  bankAccount?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an employee; omitted fields stay as they are, null clears an optional one.' })
export class UpdateEmployeeInput {
  @Field(() => ID, { description: 'The employee.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Work email; unique in the workspace.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Department name or code (created when absent); null removes the employee from their department.' })
  department?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'MONTHLY gross salary. Needs hr:salary.' })
  salary?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When employment started.' })
  hireDate?: Date | null;

  @Field(() => ID, { nullable: true, description: "Identity's user who is this employee." })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The employee this one reports to; null for none.' })
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Bank account. Needs hr:salary.' })
  bankAccount?: string | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'ACTIVE or ON_LEAVE; use terminateEmployee to end employment.' })
  status?: EmployeeStatus | null;
}

@InputType({ description: 'Ends an employment.' })
export class TerminateEmployeeInput {
  @Field(() => ID, { description: 'The employee.' })
  id!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When employment ended; now when omitted.' })
  at?: Date | null;
}

@ObjectType({ description: 'Result of an employee mutation.' })
export class EmployeePayload {
  @Field(() => Employee, { nullable: true, description: 'The employee.' })
  employee?: Employee | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of re-encrypting employee data with the current key.' })
export class ReencryptEmployeesPayload {
  @Field(() => Int, { description: 'Employees whose salary or bank account was rewritten with the current key.' })
  reencrypted!: number;

  @Field(() => Int, { description: 'Payslips whose figures were rewritten with the current key.' })
  payslips!: number;

  @Field(() => String, { description: 'Id of the key everything is now encrypted with.' })
  keyId!: string;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows an employee list.' })
export class EmployeeFilter extends ListFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name, email or position.' })
  search?: string | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'Only employees in this status.' })
  status?: EmployeeStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only employees of this department.' })
  departmentId?: string | null;
  @Field(() => [EmployeeStatus], { nullable: true, description: 'Only employees in one of these statuses.' })
  statusIn?: EmployeeStatus[] | null;

}

export const EmployeeConnection = ConnectionType(Employee, 'Employee', 'A page of employees.');

export const EmployeeOrderBy = orderByInput('Employee', { ...TIMESTAMP_SORT_FIELDS, NAME: 'name' }, 'employee');
export const EmployeesArgs = listArgs(EmployeeFilter, EmployeeOrderBy, 'by name');
