import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  UserErrorCode,
  UserErrorsException,
  idempotentCreate,
  isUuid,
  loadOrNotFound,
  lockAndLoad,
  recordEvent,
  transition,
  userError,
  uuidOrNil,
  type Connection,
  type RequestContext,
  type UserError,
  eventOf,
  childrenLoader,
  withUserErrors,
  listPage,
  type ListArgsValue,
  SortDirection } from '@prometric/core';
import { ProductionOrder } from '../production-orders/production-order.entity';
import { ProductionOrderStatus } from '../production-orders/production-order-status';
import { WorkCenter } from '../work-centers/work-center.entity';
import { blockingMaintenance } from '../maintenance/maintenance.service';
import { WorkOrder } from './work-order.entity';
import type { AddWorkOrderInput, WorkOrderFilter } from './work-order.inputs';
import { WorkOrderStatus, canMoveWorkOrder } from './work-order-status';
import { shareProductionOrder, type ProductionOrderHead } from './production-order-lock';
import { WorkOrderAdded, WorkOrderCancelled, WorkOrderCompleted, WorkOrderStarted, type PayloadIn } from '@prometric/contracts';

type Result = { workOrder: WorkOrder } | { errors: UserError[] };

const MAX_MINUTES = 1_000_000;
const DB_FIELDS = { work_order_sequence_unique: ['sequence'] };
const EVENT_VERSION: Partial<Record<WorkOrderStatus, number>> = { [WorkOrderStatus.IN_PROGRESS]: 2, [WorkOrderStatus.DONE]: 3 };

/** The events of a step's moves. */
type WorkOrderChange = typeof WorkOrderStarted | typeof WorkOrderCompleted | typeof WorkOrderCancelled;

function eventPayload(wo: WorkOrder): PayloadIn<typeof WorkOrderAdded> {
  return {
    workOrderId: wo.id,
    productionOrderId: wo.productionOrderId,
    sequence: wo.sequence,
    operation: wo.operation,
    workCenterId: wo.workCenter.id,
    assignedEmployeeId: wo.assignedEmployeeId ?? null,
    status: wo.status,
    plannedMinutes: wo.plannedMinutes,
    actualMinutes: wo.actualMinutes ?? null,
  };
}

const label = (wo: Pick<WorkOrder, 'sequence' | 'operation'>) => `Work order ${wo.sequence} (${wo.operation})`;

/** Locks a work center row against new maintenance while a step starts there. */
async function shareWorkCenter(em: EntityManager, id: string): Promise<void> {
  await em.execute(`select 1 from "production"."work_center" where "id" = ? for share`, [id]);
}

/**
 * Work orders: the ordered steps of a production order at work centers. A step starts only while its
 * production order is IN_PROGRESS, once every earlier step is DONE or CANCELLED, and while its work
 * center is not blocked by maintenance; every refusal is a typed error and changes nothing.
 */
