import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of a stock reservation. */
export const ReservationStatus = defineEnum('ReservationStatus', 'Where a reservation is: RESERVED → RELEASED (given back) or RESERVED → ISSUED (shipped); both are final.', {
  RESERVED: 'The units are promised to the order and count in the reserved units of their level.',
  RELEASED: 'The promise was withdrawn (order cancelled or changed); the units are available again.',
  ISSUED: 'The units left the warehouse with an ISSUE movement (shipment).',
});
export type ReservationStatus = EnumValue<typeof ReservationStatus>;

/** The reservation state machine; anything not listed is an illegal transition. */
export const RESERVATION_TRANSITIONS: Readonly<Record<ReservationStatus, readonly ReservationStatus[]>> = {
  [ReservationStatus.RESERVED]: [ReservationStatus.RELEASED, ReservationStatus.ISSUED],
  [ReservationStatus.RELEASED]: [],
  [ReservationStatus.ISSUED]: [],
};

export const canMoveReservation = canMove(RESERVATION_TRANSITIONS);
