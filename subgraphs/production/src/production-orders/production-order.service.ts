import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  UserErrorCode,
  UserErrorsException,
  idempotentCreate,
  isUuid,
  nextDocumentNumber,
  recordEvent,
  transition,
  userError,
  uuidOrNil,
  type Connection,
  type RequestContext,
  type UserError,
  eventOf,
  type TransitionEvent,
  childrenLoader,
  withUserErrors,
  listPage,
  type ListArgsValue,
  SortDirection } from '@prometric/core';
import { completionBlockers } from '../quality/completion-blockers';
import type { BillOfMaterialsService } from '../bill-of-materials/bill-of-materials.service';
import { ProductionOrder } from './production-order.entity';
import { ProductionOrderStatus, canMoveProductionOrder } from './production-order-status';
import type { CreateProductionOrderInput, ProductionOrderFilter } from './production-order.inputs';
import { ProductionCancelled, ProductionCompleted, ProductionCreated, ProductionReleased, ProductionStarted, type PayloadIn } from '@prometric/contracts';

type Result = { productionOrder: ProductionOrder } | { errors: UserError[] };

const MAX_UNITS = 2_147_483_647;
const MAX_TEXT = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The wire payload of every `production.*` event: what operations needs to reserve, consume and
 * receive, and what the order-to-cash saga needs to tie the output to its sales order line.
 */
export function productionEventPayload(mo: ProductionOrder): PayloadIn<typeof ProductionCreated> {
  return {
    id: mo.id,
    number: mo.number,
    status: mo.status,
    productId: mo.productId,
    quantity: mo.quantity,
    warehouseId: mo.warehouseId,
    orderId: mo.orderId ?? null,
    orderLineId: mo.orderLineId ?? null,
    components: (mo.storedComponents ?? []).map((c) => ({ productId: c.productId, quantity: c.quantity })),
  };
}

function validateCreate(input: CreateProductionOrderInput): UserError[] {
  const errors: UserError[] = [];
  if (!isUuid(input.productId)) errors.push(userError(UserErrorCode.INVALID, 'Product id must be a UUID', ['productId']));
  if (!Number.isInteger(input.quantity) || input.quantity <= 0 || input.quantity > MAX_UNITS) errors.push(userError(UserErrorCode.INVALID, 'Quantity must be more than zero', ['quantity']));
  if (!isUuid(input.warehouseId)) errors.push(userError(UserErrorCode.INVALID, 'Warehouse id must be a UUID', ['warehouseId']));
  if (input.orderId != null && !isUuid(input.orderId)) errors.push(userError(UserErrorCode.INVALID, 'Order id must be a UUID', ['orderId']));
  if (input.orderLineId != null) {
    if (!isUuid(input.orderLineId)) errors.push(userError(UserErrorCode.INVALID, 'Order line id must be a UUID', ['orderLineId']));
    else if (input.orderId == null) errors.push(userError(UserErrorCode.REQUIRED, 'An order line needs its order', ['orderId']));
  }
  const dueDate = input.dueDate?.trim();
  if (dueDate && !(DATE.test(dueDate) && !Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)))) errors.push(userError(UserErrorCode.INVALID, 'Due date must be a date (YYYY-MM-DD)', ['dueDate']));
  return errors;
}

/**
 * Production orders: numbered MO-YYYY-NNNNNN (gapless per workspace and year) when created, then
 * PLANNED → RELEASED → IN_PROGRESS → COMPLETED, or CANCELLED before completion. Every transition
 * holds the order's row lock, checks the state machine and records its `production.*` event in the
 * same transaction; operations reserves components on release, consumes them and receives the
 * output on completion, and releases the reservations on cancellation. Production cannot check
 * that a product, warehouse or sales order exists (they live in other subgraphs): ids must be UUIDs.
 */
export class ProductionOrderService extends EntityReads(ProductionOrder, 'Production order') {
  constructor(private readonly bills: BillOfMaterialsService) {
    super();
  }

