import type { StockAdjusted, StockIssued, StockReserved } from '@prometric/contracts';
import { UserErrorsException, type EventHandler } from '@prometric/core';
import type { ReorderRuleService } from './reorder-rule.service';

/** The stock events that can lower available (onHand − reserved); each carries the product and warehouse it moved. */
export type ReorderTrigger = typeof StockReserved | typeof StockIssued | typeof StockAdjusted;

/**
 * Builds the handler that runs the reorder check of exactly the product × warehouse a stock event
 * moved, in the consumer's transaction under the event's tenant: the DRAFT purchase order (if the
 * rule asks for one) commits with the event's processed-message row, so a redelivery drafts nothing.
 * What an open purchase order already covers is never drafted again (the check's rule).
 */
export function reorderCheckHandler(reorderRules: ReorderRuleService): EventHandler<ReorderTrigger> {
  return async (em, event) => {
    const { productId, warehouseId } = event.payload;
    try {
      await reorderRules.checkIn(em, { warehouseId, productId });
    } catch (e) {
      // The warehouse is gone (deleted since the event): there is nothing left to reorder for it,
      // and retrying would never succeed.
      if (e instanceof UserErrorsException) return;
      throw e;
    }
  };
}
