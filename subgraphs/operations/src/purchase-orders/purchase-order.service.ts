import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  Decimal,
  UserErrorCode,
  UserErrorsException,
  byIdLoader,
  childrenLoader,
  claimIdempotencyKey,
  idempotentCreate,
  isUuid,
  lockAndLoad,
  money,
  nextDocumentNumber,
  recordEvent,
  rememberIdempotentResult,
  sum,
  transition,
  userError,
  uuidOrNil,
  type Connection,
  type Money,
  type RequestContext,
  type UserError,
  eventOf,
  withUserErrors,
  listPage,
  type ListArgsValue,
  SortDirection,
  requirePrincipal,
} from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { Supplier } from '../suppliers/supplier.entity';
import { StockMovement } from '../stock/stock.entity';
import { StockMovementType } from '../stock/stock-movement-type';
import type { StockService } from '../stock/stock.service';
import { PurchaseOrder, PurchaseOrderLine } from './purchase-order.entity';
import { PurchaseOrderStatus, canMovePurchaseOrder, statusAfterReceipt } from './purchase-order-status';
import type { CreatePurchaseOrderInput, PurchaseOrderFilter, ReceivePurchaseOrderInput } from './purchase-order.inputs';
import { StockReceived, PurchaseOrderCancelled, PurchaseOrderDrafted, PurchaseOrderReceived, PurchaseOrderSent, type PayloadIn } from '@prometric/contracts';

type Result = { purchaseOrder: PurchaseOrder } | { errors: UserError[] };
type ReceiveResult = { purchaseOrder: PurchaseOrder; movements: StockMovement[] } | { errors: UserError[] };

/** Largest quantity of one line (Postgres `integer`). */
const MAX_UNITS = 2_147_483_647;
const MAX_COST = new Decimal('1e16');

/** One line to draft: a product, its units and unit cost (a decimal string). */
export interface DraftLine {
  productId: string;
  quantity: number;
  unitCost: string;
}

/** The wire payload of purchase order events. */
function eventPayload(po: PurchaseOrder, lines: PurchaseOrderLine[]): PayloadIn<typeof PurchaseOrderDrafted> {
  return {
    id: po.id,
    number: po.number,
    status: po.status,
    supplierId: po.supplier.id,
    warehouseId: po.warehouse?.id ?? null,
    currency: po.currency,
    lines: lines.map((l) => ({ lineId: l.id, productId: l.productId, quantity: l.quantity, unitCost: l.unitCost, receivedQuantity: l.receivedQuantity })),
  };
}

/**
 * Purchase orders: stock ordered from suppliers. Numbered when drafted (gapless), received through
 * the stock ledger in the purchase order's own transaction and under its row lock, so a receipt is
 * never counted twice and never exceeds what was ordered.
 */
export class PurchaseOrderService extends EntityReads(PurchaseOrder, 'Purchase order') {
  constructor(private readonly stock: StockService) {
    super();
  }

