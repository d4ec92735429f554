import { registerEnumType } from 'type-graphql';

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

/** Statuses that accept payments. */
export const PAYABLE: readonly InvoiceStatus[] = [InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID];

/** Today as `YYYY-MM-DD` (UTC). */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** The status to report: OVERDUE for an unpaid, payable invoice whose due date is before today. */
export function reportedStatus(stored: InvoiceStatus, dueDate: string | null | undefined, now: Date = new Date()): InvoiceStatus {
  return PAYABLE.includes(stored) && dueDate != null && dueDate < todayUtc(now) ? InvoiceStatus.OVERDUE : stored;
}
