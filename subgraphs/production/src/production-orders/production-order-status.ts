import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/** Lifecycle of a production order. */
export enum ProductionOrderStatus {
  PLANNED = 'PLANNED',
  RELEASED = 'RELEASED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ProductionOrderStatus, {
  name: 'ProductionOrderStatus',
  description: 'Where a production order is: PLANNED → RELEASED → IN_PROGRESS → COMPLETED; CANCELLED from any state before COMPLETED.',
  valuesConfig: {
    PLANNED: { description: 'Created; nothing is reserved yet.' },
    RELEASED: { description: "Released to the shop floor: the active bill of materials is snapshotted and its components are reserved." },
    IN_PROGRESS: { description: 'Work has started.' },
    COMPLETED: { description: 'Finished: components were consumed and the output received into the warehouse. Final.' },
    CANCELLED: { description: 'Abandoned; reserved components are released. Final.' },
  },
});

/** The production order state machine; anything not listed is an illegal transition. */
export const PRODUCTION_ORDER_TRANSITIONS: Readonly<Record<ProductionOrderStatus, readonly ProductionOrderStatus[]>> = {
  [ProductionOrderStatus.PLANNED]: [ProductionOrderStatus.RELEASED, ProductionOrderStatus.CANCELLED],
  [ProductionOrderStatus.RELEASED]: [ProductionOrderStatus.IN_PROGRESS, ProductionOrderStatus.CANCELLED],
  [ProductionOrderStatus.IN_PROGRESS]: [ProductionOrderStatus.COMPLETED, ProductionOrderStatus.CANCELLED],
  [ProductionOrderStatus.COMPLETED]: [],
  [ProductionOrderStatus.CANCELLED]: [],
};

export const canMoveProductionOrder = canMove(PRODUCTION_ORDER_TRANSITIONS);
