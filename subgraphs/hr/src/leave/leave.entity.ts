import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar, TenantEntity, DateScalar } from '@prometric/core';
import { LeaveLedgerKind, LeaveStatus, LeaveType } from './leave-types';

/** A request for leave over whole days; its working days (Mon–Fri) are what it costs. */
@ObjectType({ description: 'A request for leave over whole days.' })
@Entity({ tableName: 'leave_request' })
export class LeaveRequest extends TenantEntity {
  @Field(() => ID, { description: 'The employee taking leave.' })
  @Property({ type: 'uuid' })
  employeeId!: string;

  @Field(() => LeaveType, { description: 'Kind of leave.' })
  @Enum({ items: () => LeaveType, type: 'string' })
  type!: LeaveType;

  @Field(() => String, { description: 'First day of leave, YYYY-MM-DD.', deprecationReason: 'Use startsOn (a Date); removed after 2027-06-30.' })
  @Property({ type: 'date', fieldName: 'from_date' })
  from!: string;

  @Field(() => String, { description: 'Last day of leave, YYYY-MM-DD (included).', deprecationReason: 'Use endsOn (a Date); removed after 2027-06-30.' })
  @Property({ type: 'date', fieldName: 'to_date' })
  to!: string;

  @Field(() => DateScalar, { description: 'First day of leave.' })
  get startsOn(): string & Opt {
    return this.from;
  }

  @Field(() => DateScalar, { description: 'Last day of leave (included).' })
  get endsOn(): string & Opt {
    return this.to;
  }

  @Field(() => DecimalScalar, { description: 'Working days (Monday to Friday) the leave covers.' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  days!: string;

  @Field(() => String, { nullable: true, description: 'Why, in the employee’s words.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => LeaveStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => LeaveStatus, type: 'string' })
  status: LeaveStatus & Opt = LeaveStatus.PENDING;

  @Field(() => ID, { nullable: true, description: 'User who approved, rejected or cancelled it.' })
  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was approved, rejected or cancelled.' })
  @Property({ type: 'Date', nullable: true })
  decidedAt?: Date | null;
}

/** One signed movement of an employee's leave balance, in days. Balances are sums of these. */
@ObjectType({ description: 'One movement of a leave balance, in days: positive for allocations and accruals, negative for leave taken.' })
@Entity({ tableName: 'leave_ledger' })
export class LeaveLedgerEntry extends TenantEntity {
  @Field(() => ID, { description: 'The employee.' })
  @Property({ type: 'uuid' })
  employeeId!: string;

  @Field(() => LeaveType, { description: 'Kind of leave.' })
  @Enum({ items: () => LeaveType, type: 'string' })
  type!: LeaveType;

  @Field(() => LeaveLedgerKind, { description: 'Kind of entry.' })
  @Enum({ items: () => LeaveLedgerKind, type: 'string' })
  kind!: LeaveLedgerKind;

  @Field(() => DecimalScalar, { description: 'Days, signed (TAKEN entries are negative).' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  days!: string;

  @Field(() => String, { nullable: true, description: 'Month of an ACCRUAL, YYYY-MM.' })
  @Property({ type: 'string', nullable: true })
  period?: string | null;

  @Field(() => ID, { nullable: true, description: 'The approved request of a TAKEN entry.' })
  @Property({ type: 'uuid', nullable: true })
  leaveRequestId?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, e.g. why days were allocated.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
