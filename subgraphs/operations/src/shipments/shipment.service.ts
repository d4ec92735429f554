import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  TENANT_FILTER,
  UserErrorCode,
  UserErrorsException,
  byIdLoader,
  childrenLoader,
  idempotentCreate,
  isUuid,
  nextDocumentNumber,
  refuseTransition,
  transition,
  userError,
  uuidOrNil,
  type Connection,
  type RequestContext,
  type TenantParams,
  type TransitionEvent,
  type TransitionSpec,
  type UserError,
  eventOf,
  withUserErrors,
  listPage,
  type ListArgsValue,
  SortDirection } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { Reservation } from '../reservations/reservation.entity';
import { ReservationStatus } from '../reservations/reservation-status';
import type { ReservationService } from '../reservations/reservation.service';
import { Shipment, ShipmentLine } from './shipment.entity';
import { ShipmentStatus, canMoveShipment } from './shipment-status';
import type { CreateShipmentInput, ShipmentFilter } from './shipment.inputs';
import { ShipmentDelivered, ShipmentShipped } from '@prometric/contracts';

type Result = { shipment: Shipment } | { errors: UserError[] };

const MAX_TEXT = 255;
const DB_FIELDS = { shipment_line_reservation_active_unique: ['lines'] };
/** One move of the shipment state machine (see `transition`). */
function moveShipment<R>(ctx: RequestContext, id: string, spec: Omit<TransitionSpec<Shipment, ShipmentStatus, 'shipment', R>, 'key' | 'label' | 'canMove'>) {
  return transition(ctx, Shipment, id, { key: 'shipment', label: 'Shipment', canMove: canMoveShipment, ...spec });
}

/** shipment.shipped / shipment.delivered: the shipment and its lines. */
function shipmentEvent(contract: typeof ShipmentShipped | typeof ShipmentDelivered, s: Shipment, lines: ShipmentLine[]): TransitionEvent {
  return eventOf(contract, {
    id: s.id,
    number: s.number,
    orderId: s.orderId,
    warehouseId: s.warehouse.id,
    trackingNumber: s.trackingNumber ?? null,
    lines: lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
  });
}

/**
 * Takes the row locks of the tenant's reservations with these ids, in id order (the order every
 * locker of several reservations uses), and returns the ids found. Raw SQL so that only the
 * reservation rows are locked, not their joined warehouse.
 */
async function lockReservationIds(em: EntityManager, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const rows: { id: string }[] = await em.execute(
    `select "id" from "operations"."reservation" where "workspace_id" = ? and "deleted_at" is null and "id" in (${ids.map(() => '?').join(', ')}) order by "id" for update`,
    [tenant.workspaceId, ...ids],
  );
  return rows.map((r) => r.id);
}

/**
 * Shipments: reserved stock of one order leaving one warehouse. A reservation ships whole and sits
 * in at most one shipment that is not cancelled. Shipping issues every reservation of the shipment
 * through the ledger in the shipment's transaction, under its row lock, so concurrent ships issue once.
 */
export class ShipmentService extends EntityReads(Shipment, 'Shipment') {
  constructor(private readonly reservations: ReservationService) {
    super();
  }

