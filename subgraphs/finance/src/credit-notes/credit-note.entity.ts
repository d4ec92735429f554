import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, Money, TotalledDocument, money } from '@prometric/core';

/** A credit note's status: issued on creation, never changed. */
export enum CreditNoteStatus {
  ISSUED = 'ISSUED',
}

registerEnumType(CreditNoteStatus, {
  name: 'CreditNoteStatus',
  description: 'Where a credit note is. A credit note is ISSUED (numbered, final) the moment it is created.',
  valuesConfig: { ISSUED: { description: 'Numbered and final: it reduces what is due on its invoice.' } },
});

/** A stored credit-note line (amounts as decimal strings). */
export interface StoredCreditNoteLine {
  /** The invoice line credited; null for a free-form credit. */
  invoiceLineId: string | null;
  description: string | null;
  /** Units returned; null for an amount-only credit (a price adjustment, a free-form credit). */
  quantity: number | null;
  subtotal: string;
  tax: string;
  total: string;
}

/** One line of a credit note. */
@ObjectType({ description: 'One line of a credit note: units of an invoice line returned, an amount taken off an invoice line, or a free-form credit.' })
export class CreditNoteLine {
  @Field(() => ID, { nullable: true, description: 'The invoice line credited (InvoiceLine.id); null for a free-form credit.' })
  invoiceLineId!: string | null;

  @Field(() => String, { nullable: true, description: 'What is credited, as the user described it.' })
  description!: string | null;

  @Field(() => Int, { nullable: true, description: 'Units of the invoice line credited; null when only an amount was credited.' })
  quantity!: number | null;

  @Field(() => Money, { description: 'Amount credited before tax.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'Tax credited (at the invoice line\'s rate; zero for a free-form credit).' })
  tax!: Money;

  @Field(() => Money, { description: 'subtotal + tax: what the line takes off the invoice.' })
  total!: Money;
}

/**
 * A reversing document for an issued invoice: the invoice itself is never edited. Its total is
 * added to the invoice's credited amount in the same transaction, under the invoice's row lock;
 * the number is gapless per workspace and year on its own counter (CN-YYYY-NNNNNN).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A credit note: reverses all or part of an issued invoice, which itself is never edited. Reduces what is due on the invoice.' })
@Entity({ tableName: 'credit_note' })
export class CreditNote extends TotalledDocument {
  @Field(() => String, { description: 'Gapless per workspace and year on its own counter, e.g. CN-2026-000001.' })
  @Property({ type: 'string' })
  number!: string;

  @Field(() => CreditNoteStatus, { description: 'Always ISSUED: a credit note is final once created.' })
  @Enum({ items: () => CreditNoteStatus })
  status: CreditNoteStatus & Opt = CreditNoteStatus.ISSUED;

  @Property({ type: 'uuid' })
  invoiceId!: string;

  /** Sales' order, by id. */
  @Property({ type: 'uuid' })
  orderId!: string;

  /** Sales' customer, by id. */
  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'json', fieldName: 'lines' })
  storedLines!: StoredCreditNoteLine[];

  @Field(() => String, { description: 'Why the invoice was credited.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => DateTimeScalar, { description: 'When the credit note was issued (its creation).' })
  @Property({ type: 'Date' })
  issuedAt: Date & Opt = new Date();

  @Field(() => [CreditNoteLine], { description: 'What is credited.' })
  get lines(): CreditNoteLine[] & Opt {
    return this.storedLines.map((l) =>
      Object.assign(new CreditNoteLine(), {
        invoiceLineId: l.invoiceLineId,
        description: l.description,
        quantity: l.quantity,
        subtotal: money(l.subtotal, this.currency),
        tax: money(l.tax, this.currency),
        total: money(l.total, this.currency),
      }),
    );
  }
}
