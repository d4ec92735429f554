import { z } from 'zod';
import { defineEvent } from './event-contract';
import { currency, decimal, id, nullableId, quantity } from './fields';

/** A posting of the stock ledger (a receipt, an adjustment, an issue of unreserved stock). */
export const movementPayload = z.object({
  movementId: id,
  type: z.enum(['RECEIPT', 'ISSUE', 'ADJUSTMENT', 'TRANSFER']),
  productId: id,
  warehouseId: id,
  /** Signed: negative for what left the warehouse. */
  quantity,
  quantityAfter: quantity,
  reserved: quantity,
  reference: z.string().nullable(),
  reason: z.string().nullable(),
  /**
   * Cost of one unit moved (4 decimals): a receipt's cost, or the level's weighted average cost when
   * the units left. Absent from events written before costs were recorded.
   */
  unitCost: decimal.optional(),
});

/** A reservation after the change: stock promised to a sales order (line) or a production order. */
export const reservationPayload = z.object({
  reservationId: id,
  orderId: nullableId,
  orderLineId: nullableId,
  productionOrderId: nullableId,
  productId: id,
  warehouseId: id,
  quantity,
  status: z.enum(['RESERVED', 'RELEASED', 'ISSUED']),
});

export const StockReceived = defineEvent('stock.received', {
  version: 1,
  aggregateType: 'StockMovement',
  producer: 'operations',
  description: 'Stock entered a warehouse (receiveStock, a purchase order receipt, production output).',
  payload: movementPayload,
});

export const StockAdjusted = defineEvent('stock.adjusted', {
  version: 1,
  aggregateType: 'StockMovement',
  producer: 'operations',
  description: 'A count corrected the stock of a warehouse (adjustStock).',
  payload: movementPayload,
});

export const StockReserved = defineEvent('stock.reserved', {
  version: 1,
  aggregateType: 'Reservation',
  producer: 'operations',
  description: 'Stock was reserved; `requestId` groups the reservations of one request.',
  payload: reservationPayload.extend({ requestId: id }),
});

export const StockReleased = defineEvent('stock.released', {
  version: 1,
  aggregateType: 'Reservation',
  producer: 'operations',
  description: 'A reservation was released: its units are available again.',
  payload: reservationPayload,
});

export const StockIssued = defineEvent('stock.issued', {
  version: 1,
  aggregateType: 'Reservation',
  producer: 'operations',
  description:
    'Stock left a warehouse: a reservation was issued (with the ISSUE movement it wrote), or a completed production order consumed unreserved components (a movement). Both carry productId and warehouseId, and `unitCost`, the weighted average cost per unit the units left at (absent from events written before costs were recorded); a reservation of a sales order carries its orderId (finance records it as cost of goods sold).',
  payload: z.union([reservationPayload.extend({ movementId: id, unitCost: decimal.optional() }), movementPayload]),
});

const shipmentPayload = z.object({
  id,
  number: z.string(),
  orderId: id,
  warehouseId: id,
  trackingNumber: z.string().nullable(),
  lines: z.array(z.object({ productId: id, quantity })),
});

export const ShipmentShipped = defineEvent('shipment.shipped', {
  version: 1,
  aggregateType: 'Shipment',
  producer: 'operations',
  description: "A shipment left the warehouse: its reservations were issued. Sales moves the order to SHIPPED.",
  payload: shipmentPayload,
});

export const ShipmentDelivered = defineEvent('shipment.delivered', {
  version: 1,
  aggregateType: 'Shipment',
  producer: 'operations',
  description: 'A shipment reached the customer. Sales moves the order to DELIVERED.',
  payload: shipmentPayload,
});

/** The purchase order after the change, with its lines. */
export const purchaseOrderPayload = z.object({
  id,
  number: z.string(),
  status: z.enum(['DRAFT', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED']),
  supplierId: id,
  warehouseId: nullableId,
  currency,
  lines: z.array(z.object({ lineId: id, productId: id, quantity, unitCost: decimal, receivedQuantity: quantity })),
});

const purchaseOrderEvent = <const T extends string>(type: T, description: string) =>
  defineEvent(type, { version: 1, aggregateType: 'PurchaseOrder', producer: 'operations', description, payload: purchaseOrderPayload });

export const PurchaseOrderDrafted = purchaseOrderEvent('purchase_order.drafted', 'A purchase order was drafted (by hand or by a reorder rule).');
export const PurchaseOrderSent = purchaseOrderEvent('purchase_order.sent', 'A purchase order was sent to its supplier.');
export const PurchaseOrderCancelled = purchaseOrderEvent('purchase_order.cancelled', 'A purchase order was cancelled.');

export const PurchaseOrderReceived = defineEvent('purchase_order.received', {
  version: 1,
  aggregateType: 'PurchaseOrder',
  producer: 'operations',
  description: 'Goods of a purchase order were received (RECEIPT movements); `received` lists this receipt only.',
  payload: purchaseOrderPayload.extend({ warehouseId: id, received: z.array(z.object({ lineId: id, productId: id, quantity })) }),
});

export const ProductionOutputReceived = defineEvent('production.output_received', {
  version: 1,
  aggregateType: 'ProductionOrder',
  producer: 'operations',
  description: "A completed production order's output entered stock; the saga reserves it for the order line it was made for.",
  payload: z.object({ productionOrderId: id, number: z.string(), productId: id, quantity, warehouseId: id, orderId: nullableId, orderLineId: nullableId }),
});
