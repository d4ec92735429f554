import {
  Decimal,
  UserErrorCode,
  isUuid,
  listPage,
  money,
  requirePrincipal,
  userError,
  withUserErrors,
  type Connection,
  type ListArgsValue,
  type Refusable,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import { Customer } from '../customers/customer.entity';
import { Product } from '../products/product.entity';
import { PriceList, PriceListItem } from './price-list.entity';
import { priceLines, totalsOf } from './pricing';
import type { CreatePriceListInput, PriceListFilter, Quote, QuoteInput } from './pricing.inputs';

const MAX_ITEMS = 500;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Price lists, and quotes priced the way orders and deals are. */
export class PricingService {
  async createPriceList(ctx: RequestContext, input: CreatePriceListInput): Promise<Refusable<{ priceList: PriceList }>> {
    const principal = requirePrincipal(ctx);
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (!name || name.length > 200) errors.push(userError(UserErrorCode.INVALID, 'A name has 1 to 200 characters', ['name']));
    if (input.customerId && input.customerGroup) errors.push(userError(UserErrorCode.INVALID, 'A list is for one customer or one group, not both', ['customerGroup']));
    if (input.validFrom && input.validTo && input.validTo < input.validFrom) errors.push(userError(UserErrorCode.INVALID, 'It cannot end before it starts', ['validTo']));
    if (input.roundTo != null && !new Decimal(input.roundTo).greaterThan(0)) errors.push(userError(UserErrorCode.INVALID, 'The rounding increment must be positive', ['roundTo']));
    if (!input.items.length || input.items.length > MAX_ITEMS) errors.push(userError(UserErrorCode.INVALID, `A list has 1 to ${MAX_ITEMS} prices`, ['items']));
    const seen = new Set<string>();
    input.items.forEach((item, i) => {
      const path = ['items', String(i)];
      const minQuantity = item.minQuantity ?? 1;
      if (!Number.isInteger(minQuantity) || minQuantity < 1) errors.push(userError(UserErrorCode.INVALID, 'The minimum quantity is a whole number from 1', [...path, 'minQuantity']));
      if ((item.unitPrice == null) === (item.percentOff == null)) errors.push(userError(UserErrorCode.INVALID, 'Give exactly one of unitPrice and percentOff', [...path, 'unitPrice']));
      if (item.unitPrice != null && new Decimal(item.unitPrice).isNegative()) errors.push(userError(UserErrorCode.INVALID, 'A price cannot be negative', [...path, 'unitPrice']));
      if (item.percentOff != null && (new Decimal(item.percentOff).isNegative() || new Decimal(item.percentOff).greaterThan(100))) {
        errors.push(userError(UserErrorCode.INVALID, 'A percentage is from 0 to 100', [...path, 'percentOff']));
      }
      const key = `${item.productId}:${minQuantity}`;
      if (seen.has(key)) errors.push(userError(UserErrorCode.CONFLICT, 'This product already has a price from this quantity in the list', [...path, 'minQuantity']));
      seen.add(key);
    });
    if (errors.length) return { errors };
    return withUserErrors(() =>
      ctx.em.transactional(async (em) => {
        const customer = input.customerId ? (isUuid(input.customerId) ? await em.findOne(Customer, input.customerId) : null) : null;
        if (input.customerId && !customer) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Customer not found', ['customerId'])] };
        const ids = [...new Set(input.items.map((i) => i.productId))];
        const products = new Map((await em.find(Product, { id: { $in: ids.filter(isUuid) } })).map((p) => [p.id, p]));
        const missing = input.items.flatMap((item, i) => (products.has(item.productId) ? [] : [userError(UserErrorCode.NOT_FOUND, 'Product not found', ['items', String(i), 'productId'])]));
        if (missing.length) return { errors: missing };
        const priceList = em.create(PriceList, {
          name,
          customer: customer ?? null,
          customerGroup: input.customerGroup?.trim() || null,
          currency: principal.currency,
          validFrom: input.validFrom ?? null,
          validTo: input.validTo ?? null,
          priority: input.priority ?? 0,
          roundTo: input.roundTo ?? '0.01',
        });
        for (const item of input.items) {
          em.create(PriceListItem, { priceList, product: products.get(item.productId)!, minQuantity: item.minQuantity ?? 1, unitPrice: item.unitPrice ?? null, percentOff: item.percentOff ?? null });
        }
        return { priceList };
      }),
    );
  }

  /** Soft delete: the list stops pricing at once; orders already priced keep their prices. */
  async deletePriceList(ctx: RequestContext, id: string): Promise<Refusable<{ priceList: PriceList }>> {
    const principal = requirePrincipal(ctx);
    return ctx.em.transactional(async (em) => {
      const priceList = isUuid(id) ? await em.findOne(PriceList, id) : null;
      if (!priceList) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Price list not found', ['id'])] };
      priceList.deletedAt = new Date();
      priceList.deletedBy = principal.userId;
      return { priceList };
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<PriceListFilter>): Promise<Connection<PriceList>> {
    const f = args.filter;
    return listPage(ctx.em, PriceList, args, {
      where: [f?.customerId ? { customer: isUuid(f.customerId) ? f.customerId : null } : null, f?.customerGroup ? { customerGroup: f.customerGroup } : null],
      defaultOrder: [{ field: 'name' }],
    });
  }

  itemsOf(ctx: RequestContext, priceList: PriceList): Promise<PriceListItem[]> {
    return ctx.em.find(PriceListItem, { priceList: priceList.id }, { orderBy: { minQuantity: 'asc', id: 'asc' }, populate: ['product'] });
  }

  /** Prices lines exactly as createOrder would, storing nothing. */
  async quote(ctx: RequestContext, input: QuoteInput): Promise<Refusable<{ quote: Quote }>> {
    const principal = requirePrincipal(ctx);
    if (input.date != null && !DAY.test(input.date)) return { errors: [userError(UserErrorCode.INVALID, 'A day is YYYY-MM-DD', ['date'])] };
    const customer = isUuid(input.customerId) ? await ctx.em.findOne(Customer, input.customerId) : null;
    if (!customer) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Customer not found', ['customerId'])] };
    const priced = await priceLines(ctx.em, input.lines, 'lines', { customer, discountPercent: input.discountPercent, day: input.date });
    if ('errors' in priced) return priced;
    const listIds = [...new Set(priced.lines.flatMap((l) => (l.priceList ? [l.priceList.id] : [])))];
    const lists = new Map((listIds.length ? await ctx.em.find(PriceList, { id: { $in: listIds } }) : []).map((l) => [l.id, l]));
    const currency = principal.currency;
    const totals = totalsOf(priced.lines);
    return {
      quote: {
        lines: priced.lines.map((l) => ({
          product: l.product,
          quantity: l.quantity,
          listPrice: money(l.listPrice ?? l.unitPrice, currency),
          unitPrice: money(l.unitPrice, currency),
          strategy: l.strategy!,
          priceList: l.priceList ? (lists.get(l.priceList.id) ?? null) : null,
          subtotal: money(l.net, currency),
          tax: money(l.tax, currency),
          total: money(new Decimal(l.net).plus(l.tax), currency),
        })),
        subtotal: money(totals.subtotal, currency),
        tax: money(totals.tax, currency),
        total: money(totals.total, currency),
      },
    };
  }
}
