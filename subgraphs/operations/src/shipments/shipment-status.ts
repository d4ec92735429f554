import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/** Lifecycle of a shipment. */
export enum ShipmentStatus {
  PENDING = 'PENDING',
  PICKED = 'PICKED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ShipmentStatus, {
  name: 'ShipmentStatus',
  description: 'Where a shipment is: PENDING → PICKED → SHIPPED → DELIVERED; CANCELLED from PENDING or PICKED.',
  valuesConfig: {
    PENDING: { description: 'Created; its reservations wait to be picked.' },
    PICKED: { description: 'The goods are picked and packed.' },
    SHIPPED: { description: 'Handed to the carrier: its reservations were issued (ISSUE movements).' },
    DELIVERED: { description: 'The customer received it. Final.' },
    CANCELLED: { description: 'Withdrawn before shipping; its reservations stay RESERVED and may ship in another shipment. Final.' },
  },
});

/** The shipment state machine; anything not listed is an illegal transition. */
export const SHIPMENT_TRANSITIONS: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  [ShipmentStatus.PENDING]: [ShipmentStatus.PICKED, ShipmentStatus.CANCELLED],
  [ShipmentStatus.PICKED]: [ShipmentStatus.SHIPPED, ShipmentStatus.CANCELLED],
  [ShipmentStatus.SHIPPED]: [ShipmentStatus.DELIVERED],
  [ShipmentStatus.DELIVERED]: [],
  [ShipmentStatus.CANCELLED]: [],
};

export const canMoveShipment = canMove(SHIPMENT_TRANSITIONS);
