import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, JSONScalar, Money, TenantEntity, money, DateScalar } from '@prometric/core';
import { ExpenseCategory, ExpenseStatus } from './expense-status';

/** Where an expense came from when it was not submitted by a member. */
export interface ExpenseSource {
  payrollRunId?: string;
}

/**
 * Money the workspace spends: submitted by a member and approved by someone else, or created
 * APPROVED from an approved payroll run. The number is gapless per workspace and year
 * (EXP-YYYY-NNNNNN), assigned on creation; the amount never changes after submission.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Money the workspace spends: submitted by a member, approved by another, then paid; or created from an approved payroll run.' })
@Entity({ tableName: 'expense' })
export class Expense extends TenantEntity {
  @Field(() => String, { description: 'Gapless per workspace and year, e.g. EXP-2026-000001.' })
  @Property({ type: 'string' })
  number!: string;

  @Field(() => String, { description: 'What was spent on.' })
  @Property({ type: 'string' })
  description!: string;

  @Field(() => ExpenseCategory, { description: 'What the expense is for.' })
  @Enum({ items: () => ExpenseCategory })
  category!: ExpenseCategory;

  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'amount' })
  amountValue!: string;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => String, { description: 'The day the cost was incurred (YYYY-MM-DD); for payroll, the last day of the period.', deprecationReason: 'Use incurredDate (a Date); removed after 2027-06-30.' })
  @Property({ type: 'date' })
  incurredOn!: string;

  @Field(() => DateScalar, { description: 'The day the cost was incurred; for payroll, the last day of the period.' })
  get incurredDate(): string & Opt {
    return this.incurredOn;
  }

  @Field(() => ExpenseStatus, { description: 'SUBMITTED → APPROVED → PAID, or SUBMITTED → REJECTED.' })
  @Enum({ items: () => ExpenseStatus })
  status: ExpenseStatus & Opt = ExpenseStatus.SUBMITTED;

  @Field(() => ID, { nullable: true, description: "The member who submitted it (identity's user id); for payroll, who approved the run, when known." })
  @Property({ type: 'uuid', nullable: true })
  submittedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'The member who approved it (never the submitter).' })
  @Property({ type: 'uuid', nullable: true })
  approvedBy?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was approved.' })
  @Property({ type: 'Date', nullable: true })
  approvedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The member who rejected it.' })
  @Property({ type: 'uuid', nullable: true })
  rejectedBy?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was rejected.' })
  @Property({ type: 'Date', nullable: true })
  rejectedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was marked paid.' })
  @Property({ type: 'Date', nullable: true })
  paidAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The day it was paid out (YYYY-MM-DD).', deprecationReason: 'Use paidDate (a Date); removed after 2027-06-30.' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was paid out.' })
  get paidDate(): string | null {
    return this.paidOn ?? null;
  }

  @Field(() => JSONScalar, { nullable: true, description: 'Where the expense came from when not submitted by a member, e.g. {"payrollRunId": "…"}; null for a submitted expense.' })
  @Property({ type: 'json', nullable: true })
  source?: ExpenseSource | null;

  /** The payroll run it was created from: unique per workspace, so a run is never expensed twice. */
  @Property({ type: 'uuid', nullable: true })
  sourcePayrollRunId?: string | null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Field(() => Money, { description: "Amount, in the workspace's currency." })
  get amount(): Money & Opt {
    return money(this.amountValue, this.currency);
  }
}
