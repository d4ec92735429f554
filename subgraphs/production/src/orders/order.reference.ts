import { entityReference, type EntityReference } from '@prometric/core';

/**
 * An order as production knows it: only the id, extended with its production orders. Sales owns the
 * order and resolves every other field. An unknown id has no production orders.
 */
export const { type: OrderReference, of: orderReference } = entityReference('Order', 'A sales order: what a customer bought, at what price, and where it is.');
export type OrderReference = EntityReference;