  async create(ctx: RequestContext, input: CreateShipmentInput): Promise<Result> {
    const errors: UserError[] = [];
    if (!isUuid(input.orderId)) errors.push(userError(UserErrorCode.INVALID, 'Order id must be a UUID', ['orderId']));
    if (!isUuid(input.warehouseId)) errors.push(userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId']));
    const lines = input.lines ?? null;
    if (lines && !lines.length) errors.push(userError(UserErrorCode.REQUIRED, 'A shipment needs at least one line (or omit lines to ship everything reserved)', ['lines']));
    const seen = new Set<string>();
    lines?.forEach((l, i) => {
      if (!isUuid(l.reservationId)) errors.push(userError(UserErrorCode.NOT_FOUND, 'Reservation not found', ['lines', String(i), 'reservationId']));
      else if (seen.has(l.reservationId)) errors.push(userError(UserErrorCode.INVALID, 'A reservation can be listed once', ['lines', String(i), 'reservationId']));
      seen.add(l.reservationId);
      if (l.quantity != null && (!Number.isInteger(l.quantity) || l.quantity <= 0)) {
        errors.push(userError(UserErrorCode.INVALID, 'Quantity must be more than zero', ['lines', String(i), 'quantity']));
      }
    });
    if (errors.length) return { errors };
    // Two concurrent shipments of one reservation: the partial unique index lets one win.
    return withUserErrors(async () => {
      const shipment = await idempotentCreate(
        ctx.em,
        'createShipment',
        input.idempotencyKey,
        async (em) => {
          const warehouse = await em.findOne(Warehouse, input.warehouseId);
          if (!warehouse) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId'])]);
          let wanted = lines ? lines.map((l) => l.reservationId) : await this.shippable(em, input.orderId, warehouse.id);
          if (!wanted.length) {
            throw new UserErrorsException([userError(UserErrorCode.INVALID, 'The order has no reserved stock in this warehouse that is not already in a shipment', ['orderId'])]);
          }
          await lockReservationIds(em, wanted);
          const found = await em.find(Reservation, { id: { $in: wanted } }, { refresh: true });
          const byId = new Map(found.map((r) => [r.id, r]));
          const active = new Set(
            (await em.find(ShipmentLine, { reservation: { $in: wanted }, active: true })).map((l) => l.reservation.id),
          );
          if (!lines) {
            // Chosen before their locks were granted: drop what was released, issued or shipped meanwhile.
            wanted = wanted.filter((id) => byId.get(id)?.status === ReservationStatus.RESERVED && !active.has(id));
            if (!wanted.length) {
              throw new UserErrorsException([userError(UserErrorCode.INVALID, 'The order has no reserved stock in this warehouse that is not already in a shipment', ['orderId'])]);
            }
          }
          const refused: UserError[] = [];
          wanted.forEach((id, i) => {
            const field = lines ? ['lines', String(i), 'reservationId'] : ['orderId'];
            const r = byId.get(id);
            if (!r) return refused.push(userError(UserErrorCode.NOT_FOUND, 'Reservation not found', field));
            if (r.orderId !== input.orderId) return refused.push(userError(UserErrorCode.INVALID, 'The reservation is for another order', field));
            if (r.warehouse.id !== warehouse.id) return refused.push(userError(UserErrorCode.INVALID, 'The reservation is held in another warehouse', field));
            if (r.status !== ReservationStatus.RESERVED) return refused.push(userError(UserErrorCode.INVALID_TRANSITION, `The reservation is ${r.status}, not RESERVED`, field));
            if (active.has(id)) return refused.push(userError(UserErrorCode.CONFLICT, 'The reservation is already in a shipment that is not cancelled', field));
            const quantity = lines?.[i].quantity;
            if (quantity != null && quantity !== r.quantity) {
              return refused.push(userError(UserErrorCode.INVALID, `A reservation ships whole: ${r.quantity} units`, ['lines', String(i), 'quantity']));
            }
            return 0;
          });
          if (refused.length) throw new UserErrorsException(refused);
          const shipment = em.create(Shipment, { number: await nextDocumentNumber(em, 'SH'), orderId: input.orderId, warehouse, status: ShipmentStatus.PENDING });
          for (const id of wanted) {
            const r = byId.get(id)!;
            em.create(ShipmentLine, { shipment, reservation: r, productId: r.productId, quantity: r.quantity, active: true });
          }
          return shipment;
        },
        (em, id) => em.findOneOrFail(Shipment, id),
      );
      return { shipment };
    }, DB_FIELDS);
  }

  /** PENDING → PICKED. */
  pick(ctx: RequestContext, id: string): Promise<Result> {
    return moveShipment(ctx, id, {
      to: ShipmentStatus.PICKED,
      apply: (_em, s) => {
        s.pickedAt = new Date();
      },
    });
  }

  /**
   * PICKED → SHIPPED: issues every reservation of the shipment (ISSUE movements referencing the
   * shipment number) and records shipment.shipped, all in one transaction.
   */
  ship(ctx: RequestContext, id: string, trackingNumber: string, carrier: string): Promise<Result> {
    const tracking = trackingNumber.trim();
    const by = carrier.trim();
    const errors: UserError[] = [];
    if (!tracking) errors.push(userError(UserErrorCode.REQUIRED, 'Tracking number is required', ['trackingNumber']));
    else if (tracking.length > MAX_TEXT) errors.push(userError(UserErrorCode.INVALID, `Tracking number is limited to ${MAX_TEXT} characters`, ['trackingNumber']));
    if (!by) errors.push(userError(UserErrorCode.REQUIRED, 'Carrier is required', ['carrier']));
    else if (by.length > MAX_TEXT) errors.push(userError(UserErrorCode.INVALID, `Carrier is limited to ${MAX_TEXT} characters`, ['carrier']));
    if (errors.length) return Promise.resolve({ errors });
    return moveShipment(ctx, id, {
      to: ShipmentStatus.SHIPPED,
      apply: async (em, s) => {
        const lines = await em.find(ShipmentLine, { shipment: s.id }, { orderBy: { id: 'asc' } });
        // Reservations first (id order), then their levels (product order): the order every locker uses.
        await lockReservationIds(em, lines.map((l) => l.reservation.id).sort());
        const reservations = await em.find(Reservation, { id: { $in: lines.map((l) => l.reservation.id) } }, { refresh: true });
        const stale = reservations.filter((r) => r.status !== ReservationStatus.RESERVED);
        if (stale.length !== 0 || reservations.length !== lines.length) {
          throw refuseTransition(`Reservation ${stale[0]?.id ?? ''} of the shipment is no longer RESERVED; cancel the shipment and create a new one`);
        }
        reservations.sort((a, b) => (a.productId === b.productId ? (a.id < b.id ? -1 : 1) : a.productId < b.productId ? -1 : 1));
        for (const r of reservations) await this.reservations.issueLocked(em, r, s.number);
        s.trackingNumber = tracking;
        s.carrier = by;
        s.shippedAt = new Date();
        return lines;
      },
      event: (_em, s, { result: lines }) => shipmentEvent(ShipmentShipped, s, lines),
    });
  }

  /** SHIPPED → DELIVERED, recording shipment.delivered. */
  deliver(ctx: RequestContext, id: string): Promise<Result> {
    return moveShipment(ctx, id, {
      to: ShipmentStatus.DELIVERED,
      apply: (em, s) => {
        s.deliveredAt = new Date();
        return em.find(ShipmentLine, { shipment: s.id }, { orderBy: { id: 'asc' } });
      },
      event: (_em, s, { result: lines }) => shipmentEvent(ShipmentDelivered, s, lines),
    });
  }

  /** PENDING or PICKED → CANCELLED: the reservations stay RESERVED and may join another shipment. */
  cancel(ctx: RequestContext, id: string): Promise<Result> {
    return moveShipment(ctx, id, {
      to: ShipmentStatus.CANCELLED,
      apply: async (em, s) => {
        s.cancelledAt = new Date();
        await em.nativeUpdate(ShipmentLine, { shipment: s.id }, { active: false });
      },
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<ShipmentFilter>): Promise<Connection<Shipment>> {
    const f = args.filter;
    return listPage(ctx.em, Shipment, args, {
      where: [f?.orderId && { orderId: uuidOrNil(f.orderId) }, f?.status && { status: f.status }, f?.statusIn && { status: { $in: f.statusIn } }, f?.number && { number: f.number.trim() }],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Shipments of many orders in one query (Order.shipments), oldest first. */
  ofOrder(ctx: RequestContext, orderId: string): Promise<Shipment[]> {
    return childrenLoader(ctx, Shipment, 'orderId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(orderId);
  }

  /** Lines of many shipments in one query. */
  linesOf(ctx: RequestContext, shipmentId: string): Promise<ShipmentLine[]> {
    return childrenLoader(ctx, ShipmentLine, 'shipment', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(shipmentId);
  }

  reservationLoader(ctx: RequestContext) {
    return byIdLoader(ctx, Reservation);
  }

  /** RESERVED reservations of the order in the warehouse that are in no active shipment, in id order. */
  private async shippable(em: EntityManager, orderId: string, warehouseId: string): Promise<string[]> {
    const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
    const rows: { id: string }[] = await em.execute(
      `select r."id" from "operations"."reservation" r
       where r."workspace_id" = ? and r."deleted_at" is null and r."order_id" = ? and r."warehouse_id" = ? and r."status" = ?
         and not exists (select 1 from "operations"."shipment_line" l where l."reservation_id" = r."id" and l."active")
       order by r."id"`,
      [tenant.workspaceId, orderId, warehouseId, ReservationStatus.RESERVED],
    );
    return rows.map((r) => r.id);
  }
}
