import { WORK_ORDER_TRANSITIONS, WorkOrderStatus, canMoveWorkOrder, isWorkOrderSettled } from './work-order-status';

describe('work order state machine', () => {
  it('starts a pending work order, completes a started one, cancels either, and nothing else', () => {
    expect(canMoveWorkOrder(WorkOrderStatus.PENDING, WorkOrderStatus.IN_PROGRESS)).toBe(true);
    expect(canMoveWorkOrder(WorkOrderStatus.PENDING, WorkOrderStatus.CANCELLED)).toBe(true);
    expect(canMoveWorkOrder(WorkOrderStatus.PENDING, WorkOrderStatus.DONE)).toBe(false);
    expect(canMoveWorkOrder(WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.DONE)).toBe(true);
    expect(canMoveWorkOrder(WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.CANCELLED)).toBe(true);
    expect(canMoveWorkOrder(WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.PENDING)).toBe(false);
    expect(canMoveWorkOrder(WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.IN_PROGRESS)).toBe(false);
  });

  it('has final states with no way out, and only those are settled', () => {
    for (const s of [WorkOrderStatus.DONE, WorkOrderStatus.CANCELLED]) {
      expect(WORK_ORDER_TRANSITIONS[s]).toEqual([]);
      for (const to of Object.values(WorkOrderStatus)) expect(canMoveWorkOrder(s, to)).toBe(false);
      expect(isWorkOrderSettled(s)).toBe(true);
    }
    expect(isWorkOrderSettled(WorkOrderStatus.PENDING)).toBe(false);
    expect(isWorkOrderSettled(WorkOrderStatus.IN_PROGRESS)).toBe(false);
  });
});