  async create(ctx: RequestContext, input: CreateProductionOrderInput): Promise<Result> {
    const errors = validateCreate(input);
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const productionOrder = await idempotentCreate(
        ctx.em,
        'createProductionOrder',
        input.idempotencyKey,
        async (em) => {
          const mo = em.create(ProductionOrder, {
            number: await nextDocumentNumber(em, 'MO'),
            productId: input.productId,
            quantity: input.quantity,
            warehouseId: input.warehouseId,
            orderId: input.orderId ?? null,
            orderLineId: input.orderLineId ?? null,
            dueDate: input.dueDate?.trim() || null,
            status: ProductionOrderStatus.PLANNED,
          });
          await em.flush();
          await recordEvent(em, ProductionCreated, { aggregateId: mo.id, aggregateVersion: mo.version, payload: productionEventPayload(mo) });
          return mo;
        },
        (em, id) => em.findOneOrFail(ProductionOrder, id),
      );
      return { productionOrder };
    });
  }

  /** PLANNED → RELEASED: snapshots the active bill × quantity as the components. No active bill: INVALID on productId. */
  release(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, ProductionOrderStatus.RELEASED, async (em, mo) => {
      const active = await this.bills.activeWithLines(em, mo.productId);
      if (!active) throw new UserErrorsException([userError(UserErrorCode.INVALID, 'The product has no active bill of materials', ['productId'])]);
      const components = active.lines.map((l) => ({ productId: l.productId, quantity: l.quantity * mo.quantity }));
      if (components.some((c) => c.quantity > MAX_UNITS)) throw new UserErrorsException([userError(UserErrorCode.INVALID, 'A component quantity would exceed the largest quantity allowed', ['quantity'])]);
      mo.storedComponents = components;
      mo.releasedAt = new Date();
      return (released) => eventOf(ProductionReleased, productionEventPayload(released));
    });
  }

  /** RELEASED → IN_PROGRESS. */
  start(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, ProductionOrderStatus.IN_PROGRESS, async (_em, mo) => {
      mo.startedAt = new Date();
      return (started) => eventOf(ProductionStarted, productionEventPayload(started));
    });
  }

  /** IN_PROGRESS → COMPLETED, unless quality or work orders block it (their errors are returned and nothing changes). */
  complete(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, ProductionOrderStatus.COMPLETED, async (em, mo) => {
      const blockers = await completionBlockers(em, mo.id);
      if (blockers.length) throw new UserErrorsException(blockers);
      mo.completedAt = new Date();
      return (completed) => eventOf(ProductionCompleted, productionEventPayload(completed));
    });
  }

  /** PLANNED, RELEASED or IN_PROGRESS → CANCELLED; operations releases the component reservations. */
  cancel(ctx: RequestContext, id: string, reason: string | null | undefined): Promise<Result> {
    const text = reason?.trim() || null;
    if (text && text.length > MAX_TEXT) return Promise.resolve({ errors: [userError(UserErrorCode.INVALID, `Reason is limited to ${MAX_TEXT} characters`, ['reason'])] });
    return this.transition(ctx, id, ProductionOrderStatus.CANCELLED, async (_em, mo) => {
      mo.cancelledAt = new Date();
      mo.cancelReason = text;
      return (cancelled) => eventOf(ProductionCancelled, { ...productionEventPayload(cancelled), reason: cancelled.cancelReason ?? null });
    });
  }

  /**
   * Locks the order, checks the state machine, applies the change (which names the event), bumps the
   * version and records the event, in one transaction. A refusal (UserErrorsException) rolls
   * everything back.
   */
  private transition(
    ctx: RequestContext,
    id: string,
    to: ProductionOrderStatus,
    apply: (em: EntityManager, mo: ProductionOrder) => Promise<(moved: ProductionOrder) => TransitionEvent>,
  ): Promise<Result> {
    return transition(ctx, ProductionOrder, id, {
      key: 'productionOrder',
      label: 'Production order',
      canMove: canMoveProductionOrder,
      to,
      apply,
      event: (_em, mo, { result }) => result(mo),
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<ProductionOrderFilter>): Promise<Connection<ProductionOrder>> {
    const f = args.filter;
    return listPage(ctx.em, ProductionOrder, args, {
      where: [
        f?.status && { status: f.status },
        f?.statusIn && { status: { $in: f.statusIn } },
        f?.number && { number: f.number.trim() },
        f?.productId && { productId: uuidOrNil(f.productId) },
        f?.orderId && { orderId: uuidOrNil(f.orderId) },
      ],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Production orders of many sales orders in one query (Order.productionOrders), oldest first. */
  ofOrder(ctx: RequestContext, orderId: string): Promise<ProductionOrder[]> {
    return childrenLoader(ctx, ProductionOrder, 'orderId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(orderId);
  }
}