  async create(ctx: RequestContext, input: CreatePurchaseOrderInput): Promise<Result> {
    const errors: UserError[] = [];
    if (!isUuid(input.supplierId)) errors.push(userError(UserErrorCode.NOT_FOUND, 'Supplier not found', ['supplierId']));
    if (input.warehouseId != null && !isUuid(input.warehouseId)) errors.push(userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId']));
    if (!input.lines.length) errors.push(userError(UserErrorCode.REQUIRED, 'A purchase order needs at least one line', ['lines']));
    const seen = new Set<string>();
    input.lines.forEach((l, i) => {
      const at = (f: string) => ['lines', String(i), f];
      if (!isUuid(l.productId)) errors.push(userError(UserErrorCode.INVALID, 'Product id must be a UUID', at('productId')));
      else if (seen.has(l.productId)) errors.push(userError(UserErrorCode.INVALID, 'Each product can be ordered on one line only', at('productId')));
      seen.add(l.productId);
      if (!Number.isInteger(l.quantity) || l.quantity <= 0 || l.quantity > MAX_UNITS) errors.push(userError(UserErrorCode.INVALID, 'Quantity must be more than zero', at('quantity')));
      const cost = new Decimal(l.unitCost);
      if (cost.isNegative() || cost.decimalPlaces() > 2 || cost.gte(MAX_COST)) errors.push(userError(UserErrorCode.INVALID, 'Unit cost must be zero or more, with at most 2 decimals', at('unitCost')));
    });
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const purchaseOrder = await idempotentCreate(
        ctx.em,
        'createPurchaseOrder',
        input.idempotencyKey,
        async (em) => {
          const supplier = await em.findOne(Supplier, input.supplierId);
          if (!supplier) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Supplier not found', ['supplierId'])]);
          const warehouse = input.warehouseId ? await em.findOne(Warehouse, input.warehouseId) : null;
          if (input.warehouseId && !warehouse) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId'])]);
          return this.draft(em, supplier, warehouse, input.lines);
        },
        (em, id) => em.findOneOrFail(PurchaseOrder, id),
      );
      return { purchaseOrder };
    });
  }

  /** Inside the caller's transaction: a numbered DRAFT purchase order with these lines, and its event. */
  async draft(em: EntityManager, supplier: Supplier, warehouse: Warehouse | null, lines: DraftLine[]): Promise<PurchaseOrder> {
    const po = em.create(PurchaseOrder, {
      number: await nextDocumentNumber(em, 'PO'),
      supplier,
      warehouse,
      currency: supplier.currency,
      status: PurchaseOrderStatus.DRAFT,
    });
    const created = lines.map((l) =>
      em.create(PurchaseOrderLine, { purchaseOrder: po, productId: l.productId, quantity: l.quantity, unitCost: new Decimal(l.unitCost).toFixed(2), receivedQuantity: 0 }),
    );
    await em.flush();
    await recordEvent(em, PurchaseOrderDrafted, { aggregateId: po.id, aggregateVersion: po.version, payload: eventPayload(po, created) });
    return po;
  }

  /** DRAFT → SENT. */
  send(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, PurchaseOrderStatus.SENT, PurchaseOrderSent, (po) => {
      po.sentAt = new Date();
    });
  }

  /** DRAFT or SENT → CANCELLED. */
  cancel(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, PurchaseOrderStatus.CANCELLED, PurchaseOrderCancelled, (po) => {
      po.cancelledAt = new Date();
    });
  }

  /**
   * Receives units of SENT or PARTIALLY_RECEIVED lines into a warehouse: one RECEIPT movement per
   * line (reference = the purchase order number), the lines' received units and the status, in one
   * transaction. More than ordered − received on any line refuses the whole receipt. A retry with
   * the same key receives nothing more.
   */
  async receive(ctx: RequestContext, input: ReceivePurchaseOrderInput): Promise<ReceiveResult> {
    const errors: UserError[] = [];
    if (!isUuid(input.warehouseId)) errors.push(userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId']));
    if (!input.lines.length) errors.push(userError(UserErrorCode.REQUIRED, 'A receipt needs at least one line', ['lines']));
    const seen = new Set<string>();
    input.lines.forEach((l, i) => {
      if (seen.has(l.lineId)) errors.push(userError(UserErrorCode.INVALID, 'Each line can be received once per call', ['lines', String(i), 'lineId']));
      seen.add(l.lineId);
      if (!Number.isInteger(l.quantity) || l.quantity <= 0) errors.push(userError(UserErrorCode.INVALID, 'Quantity received must be more than zero', ['lines', String(i), 'quantity']));
    });
    if (errors.length) return { errors };
    const key = input.idempotencyKey || null;
    const workspaceCurrency = requirePrincipal(ctx).currency;
    return withUserErrors(async () => {
      return await ctx.em.transactional(async (em) => {
        if (key) {
          const claim = await claimIdempotencyKey(em, 'receivePurchaseOrder', key);
          if (!claim.claimed) return { purchaseOrder: await em.findOneOrFail(PurchaseOrder, claim.resultId, { refresh: true }), movements: [] };
        }
        const po = await lockAndLoad(em, PurchaseOrder, input.id);
        if (!po) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Purchase order not found', ['id'])]);
        if (po.status !== PurchaseOrderStatus.SENT && po.status !== PurchaseOrderStatus.PARTIALLY_RECEIVED) {
          throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, `A purchase order in status ${po.status} cannot be received; it must be SENT`, ['id'])]);
        }
        const warehouse = await em.findOne(Warehouse, input.warehouseId);
        if (!warehouse) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Warehouse not found', ['warehouseId'])]);
        const lines = await em.find(PurchaseOrderLine, { purchaseOrder: po.id }, { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true });
        const byId = new Map(lines.map((l) => [l.id, l]));
        const refused: UserError[] = [];
        input.lines.forEach((l, i) => {
          const line = byId.get(l.lineId);
          if (!line) return refused.push(userError(UserErrorCode.NOT_FOUND, 'Line not found on this purchase order', ['lines', String(i), 'lineId']));
          const open = line.quantity - line.receivedQuantity;
          if (l.quantity > open) return refused.push(userError(UserErrorCode.INVALID, `Only ${open} units of this line remain to be received`, ['lines', String(i), 'quantity']));
          return 0;
        });
        if (refused.length) throw new UserErrorsException(refused);
        // Levels in product order, like every other locker of several levels.
        const receipts = input.lines.map((l) => ({ line: byId.get(l.lineId)!, quantity: l.quantity })).sort((a, b) => (a.line.productId < b.line.productId ? -1 : a.line.productId > b.line.productId ? 1 : 0));
        const movements: StockMovement[] = [];
        for (const r of receipts) {
          movements.push(
            await this.stock.append(em, {
              type: StockMovementType.RECEIPT,
              event: StockReceived,
              productId: r.line.productId,
              warehouseId: warehouse.id,
              quantity: r.quantity,
              reference: po.number,
              reason: null,
              // The line's cost values the stock only in the workspace currency (no exchange rates here);
              // in another currency the units come in at the current average.
              unitCost: po.currency === workspaceCurrency ? r.line.unitCost : null,
            }),
          );
          r.line.receivedQuantity += r.quantity;
        }
        po.status = statusAfterReceipt(lines);
        if (po.status === PurchaseOrderStatus.RECEIVED) po.receivedAt = new Date();
        await em.flush();
        await recordEvent(em, PurchaseOrderReceived, {
          aggregateId: po.id,
          aggregateVersion: po.version,
          payload: { ...eventPayload(po, lines), warehouseId: warehouse.id, received: receipts.map((r) => ({ lineId: r.line.id, productId: r.line.productId, quantity: r.quantity })) },
        });
        if (key) await rememberIdempotentResult(em, 'receivePurchaseOrder', key, po.id);
        return { purchaseOrder: po, movements };
      });
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<PurchaseOrderFilter>): Promise<Connection<PurchaseOrder>> {
    const f = args.filter;
    return listPage(ctx.em, PurchaseOrder, args, {
      where: [f?.status && { status: f.status }, f?.statusIn && { status: { $in: f.statusIn } }, f?.number && { number: f.number.trim() }, f?.supplierId && { supplier: uuidOrNil(f.supplierId) }],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Lines of many purchase orders in one query. */
  linesOf(ctx: RequestContext, purchaseOrderId: string): Promise<PurchaseOrderLine[]> {
    return childrenLoader(ctx, PurchaseOrderLine, 'purchaseOrder', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(purchaseOrderId);
  }

  /** Σ quantity × unit cost of the lines. */
  async totalOf(ctx: RequestContext, po: PurchaseOrder): Promise<Money> {
    const lines = await this.linesOf(ctx, po.id);
    return money(sum(lines.map((l) => new Decimal(l.unitCost).times(l.quantity))), po.currency);
  }

  supplierLoader(ctx: RequestContext) {
    return byIdLoader(ctx, Supplier);
  }

  /** Locks the purchase order, checks the state machine, applies the change, records its event, in one transaction. */
  private transition(ctx: RequestContext, id: string, to: PurchaseOrderStatus, contract: typeof PurchaseOrderSent | typeof PurchaseOrderCancelled, apply: (po: PurchaseOrder) => void): Promise<Result> {
    return transition(ctx, PurchaseOrder, id, {
      key: 'purchaseOrder',
      label: 'Purchase order',
      canMove: canMovePurchaseOrder,
      to,
      apply: (_em, po) => apply(po),
      event: async (em, po) => eventOf(contract, eventPayload(po, await em.find(PurchaseOrderLine, { purchaseOrder: po.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }))),
    });
  }
}
