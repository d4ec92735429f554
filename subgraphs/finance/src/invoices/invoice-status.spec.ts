import { Decimal } from '@prometric/core';
import { InvoiceStatus, canMoveInvoice, reportedStatus, refundedStatus, settledStatus } from './invoice-status';

describe('reported invoice status', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('reports OVERDUE for an unpaid issued invoice past its due date', () => {
    expect(reportedStatus(InvoiceStatus.ISSUED, '2026-11-25', now)).toBe(InvoiceStatus.OVERDUE);
    expect(reportedStatus(InvoiceStatus.PARTIALLY_PAID, '2026-11-25', now)).toBe(InvoiceStatus.OVERDUE);
  });
  it('keeps the stored status on or before the due date, without one, and once paid or void', () => {
    expect(reportedStatus(InvoiceStatus.ISSUED, '2026-11-26', now)).toBe(InvoiceStatus.ISSUED);
    expect(reportedStatus(InvoiceStatus.ISSUED, null, now)).toBe(InvoiceStatus.ISSUED);
    expect(reportedStatus(InvoiceStatus.PAID, '2020-01-01', now)).toBe(InvoiceStatus.PAID);
    expect(reportedStatus(InvoiceStatus.VOID, '2020-01-01', now)).toBe(InvoiceStatus.VOID);
    expect(reportedStatus(InvoiceStatus.DRAFT, '2020-01-01', now)).toBe(InvoiceStatus.DRAFT);
  });
});

describe('the invoice state machine', () => {
  it('issues and voids drafts; settles issued invoices; a refund un-settles them; ends at VOID', () => {
    expect(canMoveInvoice(InvoiceStatus.DRAFT, InvoiceStatus.ISSUED)).toBe(true);
    expect(canMoveInvoice(InvoiceStatus.DRAFT, InvoiceStatus.VOID)).toBe(true);
    expect(canMoveInvoice(InvoiceStatus.ISSUED, InvoiceStatus.VOID)).toBe(true);
    expect(canMoveInvoice(InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.VOID)).toBe(false);
    expect(canMoveInvoice(InvoiceStatus.PAID, InvoiceStatus.PARTIALLY_PAID)).toBe(true);
    expect(canMoveInvoice(InvoiceStatus.PAID, InvoiceStatus.VOID)).toBe(false);
    expect(canMoveInvoice(InvoiceStatus.PAID, InvoiceStatus.DRAFT)).toBe(false);
    expect(canMoveInvoice(InvoiceStatus.VOID, InvoiceStatus.ISSUED)).toBe(false);
    expect(canMoveInvoice(InvoiceStatus.DRAFT, InvoiceStatus.PAID)).toBe(false);
  });

  it('settles by what is due: PAID at zero, PARTIALLY_PAID after a payment, ISSUED kept after a partial credit', () => {
    expect(settledStatus(InvoiceStatus.ISSUED, new Decimal(0), true)).toBe(InvoiceStatus.PAID);
    expect(settledStatus(InvoiceStatus.ISSUED, new Decimal('0.01'), true)).toBe(InvoiceStatus.PARTIALLY_PAID);
    expect(settledStatus(InvoiceStatus.PARTIALLY_PAID, new Decimal(0), false)).toBe(InvoiceStatus.PAID);
    expect(settledStatus(InvoiceStatus.ISSUED, new Decimal('5.00'), false)).toBe(InvoiceStatus.ISSUED);
    expect(() => settledStatus(InvoiceStatus.DRAFT, new Decimal(0), true)).toThrow('cannot move from DRAFT to PAID');
  });

  it('follows a refund by what stays paid: PARTIALLY_PAID while something does, else ISSUED', () => {
    expect(refundedStatus(InvoiceStatus.PAID, new Decimal('10.00'))).toBe(InvoiceStatus.PARTIALLY_PAID);
    expect(refundedStatus(InvoiceStatus.PAID, new Decimal(0))).toBe(InvoiceStatus.ISSUED);
    expect(refundedStatus(InvoiceStatus.PARTIALLY_PAID, new Decimal(0))).toBe(InvoiceStatus.ISSUED);
    expect(refundedStatus(InvoiceStatus.PARTIALLY_PAID, new Decimal('1.00'))).toBe(InvoiceStatus.PARTIALLY_PAID);
    expect(() => refundedStatus(InvoiceStatus.VOID, new Decimal(0))).toThrow('cannot move from VOID to ISSUED');
  });
});
