import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, UserError, ListFilter, TIMESTAMP_SORT_FIELDS, listArgs, orderByInput } from '@prometric/core';
import { PayrollRun, Payslip } from './payroll.entity';
import { PayrollRunStatus } from './payroll-status';

@ObjectType({ description: 'Result of a payroll run mutation.' })
export class PayrollRunPayload {
  @Field(() => PayrollRun, { nullable: true, description: 'The payroll run.' })
  payrollRun?: PayrollRun | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

export const PayrollRunConnection = ConnectionType(PayrollRun, 'PayrollRun', 'A page of payroll runs.');

@InputType({ description: 'Narrows a payroll run list.' })
export class PayrollRunFilter extends ListFilter {
  @Field(() => [PayrollRunStatus], { nullable: true, description: 'Only runs in one of these statuses.' })
  statusIn?: PayrollRunStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only the run of this month, YYYY-MM.' })
  period?: string | null;
}

export const PayrollRunOrderBy = orderByInput('PayrollRun', { ...TIMESTAMP_SORT_FIELDS, PERIOD: 'period' }, 'payroll run');
export const PayrollRunsArgs = listArgs(PayrollRunFilter, PayrollRunOrderBy, 'latest month first');

export const PayslipConnection = ConnectionType(Payslip, 'Payslip', 'A page of payslips.');
