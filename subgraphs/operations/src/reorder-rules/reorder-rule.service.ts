import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  TENANT_FILTER,
  UserErrorCode,
  UserErrorsException,
  isUuid,
  userError,
  uuidOrNil,
  type Connection,
  type RequestContext,
  type TenantParams,
  type UserError,
  withUserErrors,
  listPage,
  type ListArgsValue,
} from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { Supplier } from '../suppliers/supplier.entity';
import { PurchaseOrder } from '../purchase-orders/purchase-order.entity';
import { OPEN_PURCHASE_ORDER_STATUSES } from '../purchase-orders/purchase-order-status';
import type { DraftLine, PurchaseOrderService } from '../purchase-orders/purchase-order.service';
import { ReorderRule } from './reorder-rule.entity';
import { reorderQuantity } from './reorder-quantity';
import type { ReorderRuleFilter, SetReorderRuleInput } from './reorder-rule.inputs';

type Result = { reorderRule: ReorderRule } | { errors: UserError[] };
type CheckResult = { purchaseOrders: PurchaseOrder[] } | { errors: UserError[] };

const MAX_UNITS = 2_147_483_647;
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Reorder rules and the reorder check. The check runs when asked (runReorderCheck) and, for one
 * product × warehouse, after each stock event that lowers available (reorder.handlers.ts): the
 * event consumer runs it after the stock change committed, so its reads stay off the stock hot path.
 */
export class ReorderRuleService {
  constructor(private readonly purchaseOrders: PurchaseOrderService) {}

