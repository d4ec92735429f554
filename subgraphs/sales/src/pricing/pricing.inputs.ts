import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, DateScalar, DecimalScalar, ListFilter, Money, UserError, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Product } from '../products/product.entity';
import { PriceList } from './price-list.entity';
import { PricingStrategy } from './price-engine';

registerEnumType(PricingStrategy, {
  name: 'PricingStrategy',
  description: 'How a line was priced, in order of precedence.',
  valuesConfig: {
    NEGOTIATED: { description: 'A unit price typed on the line.' },
    PRICE_LIST: { description: "The best applicable price list: the customer's own, else their group's, else everyone's; then priority; then the quantity break." },
    LIST_PRICE: { description: "The product's own price." },
  },
});

@InputType({ description: "One product's price in a new price list, from a minimum quantity on: exactly one of unitPrice and percentOff." })
export class PriceListItemInput {
  @Field(() => ID, { description: 'Product id.' })
  productId!: string;

  @Field(() => Int, { nullable: true, description: 'The price applies from this many units on (1 when omitted).' })
  minQuantity?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'A fixed unit price, net of tax.' })
  unitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "A percentage off the product's price, 0 to 100." })
  percentOff?: string | null;
}

@InputType({ description: 'A new price list: for one customer, one customer group, or (neither given) everyone.' })
export class CreatePriceListInput {
  @Field(() => String, { description: 'Name (1 to 200 characters).' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The customer it is for.' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The customer group it is for (see Customer.group).' })
  customerGroup?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day it applies (UTC).' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it applies (UTC, included).' })
  validTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Among lists of the same reach, the higher priority wins (0 when omitted).' })
  priority?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Rounding increment of prices computed as a percentage off (0.01 when omitted; e.g. 0.05 or 1.00).' })
  roundTo?: string | null;

  @Field(() => [PriceListItemInput], { description: 'Its prices, 1 to 500.' })
  items!: PriceListItemInput[];
}

@ObjectType({ description: 'Result of a price list mutation.' })
export class PriceListPayload {
  @Field(() => PriceList, { nullable: true, description: 'The price list.' })
  priceList?: PriceList | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a price list list.' })
export class PriceListFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: "Only this customer's lists." })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: "Only this group's lists." })
  customerGroup?: string | null;
}

export const PriceListConnection = ConnectionType(PriceList, 'PriceList', 'A page of price lists.');
export const PriceListOrderBy = orderByInput('PriceList', { ...TIMESTAMP_SORT_FIELDS, NAME: 'name', PRIORITY: 'priority' }, 'price list');
export const PriceListsArgs = listArgs(PriceListFilter, PriceListOrderBy, 'by name');

@InputType({ description: 'A line to price: a negotiated unit price wins over price lists; then the line discount applies.' })
export class QuoteLineInput {
  @Field(() => ID, { description: 'Product id.' })
  productId!: string;

  @Field(() => Int, { description: 'Units, at least 1.' })
  quantity!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'A negotiated unit price net of tax (strategy NEGOTIATED).' })
  unitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent off this line’s unit price, 0 to 100.' })
  discountPercent?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'An amount off each unit, after the percentage; refused when it would make the price negative.' })
  discountAmount?: string | null;
}

@InputType({ description: 'What to price: the same lines and discounts createOrder and createDeal take.' })
export class QuoteInput {
  @Field(() => ID, { description: 'Customer id: selects their price lists.' })
  customerId!: string;

  @Field(() => [QuoteLineInput], { description: 'At least one line.' })
  lines!: QuoteLineInput[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent off every line, after each line’s own discount.' })
  discountPercent?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day (UTC) price lists must be valid on; today when omitted.' })
  date?: string | null;
}

@ObjectType({ description: 'A priced line of a quote.' })
export class QuoteLine {
  @Field(() => Product, { nullable: true, description: 'The product. Needs products:read.' })
  product!: Product;

  @Field(() => Int, { description: 'Units.' })
  quantity!: number;

  @Field(() => Money, { description: "The product's own price." })
  listPrice!: Money;

  @Field(() => Money, { description: 'The unit price charged, after price list and discounts, net of tax.' })
  unitPrice!: Money;

  @Field(() => PricingStrategy, { description: 'Where the unit price came from.' })
  strategy!: PricingStrategy;

  @Field(() => PriceList, { nullable: true, description: 'The price list applied (strategy PRICE_LIST).' })
  priceList!: PriceList | null;

  @Field(() => Money, { description: 'Quantity × unit price.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'Tax of the line, rounded half-up to cents.' })
  tax!: Money;

  @Field(() => Money, { description: 'Subtotal plus tax.' })
  total!: Money;
}

@ObjectType({ description: 'Priced lines and totals, exactly as an order created from the same input would be; nothing is stored.' })
export class Quote {
  @Field(() => [QuoteLine], { description: 'The lines, in the order given.' })
  lines!: QuoteLine[];

  @Field(() => Money, { description: 'Sum of the lines, net of tax.' })
  subtotal!: Money;

  @Field(() => Money, { description: 'Sum of the lines’ taxes.' })
  tax!: Money;

  @Field(() => Money, { description: 'Subtotal plus tax.' })
  total!: Money;
}

@ObjectType({ description: 'Result of quote.' })
export class QuotePayload {
  @Field(() => Quote, { nullable: true, description: 'The priced lines.' })
  quote?: Quote | null;

  @Field(() => [UserError], { description: 'Why the lines could not be priced; empty on success.' })
  errors!: UserError[];
}
