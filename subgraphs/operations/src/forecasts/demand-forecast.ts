/** Days of issue history a forecast reads (eight weeks), and how far ahead it looks for a stockout. */
export const HISTORY_DAYS = 56;
export const HORIZON_DAYS = 365;
const SEASON = 7;

/** Smoothing of the level and of the weekday pattern (Holt-Winters, additive, no trend). */
const ALPHA = 0.3;
const GAMMA = 0.2;

export interface DemandForecast {
  /** Forecast units issued per day, for each of the next `horizon` days (tomorrow first). */
  daily: number[];
  /** 0 to 1: how much history there was and how well the smoothing followed it. */
  confidence: number;
}

/**
 * Exponential smoothing with weekly seasonality (additive Holt-Winters without trend) over daily
 * issued quantities, oldest first, the last being yesterday, from the first day anything was issued. The level starts at the first week's mean
 * and each weekday's offset at its mean distance from it; each day then moves both towards what was
 * seen. Confidence is the share of the eight weeks that had any history, times one minus the
 * one-step-ahead error relative to the mean demand.
 */
export function forecastDemand(days: number[], horizon = HORIZON_DAYS): DemandForecast {
  // History starts at the first issue: the days before it say nothing of demand (a new product).
  const first = days.findIndex((d) => d > 0);
  const series = first < 0 ? [] : days.slice(first);
  const n = series.length;
  const mean = n ? series.reduce((a, b) => a + b, 0) / n : 0;
  if (!n) return { daily: new Array<number>(horizon).fill(0), confidence: 0 };
  const firstWeek = series.slice(0, Math.min(SEASON, n));
  let level = firstWeek.reduce((a, b) => a + b, 0) / firstWeek.length;
  // Each weekday's offset from the mean; the series' day t is weekday t mod 7 of its own start.
  const season = Array.from({ length: SEASON }, (_, i) => {
    const days = series.filter((_, t) => t % SEASON === i);
    return days.length ? days.reduce((a, b) => a + b, 0) / days.length - mean : 0;
  });
  let error = 0;
  for (let t = 0; t < n; t++) {
    const s = season[t % SEASON];
    error += Math.abs(series[t] - Math.max(0, level + s));
    const previous = level;
    level = ALPHA * (series[t] - s) + (1 - ALPHA) * level;
    season[t % SEASON] = GAMMA * (series[t] - previous) + (1 - GAMMA) * s;
  }
  const daily = Array.from({ length: horizon }, (_, h) => Math.max(0, level + season[(n + h) % SEASON]));
  const fit = Math.max(0, 1 - error / n / mean);
  return { daily, confidence: Math.round(Math.min(1, n / HISTORY_DAYS) * fit * 100) / 100 };
}

/** How many days from today the stock runs out: the first day by whose end forecast demand has used up what is available; null beyond the horizon. */
export function daysUntilStockout(available: number, daily: number[]): number | null {
  if (available <= 0) return 0;
  let left = available;
  for (let day = 0; day < daily.length; day++) {
    left -= daily[day];
    if (left <= 1e-9) return day + 1;
  }
  return null;
}
