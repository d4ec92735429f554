import type { StockIssued } from '@prometric/contracts';
import { Decimal, type EventHandler } from '@prometric/core';

/**
 * Records operations' `stock.issued` as cost of goods sold: one `cost_of_goods` row per movement that
 * left a warehouse for a sales order, units × the unit cost they left at, dated when the issue was
 * recorded. Issues with no sales order (components consumed by production) are not goods sold, and
 * issues written before costs were recorded carry no cost: neither is recorded. Per-event idempotency
 * comes from the consumer's processed messages; the unique movement id makes a replay a no-op too.
 */
export const costOfGoodsHandler: EventHandler<typeof StockIssued> = async (em, event) => {
  const p = event.payload;
  if (!('reservationId' in p) || p.orderId == null || p.unitCost === undefined) return;
  const amount = new Decimal(p.quantity).times(p.unitCost).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  await em.execute(
    `insert into "finance"."cost_of_goods"
       ("id", "organization_id", "workspace_id", "created_by", "updated_by", "movement_id", "order_id", "product_id", "warehouse_id", "quantity", "unit_cost", "amount", "issued_at")
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict ("workspace_id", "movement_id") do nothing`,
    [event.organizationId, event.workspaceId, event.actorId, event.actorId, p.movementId, p.orderId, p.productId, p.warehouseId, p.quantity, p.unitCost, amount, event.occurredAt],
  );
};
