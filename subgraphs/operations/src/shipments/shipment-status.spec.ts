import { SHIPMENT_TRANSITIONS, ShipmentStatus, canMoveShipment } from './shipment-status';

describe('shipment state machine', () => {
  it('goes PENDING → PICKED → SHIPPED → DELIVERED and no step may be skipped', () => {
    expect(canMoveShipment(ShipmentStatus.PENDING, ShipmentStatus.PICKED)).toBe(true);
    expect(canMoveShipment(ShipmentStatus.PICKED, ShipmentStatus.SHIPPED)).toBe(true);
    expect(canMoveShipment(ShipmentStatus.SHIPPED, ShipmentStatus.DELIVERED)).toBe(true);
    expect(canMoveShipment(ShipmentStatus.PENDING, ShipmentStatus.SHIPPED)).toBe(false);
    expect(canMoveShipment(ShipmentStatus.PENDING, ShipmentStatus.DELIVERED)).toBe(false);
    expect(canMoveShipment(ShipmentStatus.PICKED, ShipmentStatus.DELIVERED)).toBe(false);
    expect(canMoveShipment(ShipmentStatus.PICKED, ShipmentStatus.PENDING)).toBe(false);
  });

  it('cancels only before shipping', () => {
    expect(canMoveShipment(ShipmentStatus.PENDING, ShipmentStatus.CANCELLED)).toBe(true);
    expect(canMoveShipment(ShipmentStatus.PICKED, ShipmentStatus.CANCELLED)).toBe(true);
    expect(canMoveShipment(ShipmentStatus.SHIPPED, ShipmentStatus.CANCELLED)).toBe(false);
    expect(canMoveShipment(ShipmentStatus.DELIVERED, ShipmentStatus.CANCELLED)).toBe(false);
  });

  it('has final states with no way out', () => {
    for (const s of [ShipmentStatus.DELIVERED, ShipmentStatus.CANCELLED]) {
      expect(SHIPMENT_TRANSITIONS[s]).toEqual([]);
      for (const to of Object.values(ShipmentStatus)) expect(canMoveShipment(s, to)).toBe(false);
    }
  });
});
