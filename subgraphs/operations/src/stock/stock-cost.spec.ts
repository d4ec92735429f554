import { moveAverage } from './stock.service';

describe('moveAverage (weighted average cost of a level)', () => {
  it('a receipt moves the average: 10 at 4.00 then 10 at 6.00 → 5.0000', () => {
    const first = moveAverage(0, '0', 10, '4.00');
    expect(first).toEqual({ unitCost: '4.0000', average: '4.0000' });
    expect(moveAverage(10, first.average, 10, '6.00')).toEqual({ unitCost: '6.0000', average: '5.0000' });
  });

  it('units going out leave at the average, which stays', () => {
    expect(moveAverage(20, '5.0000', -5, null)).toEqual({ unitCost: '5.0000', average: '5.0000' });
    // A cost given for units going out is ignored: they leave at the average.
    expect(moveAverage(20, '5.0000', -5, '9.00')).toEqual({ unitCost: '5.0000', average: '5.0000' });
  });

  it('units coming in without a cost come in at the average (0 for a level that never had one)', () => {
    expect(moveAverage(3, '2.5000', 7, null)).toEqual({ unitCost: '2.5000', average: '2.5000' });
    expect(moveAverage(0, '0', 3, undefined)).toEqual({ unitCost: '0.0000', average: '0.0000' });
  });

  it('rounds the average half-up to 4 decimals: 1 at 1.00 + 2 at 2.00 → 1.6667', () => {
    expect(moveAverage(1, '1.0000', 2, '2.00').average).toBe('1.6667');
  });
});
