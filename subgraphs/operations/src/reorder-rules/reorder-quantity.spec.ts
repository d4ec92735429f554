import { reorderQuantity } from './reorder-quantity';

describe('reorder quantity', () => {
  const rule = { min: 10, max: 50, multiple: 12 };

  it('orders the smallest multiple that lifts available + open to max (min 10, max 50, multiple 12, available 4 → 48)', () => {
    expect(reorderQuantity({ ...rule, available: 4, open: 0 })).toBe(48);
    // 46 missing: 3 × 12 = 36 is short, 4 × 12 = 48 is enough.
    expect(reorderQuantity({ ...rule, available: 0, open: 0 })).toBe(60);
    expect(reorderQuantity({ ...rule, available: 9, open: 0 })).toBe(48);
    expect(reorderQuantity({ ...rule, available: -3, open: 0 })).toBe(60);
  });

  it('orders nothing at or above min, or when open purchase orders already lift it to min', () => {
    expect(reorderQuantity({ ...rule, available: 10, open: 0 })).toBe(0);
    expect(reorderQuantity({ ...rule, available: 4, open: 6 })).toBe(0);
    expect(reorderQuantity({ ...rule, available: 4, open: 48 })).toBe(0);
  });

  it('counts open quantity that does not reach min', () => {
    expect(reorderQuantity({ ...rule, available: 4, open: 5 })).toBe(48);
    expect(reorderQuantity({ min: 10, max: 50, multiple: 1, available: 4, open: 5 })).toBe(41);
  });

  it('is idempotent: after drafting, a second check orders nothing', () => {
    const first = reorderQuantity({ ...rule, available: 4, open: 0 });
    expect(reorderQuantity({ ...rule, available: 4, open: first })).toBe(0);
  });
});
