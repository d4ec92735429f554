import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of a shipment. */
export const ShipmentStatus = defineEnum('ShipmentStatus', 'Where a shipment is: PENDING → PICKED → SHIPPED → DELIVERED; CANCELLED from PENDING or PICKED.', {
  PENDING: 'Created; its reservations wait to be picked.',
  PICKED: 'The goods are picked and packed.',
  SHIPPED: 'Handed to the carrier: its reservations were issued (ISSUE movements).',
  DELIVERED: 'The customer received it. Final.',
  CANCELLED: 'Withdrawn before shipping; its reservations stay RESERVED and may ship in another shipment. Final.',
});
export type ShipmentStatus = EnumValue<typeof ShipmentStatus>;

/** The shipment state machine; anything not listed is an illegal transition. */
export const SHIPMENT_TRANSITIONS: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  [ShipmentStatus.PENDING]: [ShipmentStatus.PICKED, ShipmentStatus.CANCELLED],
  [ShipmentStatus.PICKED]: [ShipmentStatus.SHIPPED, ShipmentStatus.CANCELLED],
  [ShipmentStatus.SHIPPED]: [ShipmentStatus.DELIVERED],
  [ShipmentStatus.DELIVERED]: [],
  [ShipmentStatus.CANCELLED]: [],
};

export const canMoveShipment = canMove(SHIPMENT_TRANSITIONS);
