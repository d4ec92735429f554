import { priceLine, totalsOf } from './pricing';

describe('pricing', () => {
  it('rounds tax per line, half-up, to cents', () => {
    // 3 × 33.33 = 99.99; 99.99 × 0.12 = 11.9988 → 12.00
    expect(priceLine(3, '33.33', '0.12')).toEqual({ net: '99.99', tax: '12.00' });
    // 1 × 0.05 × 0.1 = 0.005 → 0.01 (half-up, not banker's rounding)
    expect(priceLine(1, '0.05', '0.1')).toEqual({ net: '0.05', tax: '0.01' });
  });

  it('never goes through floats: 0.1 + 0.2 stays 0.30', () => {
    const t = totalsOf([priceLine(1, '0.10', '0'), priceLine(1, '0.20', '0')]);
    expect(t).toEqual({ subtotal: '0.30', tax: '0.00', total: '0.30' });
  });

  it('sums rounded line taxes rather than taxing the subtotal', () => {
    const lines = [priceLine(1, '0.05', '0.1'), priceLine(1, '0.05', '0.1')];
    // per line 0.005 → 0.01 each, so 0.02; taxing the 0.10 subtotal would give 0.01
    expect(totalsOf(lines)).toEqual({ subtotal: '0.10', tax: '0.02', total: '0.12' });
  });

  it('handles large amounts exactly', () => {
    expect(priceLine(1000000, '999999999.99', '0.2').net).toBe('999999999990000.00');
  });
});
