const DAY_MS = 86_400_000;

/** A YYYY-MM-DD day as UTC midnight, or null when it is not a real date. */
export function parseDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
}

/** A YYYY-MM month as its first and last day (UTC), or null. */
export function parseMonth(value: string): { first: Date; last: Date } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  return { first: new Date(Date.UTC(year, month, 1)), last: new Date(Date.UTC(year, month + 1, 0)) };
}

/** Working days (Monday to Friday) from `from` to `to`, both included; 0 when `to` is before `from`. Public holidays are not modelled. */
export function workingDays(from: Date, to: Date): number {
  let count = 0;
  for (let t = from.getTime(); t <= to.getTime(); t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** Working days of [from, to] that fall inside [start, end]. */
export function workingDaysWithin(from: Date, to: Date, start: Date, end: Date): number {
  const a = from > start ? from : start;
  const b = to < end ? to : end;
  return b < a ? 0 : workingDays(a, b);
}
