import { InvoiceStatus, reportedStatus } from './invoice-status';

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
