import type { OrderCreated, OrderUpdated } from '@prometric/contracts';
import type { EventHandler } from '@prometric/core';

/**
 * Upserts the order's snapshot from an `order.created` / `order.updated` event. Events may arrive out
 * of order (retries, parallel workers): the row keeps the highest aggregate version it has seen.
 */
export const upsertOrderSnapshot: EventHandler<typeof OrderCreated | typeof OrderUpdated> = async (em, event) => {
  const p = event.payload;
  const lines = p.lines.map((l) => ({ id: l.id, productId: l.productId, quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate }));
  await em.execute(
    `insert into "finance"."order_snapshot"
       ("id", "organization_id", "workspace_id", "number", "status", "currency", "customer_id", "lines", "subtotal", "tax", "total", "aggregate_version", "updated_at")
     values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, now())
     on conflict ("id") do update set
       "number" = excluded."number", "status" = excluded."status", "currency" = excluded."currency",
       "customer_id" = excluded."customer_id", "lines" = excluded."lines", "subtotal" = excluded."subtotal",
       "tax" = excluded."tax", "total" = excluded."total", "aggregate_version" = excluded."aggregate_version", "updated_at" = now()
     where "order_snapshot"."aggregate_version" < excluded."aggregate_version"`,
    [event.aggregateId, event.organizationId, event.workspaceId, p.number, p.status, p.currency, p.customerId, JSON.stringify(lines), p.subtotal, p.tax, p.total, event.aggregateVersion],
  );
};
