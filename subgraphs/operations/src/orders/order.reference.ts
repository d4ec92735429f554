import { entityReference, type EntityReference } from '@prometric/core';

/**
 * An order as operations knows it: only the id, extended with its reservations. Sales owns the
 * order and resolves every other field, so `order { number reservations { quantity } }` spans both
 * subgraphs. Operations cannot check that an order id exists: an unknown id has no reservations.
 */
export const { type: OrderReference, of: orderReference } = entityReference('Order', 'A sales order: what a customer bought, at what price, and where it is.');
export type OrderReference = EntityReference;
