import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  TENANT_FILTER,
  UserErrorCode,
  UserErrorsException,
  claimIdempotencyKey,
  isUuid,
  recordEvent,
  rememberIdempotentResult,
  transition,
  userError,
  type RequestContext,
  type TenantParams,
  type UserError,
  eventOf,
  type TransitionEvent,
  childrenLoader,
  withUserErrors,
  SortDirection,
  listPage,
  uuidOrNil,
  type Connection,
  type ListArgsValue,
} from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { StockMovement } from '../stock/stock.entity';
import { StockMovementType } from '../stock/stock-movement-type';
import { lockLevel, lockProductLevels, type StockService } from '../stock/stock.service';
import type { ReservationFilter, ReserveStockInput } from './reservation.inputs';
import { Reservation } from './reservation.entity';
import { ReservationStatus, canMoveReservation } from './reservation-status';
import { StockIssued, StockReleased, StockReserved, type PayloadIn } from '@prometric/contracts';

type ReserveResult = { reservations: Reservation[]; shortage: number } | { errors: UserError[] };
type ChangeResult = { reservation: Reservation } | { errors: UserError[] };
type IssueResult = { reservation: Reservation; movement: StockMovement } | { errors: UserError[] };
type ReleaseOrderResult = { released: Reservation[] } | { errors: UserError[] };

function eventPayload(r: Reservation): PayloadIn<typeof StockReleased> {
  return {
    reservationId: r.id,
    orderId: r.orderId ?? null,
    orderLineId: r.orderLineId ?? null,
    productionOrderId: r.productionOrderId ?? null,
    productId: r.productId,
    warehouseId: r.warehouse.id,
    quantity: r.quantity,
    status: r.status,
  };
}

/**
 * Takes the row locks of the tenant's reservations matching `where`, in id order, and returns their
 * ids. Raw SQL because an ORM `FOR UPDATE` would also lock the joined warehouse row, which every
 * insert referencing that warehouse must key-share: that serializes a whole warehouse and deadlocks
 * against reservers holding level locks.
 */
async function lockReservations(em: EntityManager, where: string, params: unknown[]): Promise<string[]> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const rows: { id: string }[] = await em.execute(
    `select "id" from "operations"."reservation" where "workspace_id" = ? and "deleted_at" is null and ${where} order by "id" for update`,
    [tenant.workspaceId, ...params],
  );
  return rows.map((row) => row.id);
}

/** Moves the reserved units of a locked level by `delta` (the check constraint backs the caller's own check). */
async function shiftReserved(em: EntityManager, levelId: string, delta: number): Promise<void> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  await em.execute(`update "operations"."stock_level" set "reserved" = "reserved" + ?, "updated_at" = now(), "updated_by" = ? where "id" = ?`, [delta, tenant.userId, levelId]);
}

/**
 * Reservations: units promised to sales orders. They never exceed what is available
 * (onHand − reserved): each reservation moves its level's `reserved` under the level's row lock,
 * the same lock the ledger takes, so concurrent reservations, releases, issues and movements of a
 * level serialize. A shortage is reported as data, not refused: the saga makes it up later.
 */
export class ReservationService {
  constructor(private readonly stock: StockService) {}

