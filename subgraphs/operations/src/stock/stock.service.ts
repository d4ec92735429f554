import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Decimal,
  money,
  NotFoundError,
  requirePrincipal,
  TENANT_FILTER,
  UserErrorCode,
  UserErrorsException,
  idempotentCreate,
  isUuid,
  recordEvent,
  userError,
  type RequestContext,
  type TenantParams,
  type UserError,
  childrenLoader,
  withUserErrors,
  SortDirection,
  listPage,
  uuidOrNil,
  type Connection,
  type ListArgsValue,
} from '@prometric/core';
import { productReference } from '../products/product.reference';
import { Warehouse } from '../warehouses/warehouse.entity';
import type { WarehouseService } from '../warehouses/warehouse.service';
import { StockLevel, StockMovement } from './stock.entity';
import { StockMovementType } from './stock-movement-type';
import { StockAsOf, StockValuation, StockValuationRow, stockLevelView, warehouseStock, WarehouseOnHand, type StockLevelView, type WarehouseStock } from './stock.types';
import type { AdjustStockInput, ReceiveStockInput, StockMovementFilter } from './stock.inputs';
import { StockAdjusted, StockIssued, StockReceived } from '@prometric/contracts';

/** Largest quantity a level can hold (Postgres `integer`, GraphQL `Int`). */
const MAX_UNITS = 2_147_483_647;
const MAX_TEXT = 1000;

type Result = { movement: StockMovement } | { errors: UserError[] };

/** The events a posting of the ledger records. */
export type MovementEvent = typeof StockReceived | typeof StockAdjusted | typeof StockIssued;

/** One movement to append to the ledger. */
export interface Posting {
  type: StockMovementType;
  /** Outbox event of the movement; null when the caller records its own (an issue records stock.issued on its reservation). */
  event: MovementEvent | null;
  productId: string;
  warehouseId: string;
  quantity: number;
  reference: string | null;
  reason: string | null;
  /** Reserved units the movement consumes (an issue of a reservation): reserved falls with onHand. */
  consumesReserved?: number;
  /**
   * Cost of one unit coming in (a receipt: what it was bought at). Ignored for units going out, which
   * leave at the level's average cost; units coming in without a cost come in at that average (0 for
   * a level that never had a cost).
   */
  unitCost?: string | null;
}

/** Decimal places of unit and average costs (numeric(18,4)). */
export const COST_SCALE = 4;

/** A locked stock level, as read under its row lock. */
export interface LevelRow {
  id: string;
  on_hand: number;
  reserved: number;
  /** numeric, as a string. */
  average_cost: string;
}

/**
 * The weighted average cost after `quantity` units move at `unitCost` into (or out of) a level that
 * held `onHand` units at `average`. Units going out leave at the average, which stays; units coming in
 * move it to (onHand × average + quantity × unitCost) / (onHand + quantity), rounded half-up to 4 places.
 * Returns the movement's unit cost and the new average.
 */
export function moveAverage(onHand: number, average: string, quantity: number, unitCost: string | null | undefined): { unitCost: string; average: string } {
  const avg = new Decimal(average);
  if (quantity <= 0 || unitCost == null) return { unitCost: avg.toFixed(COST_SCALE), average: avg.toFixed(COST_SCALE) };
  const after = onHand + quantity;
  const next = avg.times(onHand).plus(new Decimal(unitCost).times(quantity)).dividedBy(after);
  return { unitCost: new Decimal(unitCost).toFixed(COST_SCALE), average: next.toDecimalPlaces(COST_SCALE, Decimal.ROUND_HALF_UP).toFixed(COST_SCALE) };
}

