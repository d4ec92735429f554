import { PriceListScope, discountedUnitPrice, priceListPrice, roundTo, type PriceListRule } from './price-engine';

const list = (over: Partial<PriceListRule> & Pick<PriceListRule, 'items'>): PriceListRule => ({ id: 'l', name: 'List', scope: PriceListScope.GENERAL, priority: 0, validFrom: null, roundTo: '0.01', ...over });
const item = (productId: string, minQuantity: number, unitPrice: string | null, percentOff: string | null = null) => ({ productId, minQuantity, unitPrice, percentOff });

describe('price engine', () => {
  it('rounds half-up to an increment', () => {
    expect(roundTo('12.345', '0.01')).toBe('12.35');
    expect(roundTo('12.325', '0.05')).toBe('12.35');
    expect(roundTo('12.32', '0.05')).toBe('12.30');
    expect(roundTo('12.50', '1')).toBe('13.00');
  });

  it('picks the customer list over the group list over the general one, then priority, then the later start', () => {
    const general = list({ id: 'g', items: [item('p', 1, '90.00')] });
    const group = list({ id: 'gr', scope: PriceListScope.GROUP, items: [item('p', 1, '85.00')] });
    const customer = list({ id: 'c', scope: PriceListScope.CUSTOMER, items: [item('p', 1, '80.00')] });
    expect(priceListPrice([general, group, customer], 'p', 1, '100.00')!.unitPrice).toBe('80.00');
    expect(priceListPrice([general, group], 'p', 1, '100.00')!.unitPrice).toBe('85.00');
    const urgent = list({ id: 'u', priority: 5, items: [item('p', 1, '88.00')] });
    expect(priceListPrice([general, urgent], 'p', 1, '100.00')!.list.id).toBe('u');
    const newer = list({ id: 'n', validFrom: '2026-12-01', items: [item('p', 1, '87.00')] });
    expect(priceListPrice([general, newer], 'p', 1, '100.00')!.unitPrice).toBe('87.00');
    // A more specific list that does not price the product gives way.
    expect(priceListPrice([customer, general], 'q', 1, '100.00')).toBeNull();
  });

  it('takes the largest quantity break not above the quantity, and a percentage off rounded by the list', () => {
    const breaks = list({ roundTo: '0.05', items: [item('p', 1, null, '0'), item('p', 10, null, '7.5'), item('p', 100, '80.00')] });
    expect(priceListPrice([breaks], 'p', 9, '19.99')!.unitPrice).toBe('20.00'); // 19.99 rounded to 0.05
    expect(priceListPrice([breaks], 'p', 10, '19.99')!.unitPrice).toBe('18.50'); // 19.99 × 0.925 = 18.49075 → 18.50
    expect(priceListPrice([breaks], 'p', 250, '19.99')!.unitPrice).toBe('80.00');
  });

  it('applies the line discount, then the order percentage, rounding once; refuses a negative price', () => {
    // 33.33 − 10 % = 29.997, − 5 % = 28.49715 → 28.50
    expect(discountedUnitPrice('33.33', { percent: '10' }, '5')).toBe('28.50');
    expect(discountedUnitPrice('20.00', { amountPerUnit: '2.50' }, null)).toBe('17.50');
    expect(discountedUnitPrice('20.00', { amountPerUnit: '20.01' }, null)).toBeNull();
    expect(discountedUnitPrice('20.00', {}, '100')).toBe('0.00');
  });
});
