import type { EntityManager } from '@mikro-orm/postgresql';
import { UserErrorCode, userError, type UserError } from '@prometric/core';
import { WorkOrder } from '../work-orders/work-order.entity';
import { WorkOrderStatus } from '../work-orders/work-order-status';
import { QualityInspection } from './quality-inspection.entity';
import { InspectionResult } from './inspection-result';

/**
 * Why a production order cannot be completed yet; empty when it can. Blockers: every step (work
 * order) not DONE or CANCELLED, and a latest inspection that FAILed (it blocks until a later PASS
 * re-inspection; no inspection at all blocks nothing). Runs in the completing transaction, after
 * the order's FOR UPDATE lock: steps and inspections are written under a share lock of the order,
 * so none changes between this check and the commit. Rows are re-read, never taken from the
 * identity map.
 */
export async function completionBlockers(em: EntityManager, productionOrderId: string): Promise<UserError[]> {
  const errors: UserError[] = [];
  const open = await em.find(
    WorkOrder,
    { productionOrderId, status: { $in: [WorkOrderStatus.PENDING, WorkOrderStatus.IN_PROGRESS] } },
    { orderBy: { sequence: 'asc' }, refresh: true },
  );
  for (const wo of open) errors.push(userError(UserErrorCode.INVALID_TRANSITION, `Work order ${wo.sequence} (${wo.operation}) is not done`, ['workOrders']));
  const latest = await em.findOne(QualityInspection, { productionOrderId }, { orderBy: { inspectedAt: 'desc', createdAt: 'desc', id: 'desc' }, refresh: true });
  if (latest?.result === InspectionResult.FAIL) {
    errors.push(
      userError(UserErrorCode.INVALID_TRANSITION, `The latest quality inspection (${latest.inspectedAt.toISOString()}) failed: a passing re-inspection is needed`, ['inspections']),
    );
  }
  return errors;
}
