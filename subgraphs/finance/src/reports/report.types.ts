import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DecimalScalar, Money } from '@prometric/core';
import { ExpenseCategory } from '../expenses/expense-status';
import { CustomerReference } from '../customers/customer.reference';
import { productReference } from '../products/product.reference';

/** The length of a revenue report's periods. */
export enum ReportPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}

registerEnumType(ReportPeriod, { name: 'ReportPeriod', description: 'Periods of a report, in UTC: DAY, WEEK (ISO, from Monday), MONTH or QUARTER.' });

/** What a revenue report breaks each period down by. */
export enum RevenueBreakdown {
  NONE = 'NONE',
  CUSTOMER = 'CUSTOMER',
  PRODUCT = 'PRODUCT',
}

registerEnumType(RevenueBreakdown, {
  name: 'RevenueBreakdown',
  description: 'NONE: one row per period; CUSTOMER: per period and customer; PRODUCT: per period and product billed (credit-note lines not tied to an invoice line have no product).',
});

@ObjectType({ description: 'Amounts due by how long past their due date they are, as of the report date.' })
export class AgingBuckets {
  @Field(() => Money, { description: 'Not yet past due (or without a due date).' })
  current!: Money;

  @Field(() => Money, { description: '1 to 30 days past due.' })
  days1To30!: Money;

  @Field(() => Money, { description: '31 to 60 days past due.' })
  days31To60!: Money;

  @Field(() => Money, { description: '61 to 90 days past due.' })
  days61To90!: Money;

  @Field(() => Money, { description: 'More than 90 days past due.' })
  over90!: Money;

  @Field(() => Money, { description: 'Everything due: the sum of the buckets.' })
  total!: Money;
}

@ObjectType({ description: "One customer's amounts due by age." })
export class CustomerAging extends AgingBuckets {
  @Field(() => CustomerReference, { description: 'The customer. Needs customers:read.' })
  customer!: CustomerReference;
}

@ObjectType({ description: 'Accounts receivable aging: what customers owed on a date, by how long past due.' })
export class ArAgingReport {
  @Field(() => DateScalar, { description: 'The date the report is as of (end of that day, UTC).' })
  asOf!: string;

  @Field(() => String, { description: 'The currency of every amount (invoices in other currencies are not in this report).' })
  currency!: string;

  @Field(() => [CustomerAging], { description: 'Each customer that owed anything, by customer id.' })
  customers!: CustomerAging[];

  @Field(() => AgingBuckets, { description: 'The sum over customers.' })
  total!: AgingBuckets;
}

@ObjectType({ description: 'Revenue of one period (and one customer or product, with a breakdown).' })
export class RevenueRow {
  @Field(() => DateScalar, { description: 'First day of the period (UTC).' })
  period!: string;

  @Field(() => CustomerReference, { nullable: true, description: 'The customer (breakdown CUSTOMER). Needs customers:read.' })
  customer?: CustomerReference | null;

  @Field(() => productReference.type, { nullable: true, description: 'The product (breakdown PRODUCT; null for credit-note lines not tied to an invoice line).' })
  product?: InstanceType<typeof productReference.type> | null;

  @Field(() => Money, { description: 'Invoiced before tax, minus credit notes before tax, minus invoices voided in the period.' })
  net!: Money;

  @Field(() => Money, { description: 'Tax invoiced, minus tax credited or voided.' })
  tax!: Money;

  @Field(() => Money, { description: 'net + tax.' })
  total!: Money;
}

@ObjectType({ description: 'Revenue per period between two dates, in the workspace currency.' })
export class RevenueReport {
  @Field(() => DateScalar, { description: 'First day covered (UTC).' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day covered (UTC), inclusive.' })
  to!: string;

  @Field(() => ReportPeriod, { description: 'The length of each period.' })
  groupBy!: ReportPeriod;

  @Field(() => String, { description: 'The currency of every amount.' })
  currency!: string;

  @Field(() => [RevenueRow], { description: 'Every period of the range in order (zero when nothing was invoiced), times each customer or product with revenue in the range.' })
  rows!: RevenueRow[];

  @Field(() => Money, { description: 'The sum over rows: net.' })
  net!: Money;

  @Field(() => Money, { description: 'The sum over rows: tax.' })
  tax!: Money;

  @Field(() => Money, { description: 'The sum over rows: total.' })
  total!: Money;
}

@ObjectType({ description: 'The expenses of one category in a period.' })
export class ExpenseCategoryTotal {
  @Field(() => ExpenseCategory, { description: 'The category (PAYROLL holds the expenses approved payroll runs posted).' })
  category!: ExpenseCategory;

  @Field(() => Money, { description: 'Approved and paid expenses of the category incurred in the period.' })
  amount!: Money;
}

@ObjectType({ description: 'Profit and loss between two dates, in the workspace currency: revenue, cost of goods sold, gross margin, expenses by category, net result.' })
export class ProfitAndLossReport {
  @Field(() => DateScalar, { description: 'First day covered (UTC).' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day covered (UTC), inclusive.' })
  to!: string;

  @Field(() => String, { description: 'The currency of every amount (documents in other currencies are not in this report).' })
  currency!: string;

  @Field(() => Money, { description: 'Invoiced before tax in the period, minus invoices voided in the period.' })
  invoiced!: Money;

  @Field(() => Money, { description: 'Credit notes issued in the period, before tax.' })
  credited!: Money;

  @Field(() => Money, { description: 'Revenue net of credit notes, before tax: invoiced − credited (the same rules as `revenue`).' })
  revenue!: Money;

  @Field(() => Money, { description: 'Cost of goods sold: units issued for sales orders in the period × the weighted average unit cost they left the warehouse at.' })
  costOfGoodsSold!: Money;

  @Field(() => Money, { description: 'revenue − costOfGoodsSold.' })
  grossMargin!: Money;

  @Field(() => DecimalScalar, { nullable: true, description: 'grossMargin ÷ revenue × 100, rounded half-up to 2 decimals; null when revenue is zero.' })
  grossMarginPercent!: string | null;

  @Field(() => [ExpenseCategoryTotal], { description: 'Approved and paid expenses incurred in the period, per category with any, by category name.' })
  expenses!: ExpenseCategoryTotal[];

  @Field(() => Money, { description: 'The sum of the expenses.' })
  totalExpenses!: Money;

  @Field(() => Money, { description: 'grossMargin − totalExpenses.' })
  netResult!: Money;
}
