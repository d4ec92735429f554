import { defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of a bill of materials version. */
export const BillOfMaterialsStatus = defineEnum('BillOfMaterialsStatus', 'DRAFT (created, not in use) → ACTIVE (the one production uses; one per product) → ARCHIVED (replaced by a newer active version).', {
  DRAFT: 'Created without activating; production does not use it.',
  ACTIVE: "The product's bill in use: releasing a production order snapshots it. At most one per product.",
  ARCHIVED: 'Was active, replaced by another version. Can be activated again.',
});
export type BillOfMaterialsStatus = EnumValue<typeof BillOfMaterialsStatus>;

