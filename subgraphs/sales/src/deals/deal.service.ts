import {
  EntityReads,
  UserErrorCode,
  isUuid,
  lockAndLoad,
  uuidOrNil,
  childrenLoader,
  UserErrorsException,
  idempotentCreate,
  recordEvent,
  requirePrincipal,
  toMoneyString,
  userError,
  type Connection,
  type RequestContext,
  type UserError,
  withUserErrors,
  listPage,
  type ListArgsValue,
  SortDirection,
  lengthErrors,
} from '@prometric/core';
import { Deal, DealLine } from './deal.entity';
import { DealStage, canMoveDeal } from './deal-stage';
import type { CreateDealInput, DealFilter } from './deal.inputs';
import { Customer } from '../customers/customer.entity';
import { OrderStatus } from '../orders/order-status';
import type { OrderService } from '../orders/order.service';
import { priceLine, priceLines, totalsOf } from '../pricing/pricing';
import { DealWon } from '@prometric/contracts';
import { CustomFieldEntity } from '../custom-fields/custom-field.entity';
import type { CustomFieldService } from '../custom-fields/custom-field.service';

type Result = { deal: Deal } | { errors: UserError[] };

/** The sales pipeline: deals, their stage machine, and winning a deal into an order. */
export class DealService extends EntityReads(Deal, 'Deal') {
  constructor(
    private readonly orders: OrderService,
    private readonly customFields: CustomFieldService,
  ) {
    super();
  }

  async create(ctx: RequestContext, input: CreateDealInput): Promise<Result> {
    requirePrincipal(ctx);
    return withUserErrors(async () => {
      const deal = await idempotentCreate(
        ctx.em,
        'createDeal',
        input.idempotencyKey,
        async (em) => {
          const errors: UserError[] = [];
          if (!input.title.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Title is required', ['title']));
          errors.push(...lengthErrors(input.title, 'title'));
          const customer = isUuid(input.customerId) ? await em.findOne(Customer, input.customerId) : null;
          if (!customer) errors.push(userError(UserErrorCode.NOT_FOUND, 'Customer not found', ['customerId']));
          const priced = await priceLines(em, input.lines, 'lines', customer ? { customer, discountPercent: input.discountPercent } : undefined);
          if ('errors' in priced) errors.push(...priced.errors);
          if (errors.length || 'errors' in priced) throw new UserErrorsException(errors);
          const customFields = await this.customFields.checked(em, CustomFieldEntity.DEAL, input.customFields, 'create');
          const deal = em.create(Deal, {
            title: input.title.trim(),
            customer: customer!,
            stage: DealStage.LEAD,
            expectedCloseDate: input.expectedCloseDate ?? null,
            valueAmount: totalsOf(priced.lines).subtotal,
            currency: customer!.currency,
            customFields: customFields ?? {},
          });
          priced.lines.forEach((line, position) => {
            deal.lines.add(em.create(DealLine, { deal, position, product: line.product, quantity: line.quantity, unitPriceAmount: line.unitPrice, currency: deal.currency }));
          });
          return deal;
        },
        (em, id) => em.findOneOrFail(Deal, id),
      );
      return { deal };
    });
  }

  /** Moves a deal along the pipeline; moving to WON is winning it (an order is created). */
  async move(ctx: RequestContext, id: string, stage: DealStage): Promise<Result> {
    if (stage === DealStage.WON) return this.win(ctx, id);
    requirePrincipal(ctx);
    return ctx.em.transactional(async (em) => {
      const deal = await this.lockedDeal(em, id);
      if ('errors' in deal) return deal;
      if (!canMoveDeal(deal.stage, stage)) return { errors: [this.illegal(deal.stage, stage)] };
      if (stage === DealStage.LOST) {
        deal.lastOpenStage = deal.stage;
        deal.closedAt = new Date();
      }
      deal.stage = stage;
      return { deal };
    });
  }

  /**
   * Wins a deal: the deal becomes WON and its CONFIRMED order is created in the same transaction,
   * with `deal.won` and `order.created` in the outbox. Winning twice is an illegal transition.
   */
  async win(ctx: RequestContext, id: string): Promise<Result> {
    requirePrincipal(ctx);
    return ctx.em.transactional(async (em) => {
      const deal = await this.lockedDeal(em, id);
      if ('errors' in deal) return deal;
      if (!canMoveDeal(deal.stage, DealStage.WON)) return { errors: [this.illegal(deal.stage, DealStage.WON)] };
      await em.populate(deal, ['lines.product', 'customer']);
      const lines = [...deal.lines.getItems()].sort((a, b) => a.position - b.position).map((l) => ({
        product: l.product,
        quantity: l.quantity,
        unitPrice: l.unitPriceAmount,
        taxRate: l.product.taxRate,
        ...priceLine(l.quantity, l.unitPriceAmount, l.product.taxRate),
      }));
      deal.lastOpenStage = deal.stage;
      deal.stage = DealStage.WON;
      deal.closedAt = new Date();
      deal.valueAmount = toMoneyString(totalsOf(lines).subtotal);
      const order = await this.orders.createInTransaction(em, { customer: deal.customer, deal, lines, status: OrderStatus.CONFIRMED });
      await recordEvent(em, DealWon, {
        aggregateId: deal.id,
        aggregateVersion: 1,
        payload: { id: deal.id, title: deal.title, customerId: deal.customer.id, orderId: order.id, value: deal.valueAmount, currency: deal.currency },
      });
      return { deal };
    });
  }

  async list(ctx: RequestContext, args: ListArgsValue<DealFilter>): Promise<Connection<Deal>> {
    const f = args.filter;
    const custom = await this.customFields.where(ctx.em, CustomFieldEntity.DEAL, f?.customFields);
    return listPage(ctx.em, Deal, args, {
      where: [f?.stage && { stage: f.stage }, f?.stageIn && { stage: { $in: f.stageIn } }, f?.customerId && { customer: uuidOrNil(f.customerId) }, ...custom],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  linesLoader(ctx: RequestContext) {
    return childrenLoader(ctx, DealLine, 'deal', { orderBy: { position: 'asc', id: 'asc' } });
  }

  private async lockedDeal(em: RequestContext['em'], id: string): Promise<Deal | { errors: UserError[] }> {
    const deal = await lockAndLoad(em, Deal, id);
    return deal ?? { errors: [userError(UserErrorCode.NOT_FOUND, 'Deal not found', ['id'])] };
  }

  private illegal(from: DealStage, to: DealStage): UserError {
    return userError(UserErrorCode.INVALID_TRANSITION, `A deal in stage ${from} cannot move to ${to}`, ['stage']);
  }
}
