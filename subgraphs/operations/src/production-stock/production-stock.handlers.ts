import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserErrorsException, recordEvent, type DomainEvent, type EventHandler } from '@prometric/core';
import type { StockService } from '../stock/stock.service';
import { StockMovementType } from '../stock/stock-movement-type';
import type { ReservationService } from '../reservations/reservation.service';
import { StockIssued, StockReceived, ProductionOutputReceived, type ProductionCancelled, type ProductionCompleted, type ProductionReleased, type PayloadOf } from '@prometric/contracts';

/** What operations reads of production's `production.*` events (the released, completed and cancelled payloads all carry it). */
type ProductionEventPayload = PayloadOf<typeof ProductionReleased>;

type TrackedStatus = 'RELEASED' | 'COMPLETED' | 'CANCELLED';

/**
 * Thrown when a completion cannot consume its components (not enough stock in the warehouse, or the
 * warehouse is gone). It fails the job: the transaction rolls back (processed_message included) and
 * BullMQ retries with backoff until stock arrives, then dead-letters the job.
 */
export class ComponentsUnavailableError extends Error {
  constructor(number: string, detail: string) {
    super(`Production order ${number}: components cannot be issued (${detail}); the event will be retried`);
    this.name = 'ComponentsUnavailableError';
  }
}

/**
 * Records that operations applied `status` to the production order, and returns the status it had
 * applied before (null the first time). The row lock serializes the handlers of one production
 * order, so events delivered in parallel or out of order (a `released` after `cancelled`) are told
 * apart by what was applied before.
 */
async function track(em: EntityManager, event: DomainEvent<ProductionEventPayload>, p: ProductionEventPayload, status: TrackedStatus): Promise<TrackedStatus | null> {
  const inserted: unknown[] = await em.execute(
    `insert into "operations"."production_order_stock" ("id", "organization_id", "workspace_id", "number", "warehouse_id", "status")
     values (?, ?, ?, ?, ?, ?) on conflict ("id") do nothing returning "id"`,
    [p.id, event.organizationId, event.workspaceId, p.number, p.warehouseId, status],
  );
  if (inserted.length) return null;
  const rows: { status: TrackedStatus }[] = await em.execute(`select "status" from "operations"."production_order_stock" where "id" = ? for update`, [p.id]);
  await em.execute(`update "operations"."production_order_stock" set "status" = ?, "updated_at" = now() where "id" = ?`, [status, p.id]);
  return rows[0].status;
}

/** Components merged by product, in product id order (the order every locker of several levels uses). */
function componentsOf(p: ProductionEventPayload): { productId: string; quantity: number }[] {
  const byProduct = new Map<string, number>();
  for (const c of p.components ?? []) byProduct.set(c.productId, (byProduct.get(c.productId) ?? 0) + c.quantity);
  return [...byProduct.entries()].map(([productId, quantity]) => ({ productId, quantity })).sort((a, b) => (a.productId < b.productId ? -1 : 1));
}

/**
 * Applies production's events to stock, reusing the reservation and ledger code the API uses (level
 * row locks, stock_level moved only by `StockService.append` and the reservation service).
 */
export class ProductionStockHandlers {
  constructor(
    private readonly stock: StockService,
    private readonly reservations: ReservationService,
  ) {}

  /**
   * `production.released`: reserves each component in the production order's warehouse, as much as
   * is available. What is short is recorded on the production order's row (`shortage`); the order may
   * still start, and completion issues what it needs then. Skipped when the order was already
   * cancelled or completed (a late delivery).
   */
  released: EventHandler<typeof ProductionReleased> = async (em, event) => {
    const p = event.payload;
    if ((await track(em, event, p, 'RELEASED')) != null) return;
    const requestId = randomUUID();
    const shortage: { productId: string; quantity: number }[] = [];
    for (const c of componentsOf(p)) {
      const result = await this.reservations.reserveIn(em, { productionOrderId: p.id }, c.productId, p.warehouseId, c.quantity, requestId);
      if (result.shortage > 0) shortage.push({ productId: c.productId, quantity: result.shortage });
    }
    await em.execute(`update "operations"."production_order_stock" set "shortage" = ?::jsonb, "updated_at" = now() where "id" = ?`, [JSON.stringify(shortage), p.id]);
  };

  /**
   * `production.completed`: issues the component reservations (ISSUE movements), issues any
   * unreserved remainder directly, receives the output (RECEIPT of `quantity`, reference = the MO
   * number) and records `production.output_received` for the order-to-cash saga. Not enough stock
   * for a component throws ComponentsUnavailableError, so BullMQ retries the whole event.
   */
  completed: EventHandler<typeof ProductionCompleted> = async (em, event) => {
    const p = event.payload;
    const before = await track(em, event, p, 'COMPLETED');
    if (before === 'COMPLETED' || before === 'CANCELLED') return;
    const reserved = await this.reservations.lockReservedOf(em, 'production_order_id', p.id);
    // Every level this touches, in product id order: the components and the output.
    const steps = [...componentsOf(p).map((c) => ({ ...c, output: false })), { productId: p.productId, quantity: p.quantity, output: true }].sort((a, b) =>
      a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0,
    );
    try {
      for (const step of steps) {
        if (step.output) {
          // No unitCost: the output comes in at the product's average cost in that warehouse (0 when
          // it has none); the components' cost is not rolled up into it.
          await this.stock.append(em, {
            type: StockMovementType.RECEIPT,
            event: StockReceived,
            productId: p.productId,
            warehouseId: p.warehouseId,
            quantity: p.quantity,
            reference: p.number,
            reason: null,
          });
          continue;
        }
        let needed = step.quantity;
        for (const r of reserved.filter((x) => x.productId === step.productId && x.warehouse.id === p.warehouseId)) {
          if (r.quantity > needed) continue;
          await this.reservations.issueLocked(em, r, p.number);
          needed -= r.quantity;
        }
        if (needed > 0) {
          await this.stock.append(em, {
            type: StockMovementType.ISSUE,
            event: StockIssued,
            productId: step.productId,
            warehouseId: p.warehouseId,
            quantity: -needed,
            reference: p.number,
            reason: null,
          });
        }
      }
    } catch (e) {
      if (e instanceof UserErrorsException) throw new ComponentsUnavailableError(p.number, e.errors.map((x) => x.message).join('; '));
      throw e;
    }
    // Nothing should be left reserved for a completed order; whatever is (never more than was needed) goes back.
    await this.reservations.releaseAllOf(em, 'production_order_id', p.id);
    await recordEvent(em, ProductionOutputReceived, {
      aggregateId: p.id,
      aggregateVersion: event.aggregateVersion,
      payload: {
        productionOrderId: p.id,
        number: p.number,
        productId: p.productId,
        quantity: p.quantity,
        warehouseId: p.warehouseId,
        orderId: p.orderId ?? null,
        orderLineId: p.orderLineId ?? null,
      },
    });
  };

  /** `production.cancelled`: releases the production order's component reservations (none when it had not been released). */
  cancelled: EventHandler<typeof ProductionCancelled> = async (em, event) => {
    const p = event.payload;
    const before = await track(em, event, p, 'CANCELLED');
    if (before === 'COMPLETED' || before === 'CANCELLED') return;
    await this.reservations.releaseAllOf(em, 'production_order_id', p.id);
  };
}
