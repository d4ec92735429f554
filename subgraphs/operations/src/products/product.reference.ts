import { entityReference, type EntityReference } from '@prometric/core';

/**
 * A product as operations knows it: only the id, extended with its stock. Sales owns the product
 * and resolves every other field, so `product { sku stock { onHand } }` spans both subgraphs.
 * Operations cannot check that a product id exists (it never reads sales' tables): stock of an
 * unknown id is simply zero.
 */
export const { type: ProductReference, of: productReference } = entityReference('Product', 'Something the workspace sells or makes.');
export type ProductReference = EntityReference;
