import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, UserError } from '@prometric/core';
import { LeaveLedgerEntry, LeaveRequest } from './leave.entity';
import { LeaveType } from './leave-types';

@InputType({ description: 'A request for leave.' })
export class RequestLeaveInput {
  @Field(() => ID, { description: 'The employee taking leave.' })
  employeeId!: string;

  @Field(() => LeaveType, { description: 'Kind of leave.' })
  type!: LeaveType;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  from!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD (included).' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'Why.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first request instead of filing again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Days of leave granted by HR.' })
export class AllocateLeaveInput {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field(() => LeaveType, { description: 'Kind of leave.' })
  type!: LeaveType;

  @Field(() => DecimalScalar, { description: 'Days granted: more than zero, at most 2 decimals.' })
  days!: string;

  @Field(() => String, { nullable: true, description: 'Why, e.g. "carried over from 2025".' })
  note?: string | null;
}

@ObjectType({ description: 'Result of a leave request mutation.' })
export class LeaveRequestPayload {
  @Field(() => LeaveRequest, { nullable: true, description: 'The leave request.' })
  leaveRequest?: LeaveRequest | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of allocating leave.' })
export class AllocateLeavePayload {
  @Field(() => LeaveLedgerEntry, { nullable: true, description: 'The ledger entry written.' })
  entry?: LeaveLedgerEntry | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of a monthly leave accrual.' })
export class AccrueLeavePayload {
  @Field(() => String, { description: 'The month accrued, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'Employees credited by this call (those already credited for the month are skipped).' })
  accrued!: number;

  @Field(() => DecimalScalar, { description: 'ANNUAL days credited to each employee.' })
  daysPerEmployee!: string;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: "An employee's leave balance of one type." })
export class LeaveBalance {
  @Field(() => ID, { description: 'The employee.' })
  employeeId!: string;

  @Field(() => LeaveType, { description: 'Kind of leave.' })
  type!: LeaveType;

  @Field(() => DecimalScalar, { description: 'Sum of the ledger: allocated + accrued − taken (approved requests).' })
  balance!: string;

  @Field(() => DecimalScalar, { description: 'Days of PENDING requests.' })
  pending!: string;

  @Field(() => DecimalScalar, { description: 'What a new request may use: balance − pending.' })
  available!: string;
}
