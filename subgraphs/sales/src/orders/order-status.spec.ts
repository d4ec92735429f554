import { ORDER_TRANSITIONS, OrderStatus, canMoveOrder } from './order-status';

describe('order state machine', () => {
  it('follows DRAFT → CONFIRMED → IN_PRODUCTION → READY → SHIPPED → DELIVERED', () => {
    const path = [OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.READY, OrderStatus.SHIPPED, OrderStatus.DELIVERED];
    for (let i = 1; i < path.length; i++) expect(canMoveOrder(path[i - 1], path[i])).toBe(true);
    expect(canMoveOrder(OrderStatus.DRAFT, OrderStatus.SHIPPED)).toBe(false);
    expect(canMoveOrder(OrderStatus.READY, OrderStatus.CONFIRMED)).toBe(false);
  });

  it('cancels from any state before SHIPPED, and never after', () => {
    for (const s of [OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.READY]) expect(canMoveOrder(s, OrderStatus.CANCELLED)).toBe(true);
    for (const s of [OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED]) expect(canMoveOrder(s, OrderStatus.CANCELLED)).toBe(false);
  });

  it('has final states with no way out', () => {
    expect(ORDER_TRANSITIONS[OrderStatus.DELIVERED]).toEqual([]);
    expect(ORDER_TRANSITIONS[OrderStatus.CANCELLED]).toEqual([]);
  });
});
