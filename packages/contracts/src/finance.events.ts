import { z } from 'zod';
import { defineEvent } from './event-contract';
import { currency, date, decimal, id } from './fields';

const invoiceStatus = z.enum(['DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'OVERDUE', 'VOID']);

/** The invoice after the change. */
export const invoicePayload = z.object({
  id,
  number: z.string().nullable(),
  status: invoiceStatus,
  orderId: id,
  customerId: id,
  currency,
  total: decimal,
  amountPaid: decimal,
  amountCredited: decimal,
  dueDate: date.nullable(),
});

export const InvoiceIssued = defineEvent('invoice.issued', {
  version: 1,
  aggregateType: 'Invoice',
  producer: 'finance',
  description: 'A draft invoice was issued: numbered, and due from now on.',
  payload: invoicePayload,
});

export const InvoiceVoided = defineEvent('invoice.voided', {
  version: 1,
  aggregateType: 'Invoice',
  producer: 'finance',
  description: 'An invoice with no payment and no credit note was voided.',
  payload: invoicePayload.extend({ reason: z.string().nullable() }),
});

export const PaymentRecorded = defineEvent('payment.recorded', {
  version: 1,
  aggregateType: 'Invoice',
  producer: 'finance',
  description: 'A payment was allocated to an invoice; the payload is the invoice after it, with the payment.',
  payload: invoicePayload.extend({ paymentId: id, amount: decimal, method: z.enum(['CASH', 'BANK_TRANSFER', 'CARD', 'KASPI']) }),
});

export const PaymentRefunded = defineEvent('payment.refunded', {
  version: 1,
  aggregateType: 'Invoice',
  producer: 'finance',
  description:
    "Money went back to a payer: through the provider, or by hand. When `applied`, the invoice's amount paid shrank by it (the payload is the invoice after it); otherwise the money had never been applied (it arrived after the invoice stopped taking payments).",
  payload: invoicePayload.extend({
    refundId: id,
    paymentId: id.nullable(),
    paymentRequestId: id.nullable(),
    amount: decimal,
    provider: z.enum(['MANUAL', 'KASPI']),
    applied: z.boolean(),
  }),
});

export const PaymentRequestNeedsRefund = defineEvent('payment_request.needs_refund', {
  version: 1,
  aggregateType: 'PaymentRequest',
  producer: 'finance',
  description:
    'A provider reports a payment for an invoice that no longer takes it (voided, or settled another way): the money is not applied and is owed back (refundPaymentRequest).',
  payload: z.object({
    id,
    invoiceId: id,
    invoiceNumber: z.string().nullable(),
    invoiceStatus,
    provider: z.enum(['MANUAL', 'KASPI']),
    providerReference: z.string(),
    amount: decimal,
    currency,
  }),
});

export const CreditNoteIssued = defineEvent('credit_note.issued', {
  version: 1,
  aggregateType: 'CreditNote',
  producer: 'finance',
  description: 'A credit note reversed (part of) what an issued invoice still asks for.',
  payload: z.object({
    id,
    number: z.string(),
    invoiceId: id,
    invoiceNumber: z.string().nullable(),
    invoiceVersion: z.number().int(),
    invoiceStatus,
    invoiceAmountDue: decimal,
    orderId: id,
    customerId: id,
    currency,
    amount: decimal,
    subtotal: decimal,
    tax: decimal,
    reason: z.string(),
  }),
});

/** The expense after the change. */
export const expensePayload = z.object({
  id,
  number: z.string(),
  status: z.enum(['SUBMITTED', 'APPROVED', 'REJECTED', 'PAID']),
  category: z.enum(['TRAVEL', 'SUPPLIES', 'SERVICES', 'PAYROLL', 'OTHER']),
  description: z.string(),
  amount: decimal,
  currency,
  incurredOn: date,
  submittedBy: id.nullable(),
  approvedBy: id.nullable(),
  paidOn: date.nullable(),
  source: z.object({ payrollRunId: id.optional() }).nullable(),
});

const expenseEvent = <const T extends string>(type: T, description: string) =>
  defineEvent(type, { version: 1, aggregateType: 'Expense', producer: 'finance', description, payload: expensePayload });

export const ExpenseSubmitted = expenseEvent('expense.submitted', 'A member submitted an expense.');
export const ExpenseApproved = expenseEvent('expense.approved', 'An expense was approved (by someone else), or created approved from a payroll run.');
export const ExpenseRejected = expenseEvent('expense.rejected', 'An expense was rejected.');
export const ExpensePaid = expenseEvent('expense.paid', 'An approved expense was paid.');
