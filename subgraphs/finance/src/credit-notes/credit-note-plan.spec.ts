import { planCreditNote, type CreditableInvoice } from './credit-note-plan';

// Two lines: 3 × 100.00 at 12% (net 300.00, tax 36.00) and 1 × 10.01 at 12% (net 10.01, tax 1.20).
const invoice = (over: Partial<CreditableInvoice> = {}): CreditableInvoice => ({
  number: 'INV-2026-000001',
  subtotal: '310.01',
  tax: '37.20',
  total: '347.21',
  paid: '0.00',
  credited: '0.00',
  lines: [
    { id: 'a', quantity: 3, unitPrice: '100.00', taxRate: '0.12' },
    { id: 'b', quantity: 1, unitPrice: '10.01', taxRate: '0.12' },
  ],
  ...over,
});

const codes = (r: ReturnType<typeof planCreditNote>) => ('errors' in r ? r.errors.map((e) => [e.code, e.field?.join('.')]) : []);

describe('credit note plan', () => {
  it('a first full reversal mirrors the invoice exactly', () => {
    const plan = planCreditNote(invoice(), [], null);
    expect(plan).toMatchObject({ subtotal: '310.01', tax: '37.20', total: '347.21' });
    expect('lines' in plan && plan.lines.map((l) => [l.invoiceLineId, l.quantity, l.total])).toEqual([
      ['a', 3, '336.00'],
      ['b', 1, '11.21'],
    ]);
  });

  it('units of a line at its price and tax; the last units take what is left of the line', () => {
    const one = planCreditNote(invoice(), [], [{ invoiceLineId: 'a', quantity: 1 }]);
    expect(one).toMatchObject({ subtotal: '100.00', tax: '12.00', total: '112.00' });
    const prev = 'lines' in one ? one.lines : [];
    const rest = planCreditNote(invoice({ credited: '112.00' }), prev, [{ invoiceLineId: 'a' }]);
    expect(rest).toMatchObject({ subtotal: '200.00', tax: '24.00', total: '224.00' });
    expect('lines' in rest && rest.lines[0].quantity).toBe(2);
    const none = planCreditNote(invoice({ credited: '336.00' }), [...prev, ...('lines' in rest ? rest.lines : [])], [{ invoiceLineId: 'a', quantity: 1 }]);
    expect(codes(none)).toEqual([['INVALID', 'lines.0.quantity']]);
  });

  it('an amount on a line is split into net and tax at its rate, and capped by the line', () => {
    expect(planCreditNote(invoice(), [], [{ invoiceLineId: 'a', amount: '11.20' }])).toMatchObject({ subtotal: '10.00', tax: '1.20', total: '11.20' });
    expect(codes(planCreditNote(invoice(), [], [{ invoiceLineId: 'b', amount: '11.22' }]))).toEqual([['INVALID', 'lines.0.amount']]);
    expect(codes(planCreditNote(invoice(), [], [{ invoiceLineId: 'a', quantity: 1, amount: '112.01' }]))).toEqual([['INVALID', 'lines.0.amount']]);
  });

  it('a free-form credit carries no tax and needs a description and an amount', () => {
    expect(planCreditNote(invoice(), [], [{ description: 'Goodwill', amount: '5' }])).toMatchObject({ subtotal: '5.00', tax: '0.00', total: '5.00' });
    expect(codes(planCreditNote(invoice(), [], [{ amount: '5' }]))).toEqual([['REQUIRED', 'lines.0.invoiceLineId']]);
    expect(codes(planCreditNote(invoice(), [], [{ description: 'x' }]))).toEqual([['REQUIRED', 'lines.0.amount']]);
    expect(codes(planCreditNote(invoice(), [], [{ invoiceLineId: 'zzz' }]))).toEqual([['NOT_FOUND', 'lines.0.invoiceLineId']]);
    expect(codes(planCreditNote(invoice(), [], []))).toEqual([['REQUIRED', 'lines']]);
  });

  it('never credits more than is left on the invoice, nor more than is still due after payments', () => {
    expect(codes(planCreditNote(invoice(), [], [{ description: 'Too much', amount: '347.22' }]))).toEqual([['EXCEEDS_AMOUNT_DUE', 'lines']]);
    expect(codes(planCreditNote(invoice({ paid: '300.00' }), [], [{ invoiceLineId: 'a', quantity: 1 }]))).toEqual([['EXCEEDS_AMOUNT_DUE', 'lines']]);
    expect(planCreditNote(invoice({ paid: '300.00' }), [], [{ invoiceLineId: 'b' }])).toMatchObject({ total: '11.21' });
    expect(codes(planCreditNote(invoice({ paid: '1.00' }), [], null))).toEqual([['EXCEEDS_AMOUNT_DUE', 'lines']]);
  });

  it('a full reversal after earlier credits credits the remainder in one line', () => {
    const first = planCreditNote(invoice(), [], [{ invoiceLineId: 'a', quantity: 1 }]);
    const plan = planCreditNote(invoice({ credited: '112.00' }), 'lines' in first ? first.lines : [], null);
    expect(plan).toMatchObject({ subtotal: '210.01', tax: '25.20', total: '235.21' });
    expect(codes(planCreditNote(invoice({ credited: '347.21' }), [], null))).toEqual([['INVALID', 'invoiceId']]);
  });
});