export class WorkOrderService extends EntityReads(WorkOrder, 'Work order') {
  async add(ctx: RequestContext, input: AddWorkOrderInput): Promise<Result> {
    const errors: UserError[] = [];
    const operation = input.operation.trim();
    if (!operation) errors.push(userError(UserErrorCode.REQUIRED, 'Operation is required', ['operation']));
    else if (operation.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Operation is limited to 255 characters', ['operation']));
    if (input.sequence != null && (!Number.isInteger(input.sequence) || input.sequence < 1 || input.sequence > 1_000_000)) {
      errors.push(userError(UserErrorCode.INVALID, 'Sequence must be 1–1000000', ['sequence']));
    }
    if (!Number.isInteger(input.plannedMinutes) || input.plannedMinutes < 0 || input.plannedMinutes > MAX_MINUTES) {
      errors.push(userError(UserErrorCode.INVALID, `Planned minutes must be 0–${MAX_MINUTES}`, ['plannedMinutes']));
    }
    if (input.assignedEmployeeId != null && !isUuid(input.assignedEmployeeId)) errors.push(userError(UserErrorCode.INVALID, 'Employee id must be a UUID', ['assignedEmployeeId']));
    if (errors.length) return { errors };
    // Two steps added at once with the same (or the same default) sequence: one loses on the unique index.
    return withUserErrors(async () => {
      const workOrder = await idempotentCreate(
        ctx.em,
        'addWorkOrder',
        input.idempotencyKey,
        async (em) => {
          const mo = await shareProductionOrder(em, input.productionOrderId);
          if (!mo) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Production order not found', ['productionOrderId'])]);
          if (mo.status === ProductionOrderStatus.COMPLETED || mo.status === ProductionOrderStatus.CANCELLED) {
            throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, `Production order ${mo.number} is ${mo.status}: no steps can be added`, ['productionOrderId'])]);
          }
          const workCenter = isUuid(input.workCenterId) ? await em.findOne(WorkCenter, input.workCenterId) : null;
          if (!workCenter) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Work center not found', ['workCenterId'])]);
          let sequence = input.sequence;
          if (sequence == null) {
            const last = await em.findOne(WorkOrder, { productionOrderId: mo.id }, { orderBy: { sequence: 'desc' } });
            sequence = (last?.sequence ?? 0) + 1;
          } else if (await em.count(WorkOrder, { productionOrderId: mo.id, sequence })) {
            throw new UserErrorsException([userError(UserErrorCode.CONFLICT, `Production order ${mo.number} already has a step ${sequence}`, ['sequence'])]);
          }
          const wo = em.create(WorkOrder, {
            productionOrderId: mo.id,
            sequence,
            operation,
            workCenter,
            plannedMinutes: input.plannedMinutes,
            assignedEmployeeId: input.assignedEmployeeId ?? null,
            status: WorkOrderStatus.PENDING,
          });
          await em.flush();
          await recordEvent(em, WorkOrderAdded, { aggregateId: wo.id, aggregateVersion: 1, payload: eventPayload(wo) });
          return wo;
        },
        (em, id) => em.findOneOrFail(WorkOrder, id, { filters: { softDelete: false } }),
      );
      return { workOrder };
    }, DB_FIELDS);
  }

  /**
   * PENDING → IN_PROGRESS, only while the production order is IN_PROGRESS, every earlier step is
   * DONE or CANCELLED, and the work center is not blocked by maintenance.
   */
  start(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, WorkOrderStatus.IN_PROGRESS, async (em, wo, mo) => {
      const errors: UserError[] = [];
      if (mo.status !== ProductionOrderStatus.IN_PROGRESS) {
        errors.push(userError(UserErrorCode.INVALID_TRANSITION, `Production order ${mo.number} is ${mo.status}: its steps start only while it is IN_PROGRESS`, ['productionOrderId']));
      }
      const earlier = await em.find(
        WorkOrder,
        { productionOrderId: wo.productionOrderId, sequence: { $lt: wo.sequence }, status: { $in: [WorkOrderStatus.PENDING, WorkOrderStatus.IN_PROGRESS] } },
        { orderBy: { sequence: 'asc' } },
      );
      for (const e of earlier) errors.push(userError(UserErrorCode.INVALID_TRANSITION, `${label(e)} must be done first`, ['sequence']));
      await shareWorkCenter(em, wo.workCenter.id);
      const maintenance = await blockingMaintenance(em, wo.workCenter.id);
      if (maintenance.length) {
        const wc = await em.findOneOrFail(WorkCenter, wo.workCenter.id);
        errors.push(userError(UserErrorCode.INVALID_TRANSITION, `Work center ${wc.code} is blocked by maintenance: ${maintenance[0].description}`, ['workCenterId']));
      }
      if (errors.length) throw new UserErrorsException(errors);
      wo.startedAt = new Date();
      return WorkOrderStarted;
    });
  }

  /** IN_PROGRESS → DONE with the minutes it took, while the production order is IN_PROGRESS. */
  complete(ctx: RequestContext, id: string, actualMinutes: number): Promise<Result> {
    if (!Number.isInteger(actualMinutes) || actualMinutes < 0 || actualMinutes > MAX_MINUTES) {
      return Promise.resolve({ errors: [userError(UserErrorCode.INVALID, `Actual minutes must be 0–${MAX_MINUTES}`, ['actualMinutes'])] });
    }
    return this.transition(ctx, id, WorkOrderStatus.DONE, async (_em, wo, mo) => {
      if (mo.status !== ProductionOrderStatus.IN_PROGRESS) {
        throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, `Production order ${mo.number} is ${mo.status}: its steps complete only while it is IN_PROGRESS`, ['productionOrderId'])]);
      }
      wo.actualMinutes = actualMinutes;
      wo.completedAt = new Date();
      return WorkOrderCompleted;
    });
  }

  /** PENDING or IN_PROGRESS → CANCELLED: the step is skipped. */
  cancel(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, WorkOrderStatus.CANCELLED, async () => WorkOrderCancelled);
  }

  list(ctx: RequestContext, args: ListArgsValue<WorkOrderFilter>): Promise<Connection<WorkOrder>> {
    const f = args.filter;
    return listPage(ctx.em, WorkOrder, args, {
      where: [
        f?.productionOrderId != null && { productionOrderId: uuidOrNil(f.productionOrderId) },
        f?.workCenterId != null && { workCenter: uuidOrNil(f.workCenterId) },
        !!f?.status?.length && { status: { $in: f.status } },
        f?.statusIn && { status: { $in: f.statusIn } },
      ],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Steps of a production order by sequence: one query for N production orders. */
  ofProductionOrder(ctx: RequestContext, productionOrderId: string): Promise<WorkOrder[]> {
    return childrenLoader(ctx, WorkOrder, 'productionOrderId', { orderBy: { sequence: 'asc', id: 'asc' } }).load(productionOrderId);
  }

  workCenter(ctx: RequestContext, id: string): Promise<WorkCenter> {
    return loadOrNotFound(ctx, WorkCenter, id, 'WorkCenter');
  }

  productionOrder(ctx: RequestContext, id: string): Promise<ProductionOrder> {
    return loadOrNotFound(ctx, ProductionOrder, id, 'Production order');
  }

  /**
   * Share-locks the production order, then locks the step (always in that order, like every writer
   * of steps), checks the state machine, applies the change and records its event, in one
   * transaction. A refusal (UserErrorsException) rolls everything back.
   */
  private transition(
    ctx: RequestContext,
    id: string,
    to: WorkOrderStatus,
    apply: (em: EntityManager, wo: WorkOrder, mo: ProductionOrderHead) => Promise<WorkOrderChange>,
  ): Promise<Result> {
    let mo: ProductionOrderHead | null = null;
    return transition(ctx, WorkOrder, id, {
      key: 'workOrder',
      label: 'Work order',
      canMove: canMoveWorkOrder,
      refusal: (from, next, wo) => `${label(wo)} is ${from} and cannot become ${next}`,
      to,
      lock: async (em) => {
        const found = isUuid(id) ? await em.findOne(WorkOrder, id) : null;
        mo = found ? await shareProductionOrder(em, found.productionOrderId) : null;
        return mo ? lockAndLoad(em, WorkOrder, id) : null;
      },
      apply: (em, wo) => apply(em, wo, mo!),
      event: (_em, wo, { from, result }) => eventOf(result, eventPayload(wo), EVENT_VERSION[to] ?? (from === WorkOrderStatus.IN_PROGRESS ? 3 : 2)),
    });
  }
}
