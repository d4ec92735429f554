import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/**
 * An invoice's status. OVERDUE is never stored: it is reported at read time for an ISSUED or
 * PARTIALLY_PAID invoice whose due date has passed (UTC), so it needs no job to set it and
 * disappears when the invoice is paid.
 */
export enum InvoiceStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
  VOID = 'VOID',
}

registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Where an invoice is: DRAFT → ISSUED → PARTIALLY_PAID → PAID, or VOID. OVERDUE is reported (never stored) for an unpaid issued invoice past its due date.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; has no number yet and accepts no payments.' },
    ISSUED: { description: 'Numbered and sent; nothing paid yet.' },
    PARTIALLY_PAID: { description: 'Some of the total paid.' },
    PAID: { description: 'Paid in full.' },
    OVERDUE: { description: 'Issued or partially paid, and past its due date (derived at read time).' },
    VOID: { description: 'Cancelled; counts for nothing.' },
  },
});

/**
 * The stored state machine (OVERDUE is never stored). Issuing numbers a draft; payments and credit
 * notes settle an issued invoice (PARTIALLY_PAID, then PAID when nothing is left due); a refund of a
 * payment gives back what it settled (PARTIALLY_PAID while something stays paid, else ISSUED); only
 * an invoice nothing was paid or credited against can be voided.
 */
export const INVOICE_TRANSITIONS: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = {
  [InvoiceStatus.DRAFT]: [InvoiceStatus.ISSUED, InvoiceStatus.VOID],
  [InvoiceStatus.ISSUED]: [InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, InvoiceStatus.VOID],
  [InvoiceStatus.PARTIALLY_PAID]: [InvoiceStatus.PAID, InvoiceStatus.ISSUED],
  [InvoiceStatus.PAID]: [InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.ISSUED],
  [InvoiceStatus.OVERDUE]: [],
  [InvoiceStatus.VOID]: [],
};

export const canMoveInvoice = canMove(INVOICE_TRANSITIONS);

/** Statuses that accept payments. */
export const PAYABLE: readonly InvoiceStatus[] = [InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID];

/** Today as `YYYY-MM-DD` (UTC). */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** The status to report: OVERDUE for an unpaid, payable invoice whose due date is before today. */
export function reportedStatus(stored: InvoiceStatus, dueDate: string | null | undefined, now: Date = new Date()): InvoiceStatus {
  return PAYABLE.includes(stored) && dueDate != null && dueDate < todayUtc(now) ? InvoiceStatus.OVERDUE : stored;
}

/**
 * Where an issued invoice stands once a payment or credit note changed what is due: PAID when nothing
 * is left, else PARTIALLY_PAID after a payment (a credit note alone leaves an ISSUED invoice ISSUED).
 * Throws on a move the state machine forbids: the callers' checks make it unreachable.
 */
export function settledStatus(from: InvoiceStatus, due: { isZero(): boolean }, paid: boolean): InvoiceStatus {
  const to = due.isZero() ? InvoiceStatus.PAID : paid ? InvoiceStatus.PARTIALLY_PAID : from;
  if (to !== from && !canMoveInvoice(from, to)) throw new Error(`An invoice cannot move from ${from} to ${to}`);
  return to;
}

/**
 * Where a settled invoice stands once a refund took back part of its amount paid: PARTIALLY_PAID
 * while some money stays paid, else ISSUED (a refund always leaves something due).
 */
export function refundedStatus(from: InvoiceStatus, paid: { isZero(): boolean }): InvoiceStatus {
  const to = paid.isZero() ? InvoiceStatus.ISSUED : InvoiceStatus.PARTIALLY_PAID;
  if (to !== from && !canMoveInvoice(from, to)) throw new Error(`An invoice cannot move from ${from} to ${to}`);
  return to;
}
