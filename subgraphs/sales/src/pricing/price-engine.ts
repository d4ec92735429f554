import { Decimal, toMoneyString } from '@prometric/core';

/** How a line's unit price was found (the precedence, highest first). */
export enum PricingStrategy {
  NEGOTIATED = 'NEGOTIATED',
  PRICE_LIST = 'PRICE_LIST',
  LIST_PRICE = 'LIST_PRICE',
}

/** Whom a price list is for: one customer, a customer group, or everyone. */
export enum PriceListScope {
  CUSTOMER = 'CUSTOMER',
  GROUP = 'GROUP',
  GENERAL = 'GENERAL',
}

/** A price list as the engine sees it: already narrowed to the customer, the currency and the day. */
export interface PriceListRule {
  id: string;
  name: string;
  scope: PriceListScope;
  priority: number;
  validFrom: string | null;
  /** Computed unit prices (a percentage off) are rounded half-up to a multiple of this. */
  roundTo: string;
  items: { productId: string; minQuantity: number; unitPrice: string | null; percentOff: string | null }[];
}

const SCOPE_RANK: Record<PriceListScope, number> = { CUSTOMER: 3, GROUP: 2, GENERAL: 1 };

/** `value` rounded half-up to a multiple of `increment` (0.01, 0.05, 1.00…). */
export function roundTo(value: Decimal.Value, increment: Decimal.Value): string {
  const step = new Decimal(increment);
  return toMoneyString(new Decimal(value).dividedBy(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step));
}

/**
 * The unit price of `quantity` of a product from the lists that apply: the most specific list
 * (customer over group over everyone), then the higher priority, then the later start, then the id;
 * in it, the quantity break with the largest minimum quantity not above `quantity`. Null when no list
 * prices the product at that quantity.
 */
export function priceListPrice(lists: PriceListRule[], productId: string, quantity: number, productPrice: string): { unitPrice: string; list: PriceListRule } | null {
  const ranked = [...lists].sort(
    (a, b) => SCOPE_RANK[b.scope] - SCOPE_RANK[a.scope] || b.priority - a.priority || (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || a.id.localeCompare(b.id),
  );
  for (const list of ranked) {
    const item = list.items.filter((i) => i.productId === productId && i.minQuantity <= quantity).sort((a, b) => b.minQuantity - a.minQuantity)[0];
    if (!item) continue;
    const unitPrice = item.unitPrice !== null ? toMoneyString(item.unitPrice) : roundTo(new Decimal(productPrice).times(new Decimal(100).minus(item.percentOff ?? 0)).dividedBy(100), list.roundTo);
    return { unitPrice, list };
  }
  return null;
}

/** A line's discounts: a percentage, or an amount off each unit. */
export interface LineDiscount {
  percent?: string | null;
  amountPerUnit?: string | null;
}

/**
 * The unit price after the line's discount, then the order's percentage, rounded half-up to cents
 * once at the end. Null when it would be negative (a discount larger than the price).
 */
export function discountedUnitPrice(unitPrice: string, line: LineDiscount, orderPercent: string | null | undefined): string | null {
  let price = new Decimal(unitPrice);
  if (line.percent != null) price = price.times(new Decimal(100).minus(line.percent)).dividedBy(100);
  if (line.amountPerUnit != null) price = price.minus(line.amountPerUnit);
  if (orderPercent != null) price = price.times(new Decimal(100).minus(orderPercent)).dividedBy(100);
  return price.isNegative() ? null : toMoneyString(price);
}
