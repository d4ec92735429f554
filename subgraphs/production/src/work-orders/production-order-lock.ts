import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER, isUuid, type TenantParams } from '@prometric/core';
import type { ProductionOrderStatus } from '../production-orders/production-order-status';

/** What the shop floor needs of a production order. */
export interface ProductionOrderHead {
  id: string;
  number: string;
  status: ProductionOrderStatus;
}

/**
 * Reads a production order under a FOR SHARE lock in the caller's transaction: steps and
 * inspections written meanwhile see a status that cannot change under them, and completing the
 * order (which locks it FOR UPDATE and then checks its steps and inspections) waits for them.
 * Plain SQL on that one table, so no joined row is locked. Null when not visible.
 */
export async function shareProductionOrder(em: EntityManager, id: string): Promise<ProductionOrderHead | null> {
  if (!isUuid(id)) return null;
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const rows: ProductionOrderHead[] = await em.execute(
    `select "id", "number", "status" from "production"."production_order" where "id" = ? and "workspace_id" = ? and "deleted_at" is null for share`,
    [id, tenant.workspaceId],
  );
  return rows[0] ?? null;
}
