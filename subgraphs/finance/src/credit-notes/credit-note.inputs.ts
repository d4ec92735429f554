import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DecimalScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Invoice } from '../invoices/invoice.entity';
import { CreditNote } from './credit-note.entity';

@InputType({
  description:
    'One line to credit. With invoiceLineId: `quantity` units of that line (default: all units not yet credited), at the line\'s price and tax, or `amount` (tax included) instead of or below that value, e.g. a price adjustment. Without invoiceLineId: a free-form credit of `amount` (no tax) with a description.',
})
export class CreditNoteLineInput {
  @Field(() => ID, { nullable: true, description: 'The invoice line credited (InvoiceLine.id).' })
  invoiceLineId?: string | null;

  @Field(() => String, { nullable: true, description: 'What is credited; required without invoiceLineId. At most 500 characters.' })
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Units of the invoice line returned: at most those not yet credited.' })
  quantity?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Amount credited, tax included, in the invoice's currency; two decimals at most." })
  amount?: string | null;
}

@InputType({ description: 'A credit note against an issued invoice.' })
export class CreateCreditNoteInput {
  @Field(() => ID, { description: 'The invoice credited; ISSUED or PARTIALLY_PAID (overdue ones included).' })
  invoiceId!: string;

  @Field(() => [CreditNoteLineInput], { nullable: true, description: 'What to credit; omitted: everything left to credit on the invoice (a full reversal).' })
  lines?: CreditNoteLineInput[] | null;

  @Field(() => String, { description: 'Why the invoice is credited (required).' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first credit note instead of crediting again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of createCreditNote.' })
export class CreditNotePayload {
  @Field(() => CreditNote, { nullable: true, description: 'The credit note issued.' })
  creditNote?: CreditNote | null;

  @Field(() => Invoice, { nullable: true, description: 'The invoice credited, with its new amounts and status.' })
  invoice?: Invoice | null;

  @Field(() => [UserError], { description: 'Why the credit note was refused; empty on success. Nothing is written when refused.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a credit note list.' })
export class CreditNoteFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Only credit notes of this invoice.' })
  invoiceId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only credit notes of this customer (sales' id)." })
  customerId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only the credit note with this number, e.g. CN-2026-000001.' })
  number?: string | null;

}

export const CreditNoteConnection = ConnectionType(CreditNote, 'CreditNote', 'A page of credit notes.');

export const CreditNoteOrderBy = orderByInput('CreditNote', { ...TIMESTAMP_SORT_FIELDS, NUMBER: 'number', TOTAL: 'totalAmount' }, 'credit note');
export const CreditNotesArgs = listArgs(CreditNoteFilter, CreditNoteOrderBy, 'newest first');
