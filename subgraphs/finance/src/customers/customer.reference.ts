import { entityReference, type EntityReference } from '@prometric/core';

/**
 * A customer as finance knows it: only the id, extended with its invoices and balance. Sales owns
 * the customer and resolves every other field.
 */
export const { type: CustomerReference, of: customerReference } = entityReference('Customer', 'Someone the workspace sells to.');
export type CustomerReference = EntityReference;
