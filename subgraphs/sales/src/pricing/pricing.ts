import { Decimal, UserErrorCode, isUuid, toMoneyString, userError, type UserError } from '@prometric/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../products/product.entity';

/** A requested line: a product, a quantity and optionally a negotiated unit price. */
export interface LineRequest {
  productId: string;
  quantity: number;
  unitPrice?: string | null;
}

/** A line priced from its product. Amounts are decimal strings with two decimals. */
export interface PricedLine {
  product: Product;
  quantity: number;
  unitPrice: string;
  taxRate: string;
  net: string;
  tax: string;
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

/**
 * Validates requested lines and prices them from the workspace's products (the tenant filter hides
 * other workspaces' products, so their ids are simply not found). Errors carry the field path.
 */
export async function priceLines(em: EntityManager, requests: LineRequest[], field = 'lines'): Promise<{ lines: PricedLine[] } | { errors: UserError[] }> {
  const errors: UserError[] = [];
  if (requests.length === 0) errors.push(userError(UserErrorCode.REQUIRED, 'At least one line is required', [field]));
  if (requests.length > MAX_LINES) errors.push(userError(UserErrorCode.INVALID, `At most ${MAX_LINES} lines`, [field]));
  const ids = [...new Set(requests.map((r) => r.productId))];
  const products = ids.length ? await em.find(Product, { id: { $in: ids.filter(isUuid) } }) : [];
  const byId = new Map(products.map((p) => [p.id, p]));
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
    if (!product || errors.length) return;
    const unitPrice = toMoneyString(request.unitPrice ?? product.priceAmount);
    lines.push({ product, quantity: request.quantity, unitPrice, taxRate: product.taxRate, ...priceLine(request.quantity, unitPrice, product.taxRate) });
  });
  return errors.length ? { errors } : { lines };
}
