import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, UserError } from '@prometric/core';
import { PayrollRun } from './payroll.entity';

@ObjectType({ description: 'Result of a payroll run mutation.' })
export class PayrollRunPayload {
  @Field(() => PayrollRun, { nullable: true, description: 'The payroll run.' })
  payrollRun?: PayrollRun | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

export const PayrollRunConnection = ConnectionType(PayrollRun, 'PayrollRun', 'A page of payroll runs.');
