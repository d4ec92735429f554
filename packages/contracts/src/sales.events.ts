import { z } from 'zod';
import { defineEvent } from './event-contract';
import { currency, decimal, id, nullableId, quantity } from './fields';

export const ORDER_STATUSES = ['DRAFT', 'CONFIRMED', 'IN_PRODUCTION', 'READY', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;
const orderStatus = z.enum(ORDER_STATUSES);

/** One line of an order, as every order event carries it. */
export const orderLinePayload = z.object({ id, productId: id, quantity, unitPrice: decimal, taxRate: decimal });

/** The whole order, so a consumer never reads back from sales. */
export const orderPayload = z.object({
  id,
  number: z.string(),
  status: orderStatus,
  /** The status before this change; null on creation. */
  previousStatus: orderStatus.nullable(),
  currency,
  subtotal: decimal,
  tax: decimal,
  total: decimal,
  customerId: id,
  dealId: nullableId,
  lines: z.array(orderLinePayload),
});

export const DealWon = defineEvent('deal.won', {
  version: 1,
  aggregateType: 'Deal',
  producer: 'sales',
  description: 'A deal was won; its order is created in the same transaction (see order.created).',
  payload: z.object({ id, title: z.string(), customerId: id, orderId: id, value: decimal, currency }),
});

export const OrderCreated = defineEvent('order.created', {
  version: 1,
  aggregateType: 'Order',
  producer: 'sales',
  description: 'An order was created (a won deal, or createOrder). A CONFIRMED one starts the order-to-cash saga.',
  payload: orderPayload,
});

export const OrderUpdated = defineEvent('order.updated', {
  version: 1,
  aggregateType: 'Order',
  producer: 'sales',
  description: 'Any change of an order (status, notes, lines); `previousStatus` tells a status change apart.',
  payload: orderPayload,
});
