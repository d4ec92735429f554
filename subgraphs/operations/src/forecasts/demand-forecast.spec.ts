import { HISTORY_DAYS, daysUntilStockout, forecastDemand } from './demand-forecast';

describe('demand forecast', () => {
  it('a steady 10 a day forecasts 10 a day, and 100 available runs out on the tenth day', () => {
    const forecast = forecastDemand(new Array(28).fill(10));
    expect(forecast.daily[0]).toBeCloseTo(10, 5);
    expect(forecast.confidence).toBeCloseTo(0.5, 2);
    expect(daysUntilStockout(100, forecast.daily)).toBe(10);
    expect(daysUntilStockout(99, forecast.daily)).toBe(10);
    expect(daysUntilStockout(101, forecast.daily)).toBe(11);
  });

  it('follows a weekly pattern: nothing on weekends, 14 on weekdays', () => {
    // Eight weeks starting on a Monday; yesterday was a Sunday, so tomorrow is a Tuesday.
    const week = [14, 14, 14, 14, 14, 0, 0];
    const forecast = forecastDemand(Array.from({ length: HISTORY_DAYS }, (_, t) => week[t % 7]));
    expect(forecast.daily[0]).toBeGreaterThan(12);
    expect(forecast.daily[5]).toBeLessThan(2);
    expect(forecast.confidence).toBeGreaterThan(0.8);
  });

  it('no demand: never runs out, and nothing available: out today', () => {
    expect(forecastDemand(new Array(56).fill(0))).toMatchObject({ confidence: 0 });
    expect(daysUntilStockout(5, forecastDemand(new Array(56).fill(0)).daily)).toBeNull();
    // Leading days without issues are not history: 28 steady days after 28 empty ones are half the window.
    expect(forecastDemand([...new Array(28).fill(0), ...new Array(28).fill(10)])).toMatchObject({ confidence: 0.5 });
    expect(daysUntilStockout(0, forecastDemand([3, 4]).daily)).toBe(0);
    expect(forecastDemand([]).confidence).toBe(0);
  });
});