  /** Creates or replaces the rule of a product × warehouse. */
  async set(ctx: RequestContext, input: SetReorderRuleInput): Promise<Result> {
    const multiple = input.multiple ?? 1;
    const errors: UserError[] = [];
    if (!isUuid(input.productId)) errors.push(userError(UserErrorCode.INVALID, 'Product id must be a UUID', ['productId']));
    if (!isUuid(input.warehouseId)) errors.push(userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId']));
    if (!isUuid(input.supplierId)) errors.push(userError(UserErrorCode.NOT_FOUND, 'Supplier not found', ['supplierId']));
    const int = (v: number) => Number.isInteger(v) && v <= MAX_UNITS;
    if (!int(input.min) || input.min < 0) errors.push(userError(UserErrorCode.INVALID, 'Min must be zero or more', ['min']));
    if (!int(input.max) || input.max <= 0 || input.max < input.min) errors.push(userError(UserErrorCode.INVALID, 'Max must be more than zero and at least min', ['max']));
    if (!int(multiple) || multiple <= 0) errors.push(userError(UserErrorCode.INVALID, 'Multiple must be more than zero', ['multiple']));
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const reorderRule = await ctx.em.transactional(async (em) => {
        const [warehouse, supplier] = [await em.findOne(Warehouse, input.warehouseId), await em.findOne(Supplier, input.supplierId)];
        const refused: UserError[] = [];
        if (!warehouse) refused.push(userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId']));
        if (!supplier) refused.push(userError(UserErrorCode.NOT_FOUND, 'Supplier not found', ['supplierId']));
        if (refused.length) throw new UserErrorsException(refused);
        const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
        // An upsert, so two concurrent sets of one product × warehouse leave one rule (the last).
        const rows: { id: string }[] = await em.execute(
          `insert into "operations"."reorder_rule" ("id", "organization_id", "workspace_id", "product_id", "warehouse_id", "supplier_id", "min", "max", "multiple", "created_by", "updated_by")
           values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           on conflict ("workspace_id", "product_id", "warehouse_id") do update
             set "supplier_id" = excluded."supplier_id", "min" = excluded."min", "max" = excluded."max", "multiple" = excluded."multiple",
                 "updated_at" = now(), "updated_by" = excluded."updated_by", "deleted_at" = null
           returning "id"`,
          [tenant.organizationId, tenant.workspaceId, input.productId, warehouse!.id, supplier!.id, input.min, input.max, multiple, tenant.userId, tenant.userId],
        );
        return em.findOneOrFail(ReorderRule, rows[0].id, { refresh: true });
      });
      return { reorderRule };
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<ReorderRuleFilter>): Promise<Connection<ReorderRule>> {
    const f = args.filter;
    return listPage(ctx.em, ReorderRule, args, {
      where: [f?.warehouseId && { warehouse: uuidOrNil(f.warehouseId) }, f?.productId && { productId: uuidOrNil(f.productId) }],
      defaultOrder: [{ field: 'createdAt' }],
    });
  }

  /**
   * Drafts what the rules (of one warehouse, or all) say to order; see `checkIn`. Checks of a
   * workspace run one at a time, so running twice drafts nothing new.
   */
  async check(ctx: RequestContext, warehouseId?: string | null): Promise<CheckResult> {
    if (warehouseId != null && !isUuid(warehouseId)) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId'])] };
    return withUserErrors(async () => {
      const purchaseOrders = await ctx.em.transactional((em) => this.checkIn(em, { warehouseId }));
      return { purchaseOrders };
    });
  }

  /**
   * Inside the caller's transaction (the runReorderCheck mutation's, or the event consumer's after a
   * stock event): for each rule in scope whose product × warehouse has available below min and not
   * lifted to min by open purchase quantity for that warehouse, one line of the smallest multiple
   * bringing it to max; lines grouped into one DRAFT purchase order per supplier × warehouse.
   * Returns the drafted purchase orders. Checks of a workspace take one advisory lock, so they run
   * one at a time and a check never drafts again what an open purchase order already covers.
   * Throws UserErrorsException (NOT_FOUND) when `warehouseId` names no warehouse of the tenant.
   *
   * @param scope `warehouseId`: only that warehouse's rules (all warehouses when omitted);
   *   `productId`: only that product's rules. A scope with a product and no rule returns before
   *   taking the lock, so stock events of products without a rule never wait on it.
   */
  async checkIn(em: EntityManager, scope: { warehouseId?: string | null; productId?: string | null }): Promise<PurchaseOrder[]> {
    const { warehouseId, productId } = scope;
    const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
    const where: FilterQuery<ReorderRule> & Record<string, unknown> = {};
    if (warehouseId != null) where.warehouse = uuidOrNil(warehouseId);
    if (productId != null) where.productId = uuidOrNil(productId);
    if (productId != null && !(await em.count(ReorderRule, where))) return [];
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`reorder-check:${tenant.workspaceId}`]);
    if (warehouseId != null && !(await em.findOne(Warehouse, uuidOrNil(warehouseId)))) {
      throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId'])]);
    }
    // Read after the lock: the previous check's drafts are committed and counted as open.
    const rules = await em.find(ReorderRule, where, { orderBy: { productId: 'asc', warehouse: 'asc' } });
    if (!rules.length) return [];
    const productIds = [...new Set(rules.map((r) => r.productId))];
    const available: { product_id: string; warehouse_id: string; available: number }[] = await em.execute(
      `select "product_id", "warehouse_id", ("on_hand" - "reserved")::int as "available" from "operations"."stock_level"
       where "workspace_id" = ? and "product_id" in (${placeholders(productIds.length)})`,
      [tenant.workspaceId, ...productIds],
    );
    const open: { product_id: string; warehouse_id: string; open: number }[] = await em.execute(
      `select l."product_id", po."warehouse_id", sum(l."quantity" - l."received_quantity")::int as "open"
       from "operations"."purchase_order_line" l join "operations"."purchase_order" po on po."id" = l."purchase_order_id"
       where po."workspace_id" = ? and po."deleted_at" is null and l."deleted_at" is null and po."warehouse_id" is not null
         and po."status" in (${placeholders(OPEN_PURCHASE_ORDER_STATUSES.length)}) and l."product_id" in (${placeholders(productIds.length)})
       group by l."product_id", po."warehouse_id"`,
      [tenant.workspaceId, ...OPEN_PURCHASE_ORDER_STATUSES, ...productIds],
    );
    const key = (product: string, warehouse: string) => `${product}/${warehouse}`;
    const availableOf = new Map(available.map((r) => [key(r.product_id, r.warehouse_id), r.available]));
    const openOf = new Map(open.map((r) => [key(r.product_id, r.warehouse_id), r.open]));
    const groups = new Map<string, { supplierId: string; warehouseId: string; lines: DraftLine[] }>();
    for (const rule of rules) {
      const k = key(rule.productId, rule.warehouse.id);
      const quantity = reorderQuantity({ available: availableOf.get(k) ?? 0, open: openOf.get(k) ?? 0, min: rule.min, max: rule.max, multiple: rule.multiple });
      if (quantity <= 0) continue;
      const g = `${rule.supplier.id}/${rule.warehouse.id}`;
      const group = groups.get(g) ?? { supplierId: rule.supplier.id, warehouseId: rule.warehouse.id, lines: [] };
      group.lines.push({ productId: rule.productId, quantity, unitCost: '0' });
      groups.set(g, group);
    }
    if (!groups.size) return [];
    const costs = await this.lastCosts(em, [...groups.values()]);
    const drafted: PurchaseOrder[] = [];
    for (const group of [...groups.values()].sort((a, b) => (a.supplierId + a.warehouseId < b.supplierId + b.warehouseId ? -1 : 1))) {
      const supplier = await em.findOneOrFail(Supplier, group.supplierId);
      const warehouse = await em.findOneOrFail(Warehouse, group.warehouseId);
      const lines = group.lines.map((l) => ({ ...l, unitCost: costs.get(`${group.supplierId}/${l.productId}`) ?? '0' }));
      drafted.push(await this.purchaseOrders.draft(em, supplier, warehouse, lines));
    }
    return drafted;
  }

  /** The unit cost of each supplier × product on its latest purchase order that is not cancelled (one query). */
  private async lastCosts(em: EntityManager, groups: { supplierId: string; lines: DraftLine[] }[]): Promise<Map<string, string>> {
    const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
    const pairs = groups.flatMap((g) => g.lines.map((l) => [g.supplierId, l.productId]));
    const rows: { supplier_id: string; product_id: string; unit_cost: string }[] = await em.execute(
      `select distinct on (po."supplier_id", l."product_id") po."supplier_id", l."product_id", l."unit_cost"
       from "operations"."purchase_order_line" l join "operations"."purchase_order" po on po."id" = l."purchase_order_id"
       where po."workspace_id" = ? and po."status" <> 'CANCELLED' and l."unit_cost" > 0
         and (po."supplier_id", l."product_id") in (${pairs.map(() => '(?, ?)').join(', ')})
       order by po."supplier_id", l."product_id", po."created_at" desc`,
      [tenant.workspaceId, ...pairs.flat()],
    );
    return new Map(rows.map((r) => [`${r.supplier_id}/${r.product_id}`, String(r.unit_cost)]));
  }
}
