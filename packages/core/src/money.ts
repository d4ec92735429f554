import Decimal from 'decimal.js';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from './graphql/scalars';
import { CurrencyCode } from './currency';

Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** An amount with its currency. Amounts are decimal strings; never floats. */
@Directive('@shareable')
@ObjectType({ description: 'An amount of money in one currency.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'The amount, e.g. "1250.00".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code, e.g. "USD".' })
  currency!: string;

  @Field(() => CurrencyCode, { description: 'The currency as an enum value (the same code as `currency`).' })
  get currencyCode(): string {
    return this.currency;
  }
}

/** Builds a `Money`, normalising the amount to two decimals. */
export function money(amount: Decimal.Value, currency: string): Money {
  return Object.assign(new Money(), { amount: toMoneyString(amount), currency });
}

const CENTS = /^-?(0|[1-9]\d*)\.\d{2}$/;

/** Rounds half-up to cents and renders as a string ("12.30"). */
export function toMoneyString(amount: Decimal.Value): string {
  // What a numeric(…, 2) column reads as is already its answer (most calls: every price on a page).
  if (typeof amount === 'string' && CENTS.test(amount) && amount !== '-0.00') return amount;
  return new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** Sum of decimal strings, exactly. */
export function sum(values: Decimal.Value[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}

export { Decimal };
