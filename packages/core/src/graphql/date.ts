import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Earliest and latest year a calendar date may have: anything outside is a typing mistake. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** True for a real calendar date `YYYY-MM-DD` between MIN_YEAR and MAX_YEAR (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function parseDate(value: unknown): string {
  if (!isCalendarDate(value)) throw new BadUserInputError(`A Date is a calendar date "YYYY-MM-DD" between ${MIN_YEAR} and ${MAX_YEAR}`);
  return value;
}

/**
 * A calendar date with no time or zone, `YYYY-MM-DD` on the wire (invoice due dates, leave days,
 * payroll months' days): unlike DateTime, it never shifts with a time zone.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: `A calendar date, "YYYY-MM-DD" (no time, no zone), years ${MIN_YEAR}–${MAX_YEAR}.`,
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && DATE.test(value)) return value;
    throw new TypeError('Date cannot serialize this value');
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('Date literals are strings, e.g. "2026-12-31"');
    return parseDate(ast.value);
  },
});
