import { PURCHASE_ORDER_TRANSITIONS, PurchaseOrderStatus as S, canMovePurchaseOrder, statusAfterReceipt } from './purchase-order-status';

describe('purchase order state machine', () => {
  it('goes DRAFT → SENT → PARTIALLY_RECEIVED → RECEIVED, or SENT → RECEIVED in one receipt', () => {
    expect(canMovePurchaseOrder(S.DRAFT, S.SENT)).toBe(true);
    expect(canMovePurchaseOrder(S.SENT, S.PARTIALLY_RECEIVED)).toBe(true);
    expect(canMovePurchaseOrder(S.SENT, S.RECEIVED)).toBe(true);
    expect(canMovePurchaseOrder(S.PARTIALLY_RECEIVED, S.PARTIALLY_RECEIVED)).toBe(true);
    expect(canMovePurchaseOrder(S.PARTIALLY_RECEIVED, S.RECEIVED)).toBe(true);
    expect(canMovePurchaseOrder(S.DRAFT, S.RECEIVED)).toBe(false);
    expect(canMovePurchaseOrder(S.DRAFT, S.PARTIALLY_RECEIVED)).toBe(false);
    expect(canMovePurchaseOrder(S.SENT, S.DRAFT)).toBe(false);
  });

  it('cancels only from DRAFT or SENT', () => {
    expect(canMovePurchaseOrder(S.DRAFT, S.CANCELLED)).toBe(true);
    expect(canMovePurchaseOrder(S.SENT, S.CANCELLED)).toBe(true);
    expect(canMovePurchaseOrder(S.PARTIALLY_RECEIVED, S.CANCELLED)).toBe(false);
    expect(canMovePurchaseOrder(S.RECEIVED, S.CANCELLED)).toBe(false);
  });

  it('has final states with no way out', () => {
    for (const s of [S.RECEIVED, S.CANCELLED]) {
      expect(PURCHASE_ORDER_TRANSITIONS[s]).toEqual([]);
      for (const to of Object.values(S)) expect(canMovePurchaseOrder(s, to)).toBe(false);
    }
  });

  it('is RECEIVED only when every line is complete', () => {
    expect(statusAfterReceipt([{ quantity: 5, receivedQuantity: 5 }, { quantity: 2, receivedQuantity: 2 }])).toBe(S.RECEIVED);
    expect(statusAfterReceipt([{ quantity: 5, receivedQuantity: 5 }, { quantity: 2, receivedQuantity: 1 }])).toBe(S.PARTIALLY_RECEIVED);
    expect(statusAfterReceipt([{ quantity: 5, receivedQuantity: 0 }])).toBe(S.PARTIALLY_RECEIVED);
  });
});
