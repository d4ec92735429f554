import { entityReference, type EntityReference } from '@prometric/core';

/**
 * A product as production knows it: only the id, extended with its active bill of materials. Sales
 * owns the product and resolves every other field. Production cannot check that a product id exists
 * (it never reads sales' tables): an unknown id simply has no bill.
 */
export const { type: ProductReference, of: productReference } = entityReference('Product', 'Something the workspace sells or makes.');
export type ProductReference = EntityReference;
