import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of a work order (one step of a production order). */
export const WorkOrderStatus = defineEnum('WorkOrderStatus', 'Where a work order is: PENDING → IN_PROGRESS → DONE, or PENDING/IN_PROGRESS → CANCELLED. DONE and CANCELLED are final.', {
  PENDING: 'Planned, not started.',
  IN_PROGRESS: 'Being worked on at its work center.',
  DONE: 'Finished, with its actual minutes.',
  CANCELLED: 'Dropped: the step is skipped and no longer holds back later steps or completion.',
});
export type WorkOrderStatus = EnumValue<typeof WorkOrderStatus>;

/** The work order state machine; anything not listed is an illegal transition. */
export const WORK_ORDER_TRANSITIONS: Readonly<Record<WorkOrderStatus, readonly WorkOrderStatus[]>> = {
  [WorkOrderStatus.PENDING]: [WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.CANCELLED],
  [WorkOrderStatus.IN_PROGRESS]: [WorkOrderStatus.DONE, WorkOrderStatus.CANCELLED],
  [WorkOrderStatus.DONE]: [],
  [WorkOrderStatus.CANCELLED]: [],
};

export const canMoveWorkOrder = canMove(WORK_ORDER_TRANSITIONS);

/** True once a work order no longer holds back later steps nor the completion of its production order. */
export function isWorkOrderSettled(status: WorkOrderStatus): boolean {
  return status === WorkOrderStatus.DONE || status === WorkOrderStatus.CANCELLED;
}
