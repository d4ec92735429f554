import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  UserErrorCode,
  isUuid,
  lockAndLoad,
  uuidOrNil,
  childrenLoader,
  UserErrorsException,
  idempotentCreate,
  nextDocumentNumber,
  recordEvent,
  requirePrincipal,
  userError,
  type Connection,
  type RequestContext,
  type UserError,
  childLoader,
  withUserErrors,
  SortDirection,
  listPage,
  type ListArgsValue,
  metadataErrors,
} from '@prometric/core';
import { Order, OrderLine } from './order.entity';
import { OrderStatus, canMoveOrder } from './order-status';
import type { CreateOrderInput, OrderFilter, UpdateOrderInput } from './order.inputs';
import { Customer } from '../customers/customer.entity';
import type { Deal } from '../deals/deal.entity';
import { priceLines, totalsOf, type PricedLine } from '../pricing/pricing';
import { OrderCreated, OrderUpdated, type PayloadIn } from '@prometric/contracts';
import { CustomFieldEntity } from '../custom-fields/custom-field.entity';
import type { CustomFieldService } from '../custom-fields/custom-field.service';

export const ORDER_NUMBER_PREFIX = 'SO';

type Result = { order: Order } | { errors: UserError[] };

/** The event payload every order event carries: enough for consumers to act without a read-back. */
function orderEventPayload(order: Order, previousStatus: OrderStatus | null): PayloadIn<typeof OrderCreated> {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    previousStatus,
    currency: order.currency,
    subtotal: order.subtotalAmount,
    tax: order.taxAmount,
    total: order.totalAmount,
    customerId: order.customer.id,
    dealId: order.deal?.id ?? null,
    lines: [...order.lines.getItems()].sort((a, b) => a.position - b.position).map((l) => ({ id: l.id, productId: l.product.id, quantity: l.quantity, unitPrice: l.unitPriceAmount, taxRate: l.taxRate })),
  };
}

/** Orders: pricing, gapless numbering, the status machine and the events of every change. */
export class OrderService extends EntityReads(Order, 'Order') {
  constructor(private readonly customFields: CustomFieldService) {
    super();
  }

  async create(ctx: RequestContext, input: CreateOrderInput): Promise<Result> {
    requirePrincipal(ctx);
    const invalid = metadataErrors(input.metadata);
    if (invalid.length) return { errors: invalid };
    return withUserErrors(async () => {
      const order = await idempotentCreate(
        ctx.em,
        'createOrder',
        input.idempotencyKey,
        async (em) => {
          const customer = isUuid(input.customerId) ? await em.findOne(Customer, input.customerId) : null;
          const priced = await priceLines(em, input.lines, 'lines', customer ? { customer, discountPercent: input.discountPercent } : undefined);
          const errors = [...(customer ? [] : [userError(UserErrorCode.NOT_FOUND, 'Customer not found', ['customerId'])]), ...('errors' in priced ? priced.errors : [])];
          if (errors.length || 'errors' in priced) throw new UserErrorsException(errors);
          const customFields = await this.customFields.checked(em, CustomFieldEntity.ORDER, input.customFields, 'create');
          return this.createInTransaction(em, { customer: customer!, deal: null, lines: priced.lines, status: OrderStatus.DRAFT, metadata: input.metadata ?? {}, customFields: customFields ?? {} });
        },
        (em, id) => em.findOneOrFail(Order, id, { populate: ['lines'] }),
      );
      return { order };
    });
  }

  /**
   * Creates an order with its lines, its number and its `order.created` event, inside the caller's
   * transaction (so `winDeal` commits deal, order and events together or not at all).
   */
  async createInTransaction(em: EntityManager, p: { customer: Customer; deal: Deal | null; lines: PricedLine[]; status: OrderStatus; metadata?: Record<string, unknown>; customFields?: Record<string, unknown> }): Promise<Order> {
    const totals = totalsOf(p.lines);
    const currency = p.customer.currency;
    const order = em.create(Order, {
      number: await nextDocumentNumber(em, ORDER_NUMBER_PREFIX),
      status: p.status,
      customer: p.customer,
      deal: p.deal,
      subtotalAmount: totals.subtotal,
      taxAmount: totals.tax,
      totalAmount: totals.total,
      currency,
      metadata: p.metadata ?? {},
      customFields: p.customFields ?? {},
    });
    for (const [position, line] of p.lines.entries()) {
      order.lines.add(
        em.create(OrderLine, {
          order,
          position,
          product: line.product,
          quantity: line.quantity,
          unitPriceAmount: line.unitPrice,
          taxRate: line.taxRate,
          netAmount: line.net,
          taxAmount: line.tax,
          currency,
        }),
      );
    }
    await em.flush();
    await recordEvent(em, OrderCreated, { aggregateId: order.id, aggregateVersion: order.version, payload: orderEventPayload(order, null) });
    return order;
  }

