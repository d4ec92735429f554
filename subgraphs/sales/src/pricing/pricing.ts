import { Decimal, UserErrorCode, isUuid, toMoneyString, userError, type UserError } from '@prometric/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../products/product.entity';
import type { Customer } from '../customers/customer.entity';
import { PricingStrategy, discountedUnitPrice, priceListPrice, type PriceListRule } from './price-engine';
import { applicablePriceLists } from './price-lists';

/** A requested line: a product, a quantity, optionally a negotiated unit price and the line's discount. */
export interface LineRequest {
  productId: string;
  quantity: number;
  unitPrice?: string | null;
  /** Percent off the line's unit price (0 to 100). */
  discountPercent?: string | null;
  /** An amount off each unit, after the percentage. */
  discountAmount?: string | null;
}

/** A line priced from its product. Amounts are decimal strings with two decimals. */
export interface PricedLine {
  product: Product;
  quantity: number;
  /** The unit price charged: after price list, line discount and order discount. */
  unitPrice: string;
  taxRate: string;
  net: string;
  tax: string;
  /** The product's own price, for comparison. */
  listPrice?: string;
  strategy?: PricingStrategy;
  priceList?: PriceListRule | null;
}

/** Who is priced for, and the order's own discount. */
export interface PricingContext {
  customer: Customer;
  /** Percent off every line, after each line's own discount. */
  discountPercent?: string | null;
  /** The day (UTC, YYYY-MM-DD) price lists must be valid on; today when omitted. */
  day?: string | null;
}

export interface Totals {
  subtotal: string;
  tax: string;
  total: string;
}

export const MAX_LINES = 200;
export const MAX_QUANTITY = 1_000_000;

/** Net = quantity × unit price; tax = net × rate, each rounded half-up to cents per line. */
export function priceLine(quantity: number, unitPrice: string, taxRate: string): { net: string; tax: string } {
  const net = new Decimal(unitPrice).times(quantity);
  return { net: toMoneyString(net), tax: toMoneyString(new Decimal(toMoneyString(net)).times(taxRate)) };
}

/** Subtotal, tax and total of priced lines; the total is exactly subtotal + tax. */
export function totalsOf(lines: Pick<PricedLine, 'net' | 'tax'>[]): Totals {
  const subtotal = lines.reduce((acc, l) => acc.plus(l.net), new Decimal(0));
  const tax = lines.reduce((acc, l) => acc.plus(l.tax), new Decimal(0));
  return { subtotal: toMoneyString(subtotal), tax: toMoneyString(tax), total: toMoneyString(subtotal.plus(tax)) };
}

/** The errors of a discount percentage or amount, at `path`. */
export function discountErrors(percent: string | null | undefined, amount: string | null | undefined, path: string[]): UserError[] {
  const errors: UserError[] = [];
  if (percent != null && (new Decimal(percent).isNegative() || new Decimal(percent).greaterThan(100))) {
    errors.push(userError(UserErrorCode.INVALID, 'A discount percentage is from 0 to 100', [...path, 'discountPercent']));
  }
  if (amount != null && new Decimal(amount).isNegative()) errors.push(userError(UserErrorCode.INVALID, 'A discount amount cannot be negative', [...path, 'discountAmount']));
  return errors;
}

/**
 * Validates requested lines and prices them from the workspace's products (the tenant filter hides
 * other workspaces' products, so their ids are simply not found). With a pricing context, each unit
 * price follows the precedence: a negotiated price typed on the line, else the best applicable price
 * list (customer, then group, then everyone; priority; quantity breaks), else the product's price;
 * then the line's discount and the order's percentage. Errors carry the field path.
 */
export async function priceLines(em: EntityManager, requests: LineRequest[], field = 'lines', pricing?: PricingContext): Promise<{ lines: PricedLine[] } | { errors: UserError[] }> {
  const errors: UserError[] = [];
  if (requests.length === 0) errors.push(userError(UserErrorCode.REQUIRED, 'At least one line is required', [field]));
  if (requests.length > MAX_LINES) errors.push(userError(UserErrorCode.INVALID, `At most ${MAX_LINES} lines`, [field]));
  errors.push(...discountErrors(pricing?.discountPercent, null, []));
  const ids = [...new Set(requests.map((r) => r.productId))];
  const products = ids.length ? await em.find(Product, { id: { $in: ids.filter(isUuid) } }) : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const lists = pricing ? await applicablePriceLists(em, pricing.customer, pricing.day ?? new Date().toISOString().slice(0, 10)) : [];
  const lines: PricedLine[] = [];
  requests.forEach((request, i) => {
    const path = [field, String(i)];
    const product = byId.get(request.productId);
    if (!product) errors.push(userError(UserErrorCode.NOT_FOUND, 'Product not found', [...path, 'productId']));
    if (!Number.isInteger(request.quantity) || request.quantity <= 0 || request.quantity > MAX_QUANTITY) {
      errors.push(userError(UserErrorCode.INVALID, `Quantity must be a whole number from 1 to ${MAX_QUANTITY}`, [...path, 'quantity']));
    }
    if (request.unitPrice != null && new Decimal(request.unitPrice).isNegative()) {
      errors.push(userError(UserErrorCode.INVALID, 'Unit price cannot be negative', [...path, 'unitPrice']));
    }
    errors.push(...discountErrors(request.discountPercent, request.discountAmount, path));
    if (!product || errors.length) return;
    const listed = request.unitPrice == null ? priceListPrice(lists, product.id, request.quantity, product.priceAmount) : null;
    const strategy = request.unitPrice != null ? PricingStrategy.NEGOTIATED : listed ? PricingStrategy.PRICE_LIST : PricingStrategy.LIST_PRICE;
    const before = toMoneyString(request.unitPrice ?? listed?.unitPrice ?? product.priceAmount);
    const unitPrice = discountedUnitPrice(before, { percent: request.discountPercent, amountPerUnit: request.discountAmount }, pricing?.discountPercent);
    if (unitPrice === null) {
      errors.push(userError(UserErrorCode.INVALID, 'The discount would make the unit price negative', [...path, 'discountAmount']));
      return;
    }
    lines.push({
      product,
      quantity: request.quantity,
      unitPrice,
      taxRate: product.taxRate,
      ...priceLine(request.quantity, unitPrice, product.taxRate),
      listPrice: toMoneyString(product.priceAmount),
      strategy,
      priceList: listed?.list ?? null,
    });
  });
  return errors.length ? { errors } : { lines };
}
