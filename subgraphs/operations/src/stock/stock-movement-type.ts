import { defineEnum, type EnumValue } from '@prometric/core';

/** Why stock moved. */
export const StockMovementType = defineEnum('StockMovementType', 'Why stock moved.', {
  RECEIPT: 'Goods came in (a delivery, a return, finished production).',
  ISSUE: 'Goods went out (a shipment, consumption by production).',
  ADJUSTMENT: 'A correction after a count, damage or loss; signed.',
  TRANSFER: 'One leg of a move between warehouses.',
});
export type StockMovementType = EnumValue<typeof StockMovementType>;

