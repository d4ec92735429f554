import { z } from 'zod';
import { defineEvent } from './event-contract';
import { id, instant, nullableId, quantity } from './fields';

/** A production order after the change: what operations reserves, consumes and receives. */
export const productionOrderPayload = z.object({
  id,
  number: z.string(),
  status: z.enum(['PLANNED', 'RELEASED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']),
  productId: id,
  quantity,
  warehouseId: id,
  orderId: nullableId,
  orderLineId: nullableId,
  /** The bill of materials × quantity, snapshotted on release (empty before). */
  components: z.array(z.object({ productId: id, quantity })),
});

const productionEvent = <const T extends string>(type: T, description: string) =>
  defineEvent(type, { version: 1, aggregateType: 'ProductionOrder', producer: 'production', description, payload: productionOrderPayload });

export const ProductionCreated = productionEvent('production.created', 'A production order was planned.');
export const ProductionReleased = productionEvent('production.released', 'A production order was released: operations reserves its components.');
export const ProductionStarted = productionEvent('production.started', 'A production order started.');
export const ProductionCompleted = productionEvent('production.completed', 'A production order completed: operations issues its components and receives its output.');

export const ProductionCancelled = defineEvent('production.cancelled', {
  version: 1,
  aggregateType: 'ProductionOrder',
  producer: 'production',
  description: 'A production order was cancelled: operations releases its component reservations.',
  payload: productionOrderPayload.extend({ reason: z.string().nullable() }),
});

const workOrderPayload = z.object({
  workOrderId: id,
  productionOrderId: id,
  sequence: z.number().int(),
  operation: z.string(),
  workCenterId: id,
  assignedEmployeeId: nullableId,
  status: z.enum(['PENDING', 'IN_PROGRESS', 'DONE', 'CANCELLED']),
  plannedMinutes: z.number().int(),
  actualMinutes: z.number().int().nullable(),
});

const workOrderEvent = <const T extends string>(type: T, description: string) =>
  defineEvent(type, { version: 1, aggregateType: 'WorkOrder', producer: 'production', description, payload: workOrderPayload });

export const WorkOrderAdded = workOrderEvent('workOrder.added', 'A step was added to a production order.');
export const WorkOrderStarted = workOrderEvent('workOrder.started', 'A step started on its work center.');
export const WorkOrderCompleted = workOrderEvent('workOrder.completed', 'A step was done.');
export const WorkOrderCancelled = workOrderEvent('workOrder.cancelled', 'A step was cancelled.');

export const QualityInspected = defineEvent('quality.inspected', {
  version: 1,
  aggregateType: 'QualityInspection',
  producer: 'production',
  description: 'A quality inspection was recorded on a production order or a receipt.',
  payload: z.object({ inspectionId: id, productionOrderId: nullableId, stockMovementId: nullableId, result: z.enum(['PASS', 'FAIL']), inspectedAt: instant }),
});

const maintenancePayload = z.object({
  maintenanceRequestId: id,
  workCenterId: id,
  scheduleId: nullableId,
  type: z.enum(['PREVENTIVE', 'CORRECTIVE']),
  status: z.enum(['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED']),
  scheduledFor: instant.nullable(),
  completedAt: instant.nullable(),
});

const maintenanceEvent = <const T extends string>(type: T, description: string) =>
  defineEvent(type, { version: 1, aggregateType: 'MaintenanceRequest', producer: 'production', description, payload: maintenancePayload });

export const MaintenanceRequested = maintenanceEvent('maintenance.requested', 'Maintenance was requested (by hand, or generated from a preventive schedule).');
export const MaintenanceStarted = maintenanceEvent('maintenance.started', 'Maintenance started: its work center is blocked.');
export const MaintenanceCompleted = maintenanceEvent('maintenance.completed', 'Maintenance was done.');
export const MaintenanceCancelled = maintenanceEvent('maintenance.cancelled', 'Maintenance was cancelled.');
