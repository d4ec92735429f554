import { registerEnumType } from 'type-graphql';

/** Why stock moved. */
export enum StockMovementType {
  RECEIPT = 'RECEIPT',
  ISSUE = 'ISSUE',
  ADJUSTMENT = 'ADJUSTMENT',
  TRANSFER = 'TRANSFER',
}

registerEnumType(StockMovementType, {
  name: 'StockMovementType',
  description: 'Why stock moved.',
  valuesConfig: {
    RECEIPT: { description: 'Goods came in (a delivery, a return, finished production).' },
    ISSUE: { description: 'Goods went out (a shipment, consumption by production).' },
    ADJUSTMENT: { description: 'A correction after a count, damage or loss; signed.' },
    TRANSFER: { description: 'One leg of a move between warehouses.' },
  },
});
