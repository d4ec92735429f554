import { parseDate, parseMonth, workingDays, workingDaysWithin } from './working-days';

const d = (s: string) => parseDate(s)!;

describe('working days', () => {
  it('counts Monday to Friday, both ends included', () => {
    expect(workingDays(d('2026-03-02'), d('2026-03-06'))).toBe(5); // Mon–Fri
    expect(workingDays(d('2026-03-06'), d('2026-03-09'))).toBe(2); // Fri, (Sat, Sun), Mon
    expect(workingDays(d('2026-03-07'), d('2026-03-08'))).toBe(0); // a weekend
    expect(workingDays(d('2026-03-09'), d('2026-03-06'))).toBe(0);
  });

  it('knows the months payroll uses', () => {
    const march = parseMonth('2026-03')!;
    expect(workingDays(march.first, march.last)).toBe(22); // 1 March 2026 is a Sunday
    const feb = parseMonth('2026-02')!;
    expect(feb.last.toISOString().slice(0, 10)).toBe('2026-02-28');
    expect(workingDays(feb.first, feb.last)).toBe(20);
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseDate('2026-02-30')).toBeNull();
  });

  it('clips a leave to a month', () => {
    const march = parseMonth('2026-03')!;
    // 26 Feb (Thu) – 3 Mar (Tue): only Mon 2 and Tue 3 March are in March.
    expect(workingDaysWithin(d('2026-02-26'), d('2026-03-03'), march.first, march.last)).toBe(2);
    expect(workingDaysWithin(d('2026-04-01'), d('2026-04-03'), march.first, march.last)).toBe(0);
  });
});
