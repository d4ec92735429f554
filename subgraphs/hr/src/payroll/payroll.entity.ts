import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar, Money, TenantEntity } from '@prometric/core';
import { PayrollRunStatus } from './payroll-status';
import { PayslipLineType } from './payslip-calc';

registerEnumType(PayslipLineType, {
  name: 'PayslipLineType',
  description: 'Kind of payslip deduction.',
  valuesConfig: {
    PENSION: { description: 'Employee pension contribution: HR_PENSION_RATE × gross.' },
    INCOME_TAX: { description: 'Income tax: HR_INCOME_TAX_RATE × (gross − pension).' },
  },
});

/**
 * One month's payroll of the workspace: a payslip per employee ACTIVE when it was computed. Totals
 * are kept in plain columns (they are the expense finance books); per-employee figures live only
 * encrypted on the payslips. Approved runs are immutable (database triggers).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "One month's payroll of the workspace." })
@Entity({ tableName: 'payroll_run' })
export class PayrollRun extends TenantEntity {
  @Field(() => String, { description: 'The month paid, YYYY-MM; one run per month.' })
  @Property({ type: 'string' })
  period!: string;

  @Field(() => PayrollRunStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => PayrollRunStatus, type: 'string' })
  status: PayrollRunStatus & Opt = PayrollRunStatus.DRAFT;

  @Field(() => String, { description: 'ISO 4217 currency of every amount of the run.' })
  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Int, { description: 'Working days (Monday to Friday) of the month.' })
  @Property({ type: 'integer' })
  workingDays!: number;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  totalGross!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  totalDeductions!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  totalNet!: string;

  @Field(() => Int, { description: 'Employees paid by the run (one payslip each).' })
  @Property({ type: 'integer' })
  employeeCount!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was approved.' })
  @Property({ type: 'Date', nullable: true })
  approvedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'User who approved it.' })
  @Property({ type: 'uuid', nullable: true })
  approvedBy?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was marked paid.' })
  @Property({ type: 'Date', nullable: true })
  paidAt?: Date | null;
}

/** One employee's pay for a run; the money figures are AES-256-GCM ciphertext (`figuresEncrypted`). */
@ObjectType({ description: "One employee's pay for a payroll run." })
@Entity({ tableName: 'payslip' })
export class Payslip extends TenantEntity {
  @Field(() => ID, { description: 'The payroll run.' })
  @Property({ type: 'uuid' })
  payrollRunId!: string;

  @Field(() => ID, { description: 'The employee paid.' })
  @Property({ type: 'uuid' })
  employeeId!: string;

  @Field(() => String, { description: 'ISO 4217 currency of the amounts.' })
  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Int, { description: 'Working days of the month.' })
  @Property({ type: 'integer' })
  workingDays!: number;

  @Field(() => DecimalScalar, { description: 'Working days of approved UNPAID leave in the month.' })
  @Property({ type: 'decimal', precision: 6, scale: 2 })
  unpaidLeaveDays!: string;

  /** `keyId:iv:tag:ciphertext` of the JSON `PayslipFigures`. */
  @Property({ type: 'text' })
  figuresEncrypted!: string;
}

/** A deduction on a payslip. */
@ObjectType({ description: 'A deduction on a payslip.' })
export class PayslipLine {
  @Field(() => PayslipLineType, { description: 'Kind of deduction.' })
  type!: PayslipLineType;

  @Field(() => String, { description: 'Human-readable label.' })
  description!: string;

  @Field(() => DecimalScalar, { description: 'Rate applied, as a fraction (0.1 = 10%).' })
  rate!: string;

  @Field(() => Money, { description: 'Amount the rate applies to.' })
  base!: Money;

  @Field(() => Money, { description: 'Amount deducted.' })
  amount!: Money;
}

/** GCM additional data binding payslip figures to their payslip. */
export const payslipCipherContext = (payslipId: string): string => `payslip:${payslipId}:figures`;
