import { registerEnumType } from 'type-graphql';

/** Lifecycle of a bill of materials version. */
export enum BillOfMaterialsStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

registerEnumType(BillOfMaterialsStatus, {
  name: 'BillOfMaterialsStatus',
  description: 'DRAFT (created, not in use) → ACTIVE (the one production uses; one per product) → ARCHIVED (replaced by a newer active version).',
  valuesConfig: {
    DRAFT: { description: 'Created without activating; production does not use it.' },
    ACTIVE: { description: "The product's bill in use: releasing a production order snapshots it. At most one per product." },
    ARCHIVED: { description: 'Was active, replaced by another version. Can be activated again.' },
  },
});
