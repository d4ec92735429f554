import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/** Lifecycle of a purchase order. */
export enum PurchaseOrderStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  PARTIALLY_RECEIVED = 'PARTIALLY_RECEIVED',
  RECEIVED = 'RECEIVED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(PurchaseOrderStatus, {
  name: 'PurchaseOrderStatus',
  description: 'Where a purchase order is: DRAFT → SENT → PARTIALLY_RECEIVED → RECEIVED; CANCELLED from DRAFT or SENT.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared (by hand or by the reorder check); not yet sent to the supplier.' },
    SENT: { description: 'Sent to the supplier; nothing received yet.' },
    PARTIALLY_RECEIVED: { description: 'Some of the ordered units were received (RECEIPT movements).' },
    RECEIVED: { description: 'Every ordered unit was received. Final.' },
    CANCELLED: { description: 'Withdrawn before anything was received. Final.' },
  },
});

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
