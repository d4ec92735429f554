import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import Decimal from 'decimal.js';
import { BadUserInputError } from '../errors';
import { MAX_YEAR, MIN_YEAR } from './date';

const DECIMAL_PATTERN = /^-?\d{1,18}(\.\d{1,6})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value.trim())) {
    throw new BadUserInputError('Decimal must be a string such as "1250.00" (up to 18 integer and 6 fractional digits)');
  }
  return new Decimal(value.trim()).toString();
}

/**
 * Exact decimal number, a string on the wire ("1250.00") and `numeric` in Postgres. Never a float:
 * a JSON number is refused so that no client ever rounds money through a double.
 */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1250.00". Never a float.',
  serialize(value) {
    if (value instanceof Decimal) return value.toFixed();
    if (typeof value === 'string') return value;
    throw new TypeError('Decimal cannot serialize a non-decimal value');
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('Decimal literals must be strings, e.g. "1250.00"');
    return parseDecimal(ast.value);
  },
});

function inBusinessYears(moment: Date): Date {
  const year = moment.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) throw new BadUserInputError(`A DateTime lies between the years ${MIN_YEAR} and ${MAX_YEAR}`);
  return moment;
}

/**
 * ISO 8601 date-time (graphql-scalars' DateTime), limited to the years a Date may have: year 0000
 * or 9999 in a business record is a typing mistake, and the database refuses some of them.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: `${DateTimeResolver.description ?? 'A date-time string at UTC, RFC 3339.'} Years ${MIN_YEAR}–${MAX_YEAR}.`,
  parseValue: (value) => inBusinessYears(DateTimeResolver.parseValue(value)),
  parseLiteral: (ast, variables) => inBusinessYears(DateTimeResolver.parseLiteral(ast, variables)),
});
/** Arbitrary JSON (custom fields, metadata). */
export const JSONScalar = JSONResolver;
