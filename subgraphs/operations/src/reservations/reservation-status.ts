import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/** Lifecycle of a stock reservation. */
export enum ReservationStatus {
  RESERVED = 'RESERVED',
  RELEASED = 'RELEASED',
  ISSUED = 'ISSUED',
}

registerEnumType(ReservationStatus, {
  name: 'ReservationStatus',
  description: 'Where a reservation is: RESERVED → RELEASED (given back) or RESERVED → ISSUED (shipped); both are final.',
  valuesConfig: {
    RESERVED: { description: 'The units are promised to the order and count in the reserved units of their level.' },
    RELEASED: { description: 'The promise was withdrawn (order cancelled or changed); the units are available again.' },
    ISSUED: { description: 'The units left the warehouse with an ISSUE movement (shipment).' },
  },
});

/** The reservation state machine; anything not listed is an illegal transition. */
export const RESERVATION_TRANSITIONS: Readonly<Record<ReservationStatus, readonly ReservationStatus[]>> = {
  [ReservationStatus.RESERVED]: [ReservationStatus.RELEASED, ReservationStatus.ISSUED],
  [ReservationStatus.RELEASED]: [],
  [ReservationStatus.ISSUED]: [],
};

export const canMoveReservation = canMove(RESERVATION_TRANSITIONS);
