import type { EntityManager } from '@mikro-orm/postgresql';
import type { Customer } from '../customers/customer.entity';
import { PriceListScope, type PriceListRule } from './price-engine';
import { PriceList, PriceListItem } from './price-list.entity';

/** Whom a stored list is for. */
export const scopeOf = (list: Pick<PriceList, 'customer' | 'customerGroup'>): PriceListScope =>
  list.customer ? PriceListScope.CUSTOMER : list.customerGroup ? PriceListScope.GROUP : PriceListScope.GENERAL;

/**
 * The price lists that may price lines for `customer` on `day` (UTC): theirs, their group's and
 * everyone's, in the customer's currency, valid that day, with their items: two statements.
 */
export async function applicablePriceLists(em: EntityManager, customer: Customer, day: string): Promise<PriceListRule[]> {
  const lists = await em.find(PriceList, {
    currency: customer.currency,
    $and: [
      { $or: [{ customer: customer.id }, ...(customer.group ? [{ customerGroup: customer.group }] : []), { customer: null, customerGroup: null }] },
      { $or: [{ validFrom: null }, { validFrom: { $lte: day } }] },
      { $or: [{ validTo: null }, { validTo: { $gte: day } }] },
    ],
  });
  if (!lists.length) return [];
  const items = await em.find(PriceListItem, { priceList: { $in: lists.map((l) => l.id) } });
  return lists.map((list) => ({
    id: list.id,
    name: list.name,
    scope: scopeOf(list),
    priority: list.priority,
    validFrom: list.validFrom ?? null,
    roundTo: list.roundTo,
    items: items
      .filter((i) => i.priceList.id === list.id)
      .map((i) => ({ productId: i.product.id, minQuantity: i.minQuantity, unitPrice: i.unitPrice ?? null, percentOff: i.percentOff ?? null })),
  }));
}