function validateTarget(input: { productId: string; warehouseId: string; reference?: string | null }): UserError[] {
  const errors: UserError[] = [];
  // Operations cannot see sales' products: a well-formed id is all it can check.
  if (!isUuid(input.productId)) errors.push(userError(UserErrorCode.INVALID, 'Product id must be a UUID', ['productId']));
  if (input.reference != null && input.reference.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Reference is limited to 255 characters', ['reference']));
  return errors;
}

/**
 * The stock ledger: every change of stock is a movement, and the product × warehouse level moves
 * with it in the same transaction, under the level's row lock, so concurrent postings serialize and
 * each movement's quantityAfter is exact. Levels never go below zero nor below what is reserved.
 */
export class StockService {
  constructor(private readonly warehouses: WarehouseService) {}

  receive(ctx: RequestContext, input: ReceiveStockInput): Promise<Result> {
    const errors = validateTarget(input);
    if (!Number.isInteger(input.quantity) || input.quantity <= 0) errors.push(userError(UserErrorCode.INVALID, 'Quantity received must be more than zero', ['quantity']));
    if (input.unitCost != null && (new Decimal(input.unitCost).isNegative() || new Decimal(input.unitCost).decimalPlaces() > COST_SCALE || new Decimal(input.unitCost).gte(1e14))) {
      errors.push(userError(UserErrorCode.INVALID, `Unit cost must be zero or more, with at most ${COST_SCALE} decimals`, ['unitCost']));
    }
    if (errors.length) return Promise.resolve({ errors });
    return this.post(ctx, 'receiveStock', input.idempotencyKey, {
      type: StockMovementType.RECEIPT,
      event: StockReceived,
      productId: input.productId,
      warehouseId: input.warehouseId,
      quantity: input.quantity,
      reference: input.reference?.trim() || null,
      reason: null,
      unitCost: input.unitCost ?? null,
    });
  }

  adjust(ctx: RequestContext, input: AdjustStockInput): Promise<Result> {
    const errors = validateTarget(input);
    if (!Number.isInteger(input.quantity) || input.quantity === 0) errors.push(userError(UserErrorCode.INVALID, 'Adjustment must be a whole number of units other than zero', ['quantity']));
    const reason = input.reason.trim();
    if (!reason) errors.push(userError(UserErrorCode.REQUIRED, 'Reason is required', ['reason']));
    else if (reason.length > MAX_TEXT) errors.push(userError(UserErrorCode.INVALID, `Reason is limited to ${MAX_TEXT} characters`, ['reason']));
    if (errors.length) return Promise.resolve({ errors });
    return this.post(ctx, 'adjustStock', input.idempotencyKey, {
      type: StockMovementType.ADJUSTMENT,
      event: StockAdjusted,
      productId: input.productId,
      warehouseId: input.warehouseId,
      quantity: input.quantity,
      reference: input.reference?.trim() || null,
      reason,
    });
  }

  /** A page of the ledger. */
  movements(ctx: RequestContext, args: ListArgsValue<StockMovementFilter>): Promise<Connection<StockMovement>> {
    const f = args.filter;
    return listPage(ctx.em, StockMovement, args, {
      where: [
        f?.productId && { productId: uuidOrNil(f.productId) },
        f?.warehouseId && { warehouse: uuidOrNil(f.warehouseId) },
        f?.typeIn && { type: { $in: f.typeIn } },
        f?.reference && { reference: f.reference.trim() },
      ],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Stock of each product summed over warehouses (zeros when it has none): one query for N products. */
  async totalOf(ctx: RequestContext, productId: string): Promise<StockLevelView> {
    const levels = await this.levelsLoader(ctx).load(productId);
    return stockLevelView(
      levels.reduce((sum, l) => sum + l.onHand, 0),
      levels.reduce((sum, l) => sum + l.reserved, 0),
    );
  }

  /** Stock of a product in each warehouse that has (or had) any, by warehouse code: one query per N products. */
  async byWarehouseOf(ctx: RequestContext, productId: string): Promise<WarehouseStock[]> {
    const levels = await this.levelsLoader(ctx).load(productId);
    const warehouses = await Promise.all(levels.map((l) => this.warehouses.loader(ctx).load(l.warehouse.id)));
    return levels
      .map((l, i) => ({ level: l, warehouse: warehouses[i] }))
      .filter((x): x is { level: StockLevel; warehouse: Warehouse } => x.warehouse != null)
      .sort((a, b) => a.warehouse.code.localeCompare(b.warehouse.code))
      .map(({ level, warehouse }) => warehouseStock(warehouse, productId, level));
  }

  /**
   * The stock of a product in one warehouse (zeros when it never held any). Unknown warehouse:
   * NOT_FOUND. A product id is not checked (sales owns products): an unknown one has zero stock.
   */
  async levelOf(ctx: RequestContext, productId: string, warehouseId: string): Promise<WarehouseStock> {
    const warehouse = isUuid(warehouseId) && isUuid(productId) ? await this.warehouses.loader(ctx).load(warehouseId) : null;
    if (!warehouse) throw new NotFoundError(`No warehouse ${warehouseId}`);
    const level = (await this.levelsLoader(ctx).load(productId)).find((l) => l.warehouse.id === warehouseId);
    return warehouseStock(warehouse, productId, level);
  }

  /**
   * Time travel over the ledger: a product's units on hand at the end of `asOf` (UTC), per warehouse,
   * as the sum of its movements until then. One statement; the ledger is append-only, so the answer
   * for a past date never changes.
   */
  async asOf(ctx: RequestContext, productId: string, asOf: string): Promise<StockAsOf> {
    const rows = isUuid(productId)
      ? await ctx.em.execute<{ warehouse_id: string; on_hand: number }[]>(
        `select m.warehouse_id, sum(m.quantity)::int as on_hand from "${ctx.em.config.get('schema')}".stock_movement m
          where m.workspace_id = ? and m.product_id = ? and m.deleted_at is null and m.created_at < ((?::date + 1)::timestamp at time zone 'UTC')
          group by m.warehouse_id`,
        [requirePrincipal(ctx).workspaceId, productId, asOf],
      )
      : [];
    const warehouses = await Promise.all(rows.map((r) => this.warehouses.loader(ctx).load(r.warehouse_id)));
    const perWarehouse = rows
      .map((r, i) => ({ warehouse: warehouses[i], onHand: r.on_hand }))
      .filter((x): x is WarehouseOnHand => x.warehouse != null)
      .sort((a, b) => a.warehouse.code.localeCompare(b.warehouse.code))
      .map((x) => Object.assign(new WarehouseOnHand(), x));
    return Object.assign(new StockAsOf(), { asOf, product: productReference(productId), onHand: perWarehouse.reduce((sum, w) => sum + w.onHand, 0), warehouses: perWarehouse });
  }

  /**
   * The value of the stock at the instant `asOf`, per product and warehouse (one warehouse, or all):
   * for each level, its last movement at or before `asOf` gives the units on hand (`quantity_after`)
   * and the weighted average unit cost (`average_cost_after`, 0 for movements written before costs
   * were recorded); value = units × average, rounded half-up to cents. Units that came in without a
   * cost are counted as unvalued (at most what is on hand). One statement over the ledger, plus one
   * for the warehouses (a DataLoader): two, whatever the data size.
   */
  async valuation(ctx: RequestContext, asOf: Date, warehouseId: string | null | undefined): Promise<StockValuation> {
    const principal = requirePrincipal(ctx);
    const cur = principal.currency;
    if (warehouseId != null && !(isUuid(warehouseId) && (await this.warehouses.loader(ctx).load(warehouseId)))) throw new NotFoundError(`No warehouse ${warehouseId}`);
    const rows = await ctx.em.execute<{ product_id: string; warehouse_id: string; on_hand: number; average_cost: string; value: string; unvalued: number }[]>(
      `with params as (select ?::uuid as ws, ?::timestamptz as as_of, ?::uuid as wh),
      moved as (
        select m.product_id, m.warehouse_id, m.seq, m.quantity, m.quantity_after, m.unit_cost, m.average_cost_after
        from "${ctx.em.config.get('schema')}".stock_movement m, params
        where m.workspace_id = params.ws and m.deleted_at is null and m.created_at <= params.as_of and (params.wh is null or m.warehouse_id = params.wh)
      ),
      last as (
        select distinct on (product_id, warehouse_id) product_id, warehouse_id, quantity_after as on_hand, coalesce(average_cost_after, 0) as average_cost
        from moved order by product_id, warehouse_id, seq desc
      ),
      unvalued as (
        select product_id, warehouse_id, sum(quantity)::bigint as units from moved where unit_cost is null and quantity > 0 group by product_id, warehouse_id
      )
      select l.product_id, l.warehouse_id, l.on_hand, l.average_cost::text as average_cost, round(l.on_hand * l.average_cost, 2)::text as value,
        least(coalesce(u.units, 0), l.on_hand)::int as unvalued
      from last l left join unvalued u using (product_id, warehouse_id)
      where l.on_hand > 0`,
      [principal.workspaceId, asOf.toISOString(), warehouseId ?? null],
    );
    const warehouses = await Promise.all(rows.map((r) => this.warehouses.loader(ctx).load(r.warehouse_id)));
    const result = rows
      .map((r, i) => ({ r, warehouse: warehouses[i] }))
      .filter((x): x is { r: (typeof rows)[number]; warehouse: Warehouse } => x.warehouse != null)
      .sort((a, b) => a.warehouse.code.localeCompare(b.warehouse.code) || (a.r.product_id < b.r.product_id ? -1 : a.r.product_id > b.r.product_id ? 1 : 0))
      .map(({ r, warehouse }) =>
        Object.assign(new StockValuationRow(), {
          product: productReference(r.product_id),
          warehouse,
          onHand: r.on_hand,
          averageCost: new Decimal(r.average_cost).toFixed(COST_SCALE),
          value: money(r.value, cur),
          unvaluedQuantity: r.unvalued,
        }),
      );
    return Object.assign(new StockValuation(), {
      asOf,
      currency: cur,
      rows: result,
      totalQuantity: result.reduce((acc, r) => acc + r.onHand, 0),
      totalValue: money(result.reduce((acc, r) => acc.plus(r.value.amount), new Decimal(0)), cur),
      unvaluedQuantity: result.reduce((acc, r) => acc + r.unvaluedQuantity, 0),
    });
  }

  /** Per-request loader: the levels of N products in one query, tenant-scoped by the request's fork. */
  levelsLoader(ctx: RequestContext) {
    return childrenLoader(ctx, StockLevel, 'productId');
  }

  private async post(ctx: RequestContext, operation: string, idempotencyKey: string | null | undefined, posting: Posting): Promise<Result> {
    return withUserErrors(async () => {
      const movement = await idempotentCreate(
        ctx.em,
        operation,
        idempotencyKey,
        (em) => this.append(em, posting),
        (em, id) => em.findOneOrFail(StockMovement, id),
      );
      return { movement };
    });
  }

  /**
   * Inside the caller's transaction: lock the level, check, move it, append the movement and its
   * event. Throws UserErrorsException (rolling the transaction back) when the movement is refused.
   */
  async append(em: EntityManager, posting: Posting): Promise<StockMovement> {
    const warehouse = isUuid(posting.warehouseId) ? await em.findOne(Warehouse, posting.warehouseId) : null;
    if (!warehouse) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId'])]);
    const level = await lockLevel(em, posting.productId, warehouse.id);
    const after = level.on_hand + posting.quantity;
    const reservedAfter = level.reserved - (posting.consumesReserved ?? 0);
    if (after < 0) {
      throw new UserErrorsException([userError(UserErrorCode.INSUFFICIENT_STOCK, `Stock cannot go below zero: ${level.on_hand} on hand`, ['quantity'])]);
    }
    if (reservedAfter < 0) throw new UserErrorsException([userError(UserErrorCode.INSUFFICIENT_STOCK, `Only ${level.reserved} units are reserved`, ['quantity'])]);
    if (after < reservedAfter) {
      throw new UserErrorsException([userError(UserErrorCode.INSUFFICIENT_STOCK, `Stock cannot go below what is reserved: ${level.reserved} reserved`, ['quantity'])]);
    }
    if (after > MAX_UNITS) throw new UserErrorsException([userError(UserErrorCode.INVALID, 'Stock would exceed the largest quantity a level can hold', ['quantity'])]);
    const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
    const cost = moveAverage(level.on_hand, level.average_cost, posting.quantity, posting.unitCost);
    await em.execute(`update "operations"."stock_level" set "on_hand" = ?, "reserved" = ?, "average_cost" = ?, "updated_at" = now(), "updated_by" = ? where "id" = ?`, [
      after,
      reservedAfter,
      cost.average,
      tenant.userId,
      level.id,
    ]);
    const movement = em.create(StockMovement, {
      type: posting.type,
      productId: posting.productId,
      warehouse,
      quantity: posting.quantity,
      quantityAfter: after,
      reference: posting.reference,
      reason: posting.reason,
      unitCost: cost.unitCost,
      averageCostAfter: cost.average,
    });
    if (posting.event) {
      await recordEvent(em, posting.event, {
        aggregateId: movement.id,
        aggregateVersion: 1,
        payload: {
          movementId: movement.id,
          type: posting.type,
          productId: posting.productId,
          warehouseId: warehouse.id,
          quantity: posting.quantity,
          quantityAfter: after,
          reserved: reservedAfter,
          reference: posting.reference,
          reason: posting.reason,
          unitCost: cost.unitCost,
        },
      });
    }
    return movement;
  }
}

/**
 * Creates the product × warehouse level at zero on first use, then takes its row lock: concurrent
 * postings to the same level wait here until the holder commits, then read its result. Raw SQL
 * because the lock must come before any read of the quantity; RLS still scopes it to the tenant.
 */
export async function lockLevel(em: EntityManager, productId: string, warehouseId: string): Promise<LevelRow> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  await em.execute(
    `insert into "operations"."stock_level" ("id", "organization_id", "workspace_id", "product_id", "warehouse_id", "on_hand", "reserved", "created_by", "updated_by")
     values (gen_random_uuid(), ?, ?, ?, ?, 0, 0, ?, ?)
     on conflict ("workspace_id", "product_id", "warehouse_id") do nothing`,
    [tenant.organizationId, tenant.workspaceId, productId, warehouseId, tenant.userId, tenant.userId],
  );
  const rows: LevelRow[] = await em.execute(
    `select "id", "on_hand", "reserved", "average_cost" from "operations"."stock_level"
     where "workspace_id" = ? and "product_id" = ? and "warehouse_id" = ? for update`,
    [tenant.workspaceId, productId, warehouseId],
  );
  return rows[0];
}

/**
 * Takes the row locks of every existing level of a product, in (product, warehouse) order — the
 * order every multi-level locker uses, so two of them never wait on each other in a cycle. Levels
 * of deleted warehouses are left out. A product without levels has nothing to lock (nothing to take).
 */
export async function lockProductLevels(em: EntityManager, productId: string): Promise<(LevelRow & { warehouse_id: string; code: string })[]> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  return em.execute(
    `select l."id", l."on_hand", l."reserved", l."average_cost", l."warehouse_id", w."code" from "operations"."stock_level" l
     join "operations"."warehouse" w on w."id" = l."warehouse_id" and w."deleted_at" is null
     where l."workspace_id" = ? and l."product_id" = ? order by l."warehouse_id" for update of l`,
    [tenant.workspaceId, productId],
  );
}
