import { RESERVATION_TRANSITIONS, ReservationStatus, canMoveReservation } from './reservation-status';

describe('reservation state machine', () => {
  it('releases or issues a reservation, and nothing else', () => {
    expect(canMoveReservation(ReservationStatus.RESERVED, ReservationStatus.RELEASED)).toBe(true);
    expect(canMoveReservation(ReservationStatus.RESERVED, ReservationStatus.ISSUED)).toBe(true);
    expect(canMoveReservation(ReservationStatus.RESERVED, ReservationStatus.RESERVED)).toBe(false);
  });

  it('has final states with no way out', () => {
    for (const s of [ReservationStatus.RELEASED, ReservationStatus.ISSUED]) {
      expect(RESERVATION_TRANSITIONS[s]).toEqual([]);
      for (const to of Object.values(ReservationStatus)) expect(canMoveReservation(s, to)).toBe(false);
    }
  });
});
