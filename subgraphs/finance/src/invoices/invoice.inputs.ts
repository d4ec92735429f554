import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Invoice } from './invoice.entity';
import { InvoiceStatus } from './invoice-status';

@InputType({ description: 'A draft invoice for an order finance has seen.' })
export class CreateInvoiceInput {
  @Field(() => ID, { description: "The sales order to bill (sales' order id)." })
  orderId!: string;

  @Field(() => String, { nullable: true, description: 'Date payment is due (YYYY-MM-DD).' })
  dueDate?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of an invoice mutation.' })
export class InvoicePayload {
  @Field(() => Invoice, { nullable: true, description: 'The invoice.' })
  invoice?: Invoice | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows an invoice list.' })
export class InvoiceFilter extends ListFilter {
  @Field(() => InvoiceStatus, { nullable: true, description: 'Only invoices reported in this status (OVERDUE included).' })
  status?: InvoiceStatus | null;

  @Field(() => ID, { nullable: true, description: "Only invoices of this sales order." })
  orderId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only invoices of this customer." })
  customerId?: string | null;
  @Field(() => [InvoiceStatus], { nullable: true, description: 'Only invoices in one of these statuses (as reported: OVERDUE included).' })
  statusIn?: InvoiceStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only the invoice with this number, e.g. INV-2026-000045.' })
  number?: string | null;

}

export const InvoiceConnection = ConnectionType(Invoice, 'Invoice', 'A page of invoices.');

export const InvoiceOrderBy = orderByInput('Invoice', { ...TIMESTAMP_SORT_FIELDS, TOTAL: 'totalAmount' }, 'invoice');
export const InvoicesArgs = listArgs(InvoiceFilter, InvoiceOrderBy, 'newest first');
