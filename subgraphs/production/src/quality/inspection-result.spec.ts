import { InspectionResult, resultOf, withinTolerance } from './inspection-result';

describe('inspection result from measurements', () => {
  it('passes exactly at the tolerance on either side and fails just past it', () => {
    expect(withinTolerance({ value: '10.05', target: '10.00', tolerance: '0.05' })).toBe(true);
    expect(withinTolerance({ value: '9.95', target: '10.00', tolerance: '0.05' })).toBe(true);
    expect(withinTolerance({ value: '10.050001', target: '10.00', tolerance: '0.05' })).toBe(false);
    expect(withinTolerance({ value: '9.949999', target: '10.00', tolerance: '0.05' })).toBe(false);
  });

  it('is exact where binary floating point is not (0.1 + 0.2 against 0.3)', () => {
    // 0.3 − 0.1 is 0.19999999999999998 in doubles: a float comparison would fail this boundary.
    expect(withinTolerance({ value: '0.3', target: '0.1', tolerance: '0.2' })).toBe(true);
  });

  it('is PASS only when every measurement is within tolerance', () => {
    const ok = { name: 'width', value: '20', target: '20', tolerance: '0' };
    const off = { name: 'height', value: '5.2', target: '5', tolerance: '0.1' };
    expect(resultOf([ok])).toBe(InspectionResult.PASS);
    expect(resultOf([ok, off])).toBe(InspectionResult.FAIL);
  });
});
