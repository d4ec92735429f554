import { entityReference } from '@prometric/core';

/**
 * A warehouse as production knows it: only the id of the warehouse a production order delivers into.
 * Operations owns warehouses and resolves every other field (`resolvable: false`: production only
 * points at one).
 */
export const warehouseReference = entityReference('Warehouse', 'A place that holds stock: a warehouse, a shop floor store, a van.', { resolvable: false });