  /**
   * Reserves up to `quantity` units: in the given warehouse, or else from the warehouses in code
   * order until covered (one reservation per warehouse that gives units). What is not available is
   * returned as `shortage`.
   */
  async reserve(ctx: RequestContext, input: ReserveStockInput): Promise<ReserveResult> {
    const errors: UserError[] = [];
    if (!isUuid(input.orderId)) errors.push(userError(UserErrorCode.INVALID, 'Order id must be a UUID', ['orderId']));
    if (input.orderLineId != null && !isUuid(input.orderLineId)) errors.push(userError(UserErrorCode.INVALID, 'Order line id must be a UUID', ['orderLineId']));
    if (!isUuid(input.productId)) errors.push(userError(UserErrorCode.INVALID, 'Product id must be a UUID', ['productId']));
    if (!Number.isInteger(input.quantity) || input.quantity <= 0) errors.push(userError(UserErrorCode.INVALID, 'Quantity reserved must be more than zero', ['quantity']));
    if (errors.length) return { errors };
    const key = input.idempotencyKey || null;
    return withUserErrors(async () => {
      return await ctx.em.transactional(async (em) => {
        if (key) {
          const claim = await claimIdempotencyKey(em, 'reserveStock', key);
          if (!claim.claimed) {
            const first = await em.find(Reservation, { requestId: claim.resultId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
            return { reservations: first, shortage: Math.max(0, input.quantity - first.reduce((sum, r) => sum + r.quantity, 0)) };
          }
        }
        const warehouseId = input.warehouseId ?? null;
        if (warehouseId != null && !(isUuid(warehouseId) && (await em.findOne(Warehouse, warehouseId)))) {
          throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId'])]);
        }
        // Lock every level of the product (one consistent order for all lockers), then allocate in code order.
        const levels = (await lockProductLevels(em, input.productId))
          .filter((l) => warehouseId == null || l.warehouse_id === warehouseId)
          .sort((a, b) => a.code.localeCompare(b.code) || a.warehouse_id.localeCompare(b.warehouse_id));
        const requestId = randomUUID();
        const reservations: Reservation[] = [];
        let remaining = input.quantity;
        for (const level of levels) {
          if (remaining === 0) break;
          const take = Math.min(remaining, level.on_hand - level.reserved);
          if (take <= 0) continue;
          await shiftReserved(em, level.id, take);
          reservations.push(
            em.create(Reservation, {
              orderId: input.orderId,
              orderLineId: input.orderLineId ?? null,
              productId: input.productId,
              warehouse: em.getReference(Warehouse, level.warehouse_id),
              quantity: take,
              status: ReservationStatus.RESERVED,
              requestId,
            }),
          );
          remaining -= take;
        }
        await em.flush();
        for (const r of reservations) {
          await recordEvent(em, StockReserved, { aggregateId: r.id, aggregateVersion: 1, payload: { ...eventPayload(r), requestId } });
        }
        if (key) await rememberIdempotentResult(em, 'reserveStock', key, requestId);
        return { reservations, shortage: remaining };
      });
    });
  }

  /** RESERVED → RELEASED: the units are available again. Releasing twice is an INVALID_TRANSITION. */
  release(ctx: RequestContext, id: string): Promise<ChangeResult> {
    return this.transition(ctx, id, ReservationStatus.RELEASED, async (em, r) => {
      const level = await lockLevel(em, r.productId, r.warehouse.id);
      await shiftReserved(em, level.id, -r.quantity);
      return (released) => eventOf(StockReleased, eventPayload(released), 2);
    });
  }

  /**
   * RESERVED → ISSUED: the units leave the warehouse. One ISSUE movement lowers onHand and reserved
   * together, in the same transaction as the status change (what a shipment calls).
   */
  async issue(ctx: RequestContext, id: string): Promise<IssueResult> {
    let movement: StockMovement | null = null;
    const result = await this.transition(ctx, id, ReservationStatus.ISSUED, async (em, r) => {
      movement = await this.stock.append(em, {
        type: StockMovementType.ISSUE,
        event: null,
        productId: r.productId,
        warehouseId: r.warehouse.id,
        quantity: -r.quantity,
        reference: `Reservation ${r.id}`,
        reason: null,
        consumesReserved: r.quantity,
      });
      const { id: movementId, unitCost } = movement;
      return (issued) => eventOf(StockIssued, { ...eventPayload(issued), movementId, unitCost: unitCost ?? undefined }, 2);
    });
    return 'errors' in result ? result : { reservation: result.reservation, movement: movement! };
  }

  /**
   * Releases every RESERVED reservation of an order (what cancelling an order calls). Idempotent:
   * a second call finds nothing left and changes nothing.
   */
  async releaseOrder(ctx: RequestContext, orderId: string): Promise<ReleaseOrderResult> {
    if (!isUuid(orderId)) return { errors: [userError(UserErrorCode.INVALID, 'Order id must be a UUID', ['orderId'])] };
    return ctx.em.transactional(async (em) => ({ released: await this.releaseAllOf(em, 'order_id', orderId) }));
  }

  /**
   * Locks the RESERVED reservations of a sales order (`order_id`) or a production order
   * (`production_order_id`) in id order and re-reads them. A reservation released or issued
   * meanwhile by someone else no longer matches once its lock is granted.
   */
  async lockReservedOf(em: EntityManager, column: 'order_id' | 'production_order_id', id: string): Promise<Reservation[]> {
    const ids = await lockReservations(em, `"${column}" = ? and "status" = ?`, [id, ReservationStatus.RESERVED]);
    return ids.length ? em.find(Reservation, { id: { $in: ids } }, { orderBy: { id: 'asc' }, refresh: true }) : [];
  }

  /**
   * Releases every RESERVED reservation of a sales order or a production order inside the caller's
   * transaction and returns them; nothing left to release returns an empty list.
   */
  async releaseAllOf(em: EntityManager, column: 'order_id' | 'production_order_id', id: string): Promise<Reservation[]> {
    const reservations = await this.lockReservedOf(em, column, id);
    const byLevel = new Map<string, { productId: string; warehouseId: string; quantity: number }>();
    for (const r of reservations) {
      const k = `${r.productId}/${r.warehouse.id}`;
      const entry = byLevel.get(k) ?? { productId: r.productId, warehouseId: r.warehouse.id, quantity: 0 };
      entry.quantity += r.quantity;
      byLevel.set(k, entry);
    }
    // Levels in (product, warehouse) order, like every other locker of several levels.
    const levels = [...byLevel.values()].sort((a, b) => (a.productId === b.productId ? (a.warehouseId < b.warehouseId ? -1 : 1) : a.productId < b.productId ? -1 : 1));
    for (const l of levels) {
      const level = await lockLevel(em, l.productId, l.warehouseId);
      await shiftReserved(em, level.id, -l.quantity);
    }
    for (const r of reservations) r.status = ReservationStatus.RELEASED;
    await em.flush();
    for (const r of reservations) {
      await recordEvent(em, StockReleased, { aggregateId: r.id, aggregateVersion: 2, payload: eventPayload(r) });
    }
    return reservations;
  }

  /**
   * Inside the caller's transaction: reserves up to `quantity` units of a product in one warehouse
   * for a sales order or a production order (exactly one of them), under the level's row lock like
   * `reserve`. Returns the reservation (null when nothing was available) and the units short.
   */
  async reserveIn(
    em: EntityManager,
    target: { orderId?: string | null; orderLineId?: string | null; productionOrderId?: string | null },
    productId: string,
    warehouseId: string,
    quantity: number,
    requestId: string,
  ): Promise<{ reservation: Reservation | null; shortage: number }> {
    const warehouse = isUuid(warehouseId) && isUuid(productId) ? await em.findOne(Warehouse, warehouseId) : null;
    if (!warehouse) return { reservation: null, shortage: quantity };
    const level = await lockLevel(em, productId, warehouseId);
    const take = Math.min(quantity, level.on_hand - level.reserved);
    if (take <= 0) return { reservation: null, shortage: quantity };
    await shiftReserved(em, level.id, take);
    const reservation = em.create(Reservation, {
      orderId: target.orderId ?? null,
      orderLineId: target.orderLineId ?? null,
      productionOrderId: target.productionOrderId ?? null,
      productId,
      warehouse,
      quantity: take,
      status: ReservationStatus.RESERVED,
      requestId,
    });
    await em.flush();
    await recordEvent(em, StockReserved, { aggregateId: reservation.id, aggregateVersion: 1, payload: { ...eventPayload(reservation), requestId } });
    return { reservation, shortage: quantity - take };
  }

  /**
   * RESERVED → ISSUED inside the caller's transaction, for a reservation the caller has already
   * locked and re-read (a shipment locks all its reservations first, in id order, then issues them):
   * the same ISSUE movement and stock.issued event as `issue`, with the caller's ledger reference.
   * Throws UserErrorsException (rolling the caller back) when the reservation is not RESERVED.
   */
  async issueLocked(em: EntityManager, r: Reservation, reference: string): Promise<StockMovement> {
    if (!canMoveReservation(r.status, ReservationStatus.ISSUED)) {
      throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, `A reservation in status ${r.status} cannot become ${ReservationStatus.ISSUED}`, ['id'])]);
    }
    const movement = await this.stock.append(em, {
      type: StockMovementType.ISSUE,
      event: null,
      productId: r.productId,
      warehouseId: r.warehouse.id,
      quantity: -r.quantity,
      reference,
      reason: null,
      consumesReserved: r.quantity,
    });
    r.status = ReservationStatus.ISSUED;
    await em.flush();
    await recordEvent(em, StockIssued, { aggregateId: r.id, aggregateVersion: 2, payload: { ...eventPayload(r), movementId: movement.id, unitCost: movement.unitCost ?? undefined } });
    return movement;
  }

  list(ctx: RequestContext, args: ListArgsValue<ReservationFilter>): Promise<Connection<Reservation>> {
    const f = args.filter;
    return listPage(ctx.em, Reservation, args, {
      where: [
        f?.orderId && { orderId: uuidOrNil(f.orderId) },
        f?.productionOrderId && { productionOrderId: uuidOrNil(f.productionOrderId) },
        f?.productId && { productId: uuidOrNil(f.productId) },
        f?.warehouseId && { warehouse: uuidOrNil(f.warehouseId) },
        f?.statusIn && { status: { $in: f.statusIn } },
      ],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Reservations of an order in every status, oldest first: one query for N orders. */
  ofOrder(ctx: RequestContext, orderId: string): Promise<Reservation[]> {
    return childrenLoader(ctx, Reservation, 'orderId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(orderId);
  }

  /** Locks the reservation, checks the state machine, applies the change and records its event, in one transaction. */
  private transition(
    ctx: RequestContext,
    id: string,
    to: ReservationStatus,
    /** The change; returns the event to record once the reservation has moved. */
    apply: (em: EntityManager, r: Reservation) => Promise<(moved: Reservation) => TransitionEvent>,
  ): Promise<ChangeResult> {
    return transition(ctx, Reservation, id, {
      key: 'reservation',
      label: 'Reservation',
      canMove: canMoveReservation,
      to,
      // Raw SQL lock scoped to the workspace (see lockReservations), then a fresh read.
      lock: async (em, rid) => {
        const locked = isUuid(rid) ? await lockReservations(em, `"id" = ?`, [rid]) : [];
        return locked.length ? em.findOne(Reservation, rid, { refresh: true }) : null;
      },
      apply,
      event: (_em, r, { result }) => result(r),
    });
  }
}
