import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of a production order. */
export const ProductionOrderStatus = defineEnum('ProductionOrderStatus', 'Where a production order is: PLANNED → RELEASED → IN_PROGRESS → COMPLETED; CANCELLED from any state before COMPLETED.', {
  PLANNED: 'Created; nothing is reserved yet.',
  RELEASED: "Released to the shop floor: the active bill of materials is snapshotted and its components are reserved.",
  IN_PROGRESS: 'Work has started.',
  COMPLETED: 'Finished: components were consumed and the output received into the warehouse. Final.',
  CANCELLED: 'Abandoned; reserved components are released. Final.',
});
export type ProductionOrderStatus = EnumValue<typeof ProductionOrderStatus>;

/** The production order state machine; anything not listed is an illegal transition. */
export const PRODUCTION_ORDER_TRANSITIONS: Readonly<Record<ProductionOrderStatus, readonly ProductionOrderStatus[]>> = {
  [ProductionOrderStatus.PLANNED]: [ProductionOrderStatus.RELEASED, ProductionOrderStatus.CANCELLED],
  [ProductionOrderStatus.RELEASED]: [ProductionOrderStatus.IN_PROGRESS, ProductionOrderStatus.CANCELLED],
  [ProductionOrderStatus.IN_PROGRESS]: [ProductionOrderStatus.COMPLETED, ProductionOrderStatus.CANCELLED],
  [ProductionOrderStatus.COMPLETED]: [],
  [ProductionOrderStatus.CANCELLED]: [],
};

export const canMoveProductionOrder = canMove(PRODUCTION_ORDER_TRANSITIONS);
