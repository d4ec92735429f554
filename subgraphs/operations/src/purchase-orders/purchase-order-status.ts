import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of a purchase order. */
export const PurchaseOrderStatus = defineEnum('PurchaseOrderStatus', 'Where a purchase order is: DRAFT → SENT → PARTIALLY_RECEIVED → RECEIVED; CANCELLED from DRAFT or SENT.', {
  DRAFT: 'Being prepared (by hand or by the reorder check); not yet sent to the supplier.',
  SENT: 'Sent to the supplier; nothing received yet.',
  PARTIALLY_RECEIVED: 'Some of the ordered units were received (RECEIPT movements).',
  RECEIVED: 'Every ordered unit was received. Final.',
  CANCELLED: 'Withdrawn before anything was received. Final.',
});
export type PurchaseOrderStatus = EnumValue<typeof PurchaseOrderStatus>;

/** The purchase order state machine; anything not listed is an illegal transition. A further partial receipt stays PARTIALLY_RECEIVED. */
export const PURCHASE_ORDER_TRANSITIONS: Readonly<Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]>> = {
  [PurchaseOrderStatus.DRAFT]: [PurchaseOrderStatus.SENT, PurchaseOrderStatus.CANCELLED],
  [PurchaseOrderStatus.SENT]: [PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CANCELLED],
  [PurchaseOrderStatus.PARTIALLY_RECEIVED]: [PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.RECEIVED],
  [PurchaseOrderStatus.RECEIVED]: [],
  [PurchaseOrderStatus.CANCELLED]: [],
};

export const canMovePurchaseOrder = canMove(PURCHASE_ORDER_TRANSITIONS);

/** Statuses whose unreceived quantity is still expected (counted by the reorder check). */
export const OPEN_PURCHASE_ORDER_STATUSES: readonly PurchaseOrderStatus[] = [PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED];

/** The status after a receipt: RECEIVED once every line is complete. */
export function statusAfterReceipt(lines: readonly { quantity: number; receivedQuantity: number }[]): PurchaseOrderStatus {
  return lines.every((l) => l.receivedQuantity >= l.quantity) ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
}
