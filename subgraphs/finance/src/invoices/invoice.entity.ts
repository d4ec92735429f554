import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, Decimal, Money, TotalledDocument, money, DateScalar, DecimalScalar } from '@prometric/core';
import { InvoiceStatus, reportedStatus } from './invoice-status';

/** One line of an invoice, copied from the order when the invoice was created. */
@ObjectType({ description: 'One line of an invoice, copied from the order line.' })
export class InvoiceLine {
  @Field(() => ID, { description: "The line's id: the sales order line's id (credit notes name the line by it)." })
  id!: string;

  @Field(() => ID, { description: "The product (sales' id)." })
  productId!: string;

  @Field(() => Int, { description: 'Units invoiced.' })
  quantity!: number;

  @Field(() => Money, { description: 'Price of one unit, before tax.' })
  unitPrice!: Money;

  @Field(() => Float, { description: 'Tax rate as a fraction, e.g. 0.12.', deprecationReason: 'Use rate (a Decimal: no float rounding); removed after 2027-06-30.' })
  taxRate!: number;

  @Field(() => DecimalScalar, { description: 'Tax rate as an exact fraction, e.g. "0.12" is 12%.' })
  rate!: string;

  @Field(() => Money, { description: 'quantity × unitPrice, before tax.' })
  subtotal!: Money;
}

/** A stored line (amounts as decimal strings). */
export interface StoredInvoiceLine {
  /** The order line's id (absent on invoices drafted before lines carried it). */
  id?: string;
  productId: string;
  quantity: number;
  unitPrice: string;
  taxRate: string;
}

/** A stored line's id: the order line's, or its 1-based position on invoices drafted before lines carried ids. */
export const invoiceLineId = (line: StoredInvoiceLine, index: number): string => line.id ?? String(index + 1);

/**
 * A bill for one sales order. Lines and totals are copied from finance's snapshot of the order when
 * the invoice is drafted; the number is assigned when it is issued; after that nothing on it changes
 * except what payments and credit notes derive (amounts paid and credited, status) and voiding.
 * `amountPaid` is the sum of its payments, kept under the invoice's row lock by `recordPayment` only.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A bill for a sales order. Amounts paid and due, and the status, are derived from its payments.' })
@Entity({ tableName: 'invoice' })
export class Invoice extends TotalledDocument {
  @Field(() => String, { nullable: true, description: 'Gapless per workspace and year, e.g. INV-2026-000045; assigned when the invoice is issued, null while DRAFT.' })
  @Property({ type: 'string', nullable: true })
  number?: string | null;

  /** The stored state (what the state machine moves); GraphQL's `status` is `reportedStatus`. */
  @Enum({ items: () => InvoiceStatus, fieldName: 'status' })
  status: InvoiceStatus & Opt = InvoiceStatus.DRAFT;

  /** Sales' order, by id: a federation reference, not a foreign key. */
  @Property({ type: 'uuid' })
  orderId!: string;

  /** Sales' customer, by id. */
  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'json', fieldName: 'lines' })
  storedLines!: StoredInvoiceLine[];

  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'amount_paid' })
  paidAmount: string & Opt = '0.00';

  /** Sum of the invoice's credit notes, kept under the invoice's row lock by `createCreditNote` only. */
  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'amount_credited' })
  creditedAmount: string & Opt = '0.00';

  @Field(() => String, { nullable: true, description: 'Date payment is due (YYYY-MM-DD); past it, an unpaid invoice reports OVERDUE.', deprecationReason: 'Use dueOn (a Date); removed after 2027-06-30.' })
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date payment is due; past it (UTC), an unpaid invoice reports OVERDUE.' })
  get dueOn(): (string | null) {
    return this.dueDate ?? null;
  }

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the invoice was issued.' })
  @Property({ type: 'Date', nullable: true })
  issuedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the invoice was voided.' })
  @Property({ type: 'Date', nullable: true })
  voidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the invoice was voided.' })
  @Property({ type: 'text', nullable: true })
  voidReason?: string | null;

  @Field(() => Int, { description: 'Incremented on every change (issue, payment, credit, void); the aggregate version of its events.' })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Field(() => InvoiceStatus, { name: 'status', description: 'DRAFT, ISSUED, PARTIALLY_PAID, PAID or VOID as stored; OVERDUE when issued, unpaid and past the due date.' })
  get reportedStatus(): InvoiceStatus & Opt {
    return reportedStatus(this.status, this.dueDate);
  }

  @Field(() => [InvoiceLine], { description: 'What is billed, in order-line order.' })
  get lines(): InvoiceLine[] & Opt {
    return this.storedLines.map((l, index) =>
      Object.assign(new InvoiceLine(), {
        id: invoiceLineId(l, index),
        productId: l.productId,
        quantity: l.quantity,
        unitPrice: money(l.unitPrice, this.currency),
        taxRate: Number(l.taxRate),
        rate: new Decimal(l.taxRate).toString(),
        subtotal: money(new Decimal(l.unitPrice).times(l.quantity), this.currency),
      }),
    );
  }

  @Field(() => Money, { description: 'Sum of the payments recorded against the invoice.' })
  get amountPaid(): Money & Opt {
    return money(this.paidAmount, this.currency);
  }

  @Field(() => Money, { description: 'Sum of the credit notes issued against the invoice.' })
  get amountCredited(): Money & Opt {
    return money(this.creditedAmount, this.currency);
  }

  @Field(() => Money, { description: 'total − amountPaid − amountCredited, never negative; zero once PAID (by payments, credit notes or both), and for a VOID invoice.' })
  get amountDue(): Money & Opt {
    return money(this.due(), this.currency);
  }

  /** What remains to be paid (zero for a void invoice). */
  due(): Decimal {
    return this.status === InvoiceStatus.VOID ? new Decimal(0) : Decimal.max(0, new Decimal(this.totalAmount).minus(this.paidAmount).minus(this.creditedAmount));
  }
}
