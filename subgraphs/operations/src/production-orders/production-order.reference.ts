import { entityReference } from '@prometric/core';

/**
 * A production order as operations knows it: only the id of the order a component reservation is
 * for. Production owns it and resolves every other field.
 */
export const productionOrderReference = entityReference('ProductionOrder', 'An order to make units of a product: PLANNED → RELEASED → IN_PROGRESS → COMPLETED (or CANCELLED).', { resolvable: false });
