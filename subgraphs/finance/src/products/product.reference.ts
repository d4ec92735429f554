import { entityReference } from '@prometric/core';

/** A product as finance knows it: only the id of what an invoice line bills. Sales resolves the rest. */
export const productReference = entityReference('Product', 'Something the workspace sells or makes.', { resolvable: false });
