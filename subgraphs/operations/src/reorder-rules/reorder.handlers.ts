import { UserErrorsException, isUuid, type EventHandler } from '@prometric/core';
import { WarehouseService } from '../warehouses/warehouse.service';
import { StockService } from '../stock/stock.service';
import { PurchaseOrderService } from '../purchase-orders/purchase-order.service';
import { ReorderRuleService } from './reorder-rule.service';

/** The stock events that can lower available (onHand − reserved); each carries the product and warehouse it moved. */
export const REORDER_TRIGGER_EVENTS = ['stock.reserved', 'stock.issued', 'stock.adjusted'] as const;

/** What the handler reads of a stock event's payload (reservation and movement payloads both carry it). */
interface StockEventPayload {
  productId?: unknown;
  warehouseId?: unknown;
}

/**
 * Builds the handler that runs the reorder check of exactly the product × warehouse a stock event
 * moved, in the consumer's transaction under the event's tenant: the DRAFT purchase order (if the
 * rule asks for one) commits with the event's processed-message row, so a redelivery drafts nothing.
 * What an open purchase order already covers is never drafted again (the check's rule).
 */
export function createReorderHandler(reorderRules: ReorderRuleService): EventHandler {
  return async (em, event) => {
    const p = event.payload as StockEventPayload;
    if (typeof p.productId !== 'string' || typeof p.warehouseId !== 'string' || !isUuid(p.productId) || !isUuid(p.warehouseId)) return;
    try {
      await reorderRules.checkIn(em, { warehouseId: p.warehouseId, productId: p.productId });
    } catch (e) {
      // The warehouse is gone (deleted since the event): there is nothing left to reorder for it,
      // and retrying would never succeed.
      if (e instanceof UserErrorsException) return;
      throw e;
    }
  };
}

/** The `operations` queue's reorder handlers over the given service, one per trigger event type. */
export function createReorderEventHandlers(reorderRules: ReorderRuleService): Record<string, EventHandler> {
  const handler = createReorderHandler(reorderRules);
  return Object.fromEntries(REORDER_TRIGGER_EVENTS.map((type) => [type, handler]));
}

/** The reorder handlers over default services (stateless: one instance serves every event). */
export const reorderEventHandlers: Record<string, EventHandler> = createReorderEventHandlers(
  new ReorderRuleService(new PurchaseOrderService(new StockService(new WarehouseService()))),
);