  /** Notes and custom fields; an order.updated event like any other change. */
  async update(ctx: RequestContext, input: UpdateOrderInput): Promise<Result> {
    if (input.notes != null && input.notes.length > 10_000) return { errors: [userError(UserErrorCode.INVALID, 'Notes are limited to 10,000 characters', ['notes'])] };
    const invalid = metadataErrors(input.metadata);
    if (invalid.length) return { errors: invalid };
    requirePrincipal(ctx);
    return withUserErrors(() =>
      ctx.em.transactional(async (em) => {
        const customFields = await this.customFields.checked(em, CustomFieldEntity.ORDER, input.customFields, 'update');
        return this.changeIn(em as EntityManager, input.id, null, (order) => {
          if (input.notes != null) order.notes = input.notes.trim() || null;
          if (customFields) order.customFields = customFields;
          if (input.metadata != null) order.metadata = input.metadata;
        });
      }),
    );
  }

  confirm(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, OrderStatus.CONFIRMED);
  }

  cancel(ctx: RequestContext, id: string, reason?: string | null): Promise<Result> {
    return this.transition(ctx, id, OrderStatus.CANCELLED, (order) => {
      order.cancelReason = reason?.trim() || null;
    });
  }

  /** Production was requested for the order's shortage (the order-to-cash saga): CONFIRMED → IN_PRODUCTION. */
  startProduction(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, OrderStatus.IN_PRODUCTION);
  }

  /** Every line is reserved (the order-to-cash saga): CONFIRMED or IN_PRODUCTION → READY. */
  markReady(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, OrderStatus.READY);
  }

  /** Moves an order along its state machine; an illegal move is an error and changes nothing. */
  transition(ctx: RequestContext, id: string, to: OrderStatus, apply?: (order: Order) => void): Promise<Result> {
    return this.change(ctx, id, to, apply);
  }

  /** Locks, changes (optionally moving status), bumps the version and records order.updated, in one transaction. */
  private async change(ctx: RequestContext, id: string, to: OrderStatus | null, apply?: (order: Order) => void): Promise<Result> {
    requirePrincipal(ctx);
    return ctx.em.transactional((em) => this.changeIn(em as EntityManager, id, to, apply));
  }

  /**
   * The change itself, inside the caller's transaction (a request's, or an event consumer's): locks
   * the order, moves it, bumps the version and records order.updated.
   */
  async changeIn(em: EntityManager, id: string, to: OrderStatus | null, apply?: (order: Order) => void): Promise<Result> {
    const order = await lockAndLoad(em, Order, id);
    if (!order) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Order not found', ['id'])] };
    await em.populate(order, ['lines']);
    if (to && !canMoveOrder(order.status, to)) {
      return { errors: [userError(UserErrorCode.INVALID_TRANSITION, `An order in status ${order.status} cannot become ${to}`, ['id'])] };
    }
    const previous = order.status;
    if (to) order.status = to;
    apply?.(order);
    // The version must move even when only JSON changed, so subscribers see a new state.
    order.updatedAt = new Date();
    await em.flush();
    await recordEvent(em, OrderUpdated, { aggregateId: order.id, aggregateVersion: order.version, payload: orderEventPayload(order, previous) });
    return { order };
  }

  async list(ctx: RequestContext, args: ListArgsValue<OrderFilter>): Promise<Connection<Order>> {
    const f = args.filter;
    const custom = await this.customFields.where(ctx.em, CustomFieldEntity.ORDER, f?.customFields);
    return listPage(ctx.em, Order, args, {
      where: [f?.status && { status: f.status }, f?.statusIn && { status: { $in: f.statusIn } }, f?.number && { number: f.number.trim() }, f?.customerId && { customer: uuidOrNil(f.customerId) }, ...custom],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Lines of many orders in one query. */
  linesLoader(ctx: RequestContext) {
    return childrenLoader(ctx, OrderLine, 'order', { orderBy: { position: 'asc', id: 'asc' } });
  }

  /** The order of each deal (null until won), in one query. */
  byDealLoader(ctx: RequestContext) {
    return childLoader(ctx, Order, 'deal');
  }
}
