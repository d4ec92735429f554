import { Kind } from 'graphql';
import { DateScalar, isCalendarDate } from './date';

describe('the Date scalar', () => {
  it('accepts real calendar dates between 1900 and 2200', () => {
    for (const d of ['2026-12-31', '2024-02-29', '1900-01-01', '2200-12-31']) expect([d, isCalendarDate(d)]).toEqual([d, true]);
  });

  it('refuses impossible days, other shapes and years out of range', () => {
    for (const d of ['2026-02-30', '2025-02-29', '2026-13-01', '0000-01-01', '1899-12-31', '2201-01-01', '2026-1-5', '2026-12-31T00:00:00Z', '', 20261231]) {
      expect([d, isCalendarDate(d)]).toEqual([d, false]);
    }
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow('calendar date');
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20261231' })).toThrow('strings');
  });

  it('writes a Date as its UTC day and a date string as it is', () => {
    expect(DateScalar.serialize(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(DateScalar.serialize('2027-01-31')).toBe('2027-01-31');
  });
});
