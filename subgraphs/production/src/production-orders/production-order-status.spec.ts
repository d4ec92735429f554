import { PRODUCTION_ORDER_TRANSITIONS, ProductionOrderStatus as S, canMoveProductionOrder } from './production-order-status';

describe('production order state machine', () => {
  it('moves forward one step at a time', () => {
    expect(canMoveProductionOrder(S.PLANNED, S.RELEASED)).toBe(true);
    expect(canMoveProductionOrder(S.RELEASED, S.IN_PROGRESS)).toBe(true);
    expect(canMoveProductionOrder(S.IN_PROGRESS, S.COMPLETED)).toBe(true);
    expect(canMoveProductionOrder(S.PLANNED, S.IN_PROGRESS)).toBe(false);
    expect(canMoveProductionOrder(S.PLANNED, S.COMPLETED)).toBe(false);
    expect(canMoveProductionOrder(S.RELEASED, S.COMPLETED)).toBe(false);
    expect(canMoveProductionOrder(S.IN_PROGRESS, S.RELEASED)).toBe(false);
  });

  it('cancels from every state before completion', () => {
    for (const s of [S.PLANNED, S.RELEASED, S.IN_PROGRESS]) expect(canMoveProductionOrder(s, S.CANCELLED)).toBe(true);
  });

  it('has final states with no way out', () => {
    for (const s of [S.COMPLETED, S.CANCELLED]) {
      expect(PRODUCTION_ORDER_TRANSITIONS[s]).toEqual([]);
      for (const to of Object.values(S)) expect(canMoveProductionOrder(s, to)).toBe(false);
    }
  });
});
