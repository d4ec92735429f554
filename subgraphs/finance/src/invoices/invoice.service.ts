import { raw, type FilterQuery } from '@mikro-orm/core';
import {
  UserErrorCode,
  UserErrorsException,
  byIdLoader,
  idempotentCreate,
  isUuid,
  loadOrNotFound,
  nextDocumentNumber,
  userError,
  type Connection,
  type RequestContext,
  type UserError,
  childrenLoader,
  withUserErrors,
  Decimal,
  eventOf,
  refuseTransition,
  transition,
  Money,
  money,
  requirePrincipal,
  listPage,
  uuidOrNil,
  type ListArgsValue,
  SortDirection,
  childrenPage,
  filteredWhere,
  type PageArgs,
} from '@prometric/core';
import { OrderSnapshot } from '../orders/order-snapshot.entity';
import { Invoice } from './invoice.entity';
import { InvoiceStatus, PAYABLE, canMoveInvoice, todayUtc } from './invoice-status';
import type { CreateInvoiceInput, InvoiceFilter } from './invoice.inputs';
import { InvoiceIssued, InvoiceVoided, type PayloadIn } from '@prometric/contracts';

type Result = { invoice: Invoice } | { errors: UserError[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DB_FIELDS = { invoice_order_unique: ['orderId'] };

/** Why an invoice money was paid or credited against cannot be voided. */
const voidRefusal = (invoice: Invoice) =>
  new Decimal(invoice.creditedAmount).gt(0)
    ? 'An invoice with credit notes cannot be voided; credit the rest instead'
    : 'An invoice with payments cannot be voided; it will be reversed by a credit note';

/** What every move of an invoice shares: its payload key, its name in messages, its state machine. */
const INVOICE_RAIL = { key: 'invoice', label: 'Invoice', canMove: canMoveInvoice } as const;

/** The wire payload of invoice events. */
export function invoiceEventPayload(invoice: Invoice): PayloadIn<typeof InvoiceIssued> {
  return {
    id: invoice.id,
    number: invoice.number ?? null,
    status: invoice.status,
    orderId: invoice.orderId,
    customerId: invoice.customerId,
    currency: invoice.currency,
    total: invoice.totalAmount,
    amountPaid: invoice.paidAmount,
    amountCredited: invoice.creditedAmount,
    dueDate: invoice.dueDate ?? null,
  };
}

/**
 * The condition of invoices whose REPORTED status is one of `statuses`: OVERDUE is an ISSUED or
 * PARTIALLY_PAID invoice past its due date (UTC), so those two only match while not past it.
 */
function reportedStatusWhere(statuses: InvoiceStatus[]): FilterQuery<Invoice> {
  const today = todayUtc();
  return {
    $or: statuses.map((status): FilterQuery<Invoice> => {
      if (status === InvoiceStatus.OVERDUE) return { status: { $in: [...PAYABLE] }, dueDate: { $lt: today } };
      if (PAYABLE.includes(status)) return { status, $or: [{ dueDate: null }, { dueDate: { $gte: today } }] };
      return { status };
    }),
  };
}

/**
 * Invoices: drafted from finance's snapshot of an order, numbered when issued, never edited once
 * issued — only voided, and only while no payment or credit note has been recorded (a paid
 * invoice is reversed by a credit note instead).
 */
export class InvoiceService {
  async create(ctx: RequestContext, input: CreateInvoiceInput): Promise<Result> {
    const errors: UserError[] = [];
    if (!isUuid(input.orderId)) errors.push(userError(UserErrorCode.INVALID, 'Order id must be a UUID', ['orderId']));
    const dueDate = input.dueDate?.trim() || null;
    if (dueDate != null && !(DATE.test(dueDate) && !Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)))) {
      errors.push(userError(UserErrorCode.INVALID, 'Due date must be a date (YYYY-MM-DD)', ['dueDate']));
    }
    if (errors.length) return { errors };
    // Two concurrent drafts for one order: the partial unique index lets one win.
    return withUserErrors(async () => {
      const invoice = await idempotentCreate(
        ctx.em,
        'createInvoice',
        input.idempotencyKey,
        async (em) => {
          const order = await em.findOne(OrderSnapshot, { id: input.orderId });
          if (!order) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Finance has not seen this order (yet)', ['orderId'])]);
          if (await em.count(Invoice, { orderId: order.id, status: { $ne: InvoiceStatus.VOID } })) {
            throw new UserErrorsException([userError(UserErrorCode.CONFLICT, 'The order already has an invoice that is not void', ['orderId'])]);
          }
          return em.create(Invoice, {
            orderId: order.id,
            customerId: order.customerId,
            currency: order.currency,
            storedLines: order.lines.map((l) => ({ id: l.id, productId: l.productId, quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate })),
            subtotalAmount: order.subtotal,
            taxAmount: order.tax,
            totalAmount: order.total,
            dueDate,
          });
        },
        (em, id) => em.findOneOrFail(Invoice, id),
      );
      return { invoice };
    }, DB_FIELDS);
  }

  /** DRAFT → ISSUED: assigns the gapless number in the same transaction. */
  issue(ctx: RequestContext, id: string): Promise<Result> {
    return transition(ctx, Invoice, id, {
      ...INVOICE_RAIL,
      to: InvoiceStatus.ISSUED,
      refusal: (from) => `Only a DRAFT invoice can be issued; this one is ${from}`,
      apply: async (em, invoice) => {
        invoice.number = await nextDocumentNumber(em, 'INV');
        invoice.issuedAt = new Date();
      },
      event: (_em, invoice) => eventOf(InvoiceIssued, invoiceEventPayload(invoice)),
    });
  }

  /**
   * DRAFT or ISSUED → VOID, while nothing was paid or credited against it. An invoice with payments or
   * credit notes is refused: what is still due is reversed by a credit note instead.
   */
  void(ctx: RequestContext, id: string, reason: string | null | undefined): Promise<Result> {
    return transition(ctx, Invoice, id, {
      ...INVOICE_RAIL,
      to: InvoiceStatus.VOID,
      refusal: (from, _to, invoice) => (from === InvoiceStatus.VOID ? 'The invoice is already VOID' : voidRefusal(invoice)),
      apply: (_em, invoice) => {
        if (new Decimal(invoice.creditedAmount).gt(0) || new Decimal(invoice.paidAmount).gt(0)) throw refuseTransition(voidRefusal(invoice));
        invoice.voidedAt = new Date();
        invoice.voidReason = reason?.trim() || null;
      },
      event: (_em, invoice) => eventOf(InvoiceVoided, { ...invoiceEventPayload(invoice), reason: invoice.voidReason ?? null }),
    });
  }

  get(ctx: RequestContext, id: string): Promise<Invoice> {
    return loadOrNotFound(ctx, Invoice, id, 'Invoice');
  }

  list(ctx: RequestContext, args: ListArgsValue<InvoiceFilter>): Promise<Connection<Invoice>> {
    const f = args.filter;
    return listPage(ctx.em, Invoice, args, {
      where: [
        f?.orderId && { orderId: uuidOrNil(f.orderId) },
        f?.customerId && { customerId: uuidOrNil(f.customerId) },
        f?.number && { number: f.number.trim() },
        f?.status && reportedStatusWhere([f.status]),
        f?.statusIn && reportedStatusWhere(f.statusIn),
      ],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Invoices of many orders in one query (Order.invoices), oldest first. */
  ofOrder(ctx: RequestContext, orderId: string): Promise<Invoice[]> {
    return childrenLoader(ctx, Invoice, 'orderId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(orderId);
  }

  /** Invoices of many customers in one query (Customer.invoices and Customer.balance), oldest first. */
  ofCustomer(ctx: RequestContext, customerId: string): Promise<Invoice[]> {
    return childrenLoader(ctx, Invoice, 'customerId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(customerId);
  }

  /** One page of a customer's invoices, oldest first (Customer.invoicesConnection). */
  pageOfCustomer(ctx: RequestContext, customerId: string, page: PageArgs): Promise<Connection<Invoice>> {
    return childrenPage(ctx, Invoice, 'customerId', customerId, page, [{ property: 'createdAt', direction: 'asc' }]);
  }

  /**
   * What the customer owes, per currency: the sum of `amountDue` (after payments and credit notes) of
   * its ISSUED and PARTIALLY_PAID invoices (overdue ones included), one amount per currency in
   * currency order; none when nothing is due. Amounts of different currencies are never summed.
   */
  balancesOf(ctx: RequestContext, customerId: string): Promise<Money[]> {
    // One grouped sum for every customer of the request (a page of 50 orders asks for each one's customer).
    return ctx.loader<string, Money[]>('Invoice:balancesByCustomer', (ids) => this.sumDue(ctx, ids)).load(customerId);
  }

  /**
   * What each customer owes per currency, summed by PostgreSQL: SUM(max(0, total - paid - credited))
   * of the payable invoices, as `Invoice.due()` computes one (void invoices are not payable). Reading
   * every invoice of a customer to sum it here grew with the customer's history (the soak's finance
   * process: +83 % RSS and rising CPU in 10 minutes).
   */
  private async sumDue(ctx: RequestContext, customerIds: readonly string[]): Promise<Money[][]> {
    const ids = [...new Set(customerIds.filter(isUuid))];
    const due = new Map<string, Money[]>();
    if (ids.length) {
      const where = await filteredWhere(ctx.em, Invoice, { customerId: { $in: ids }, status: { $in: [...PAYABLE] } });
      const rows = await ctx.em
        .createQueryBuilder(Invoice, 'i')
        .select(['i.customerId', 'i.currency', raw('sum(greatest(0, i.total - i.amount_paid - i.amount_credited)) as due')])
        .where(where)
        .groupBy(['i.customerId', 'i.currency'])
        .orderBy({ currency: 'asc' })
        .execute<{ customerId: string; currency: string; due: string }[]>('all', true);
      for (const row of rows) {
        if (new Decimal(row.due).isZero()) continue;
        due.set(row.customerId, [...(due.get(row.customerId) ?? []), money(row.due, row.currency)]);
      }
    }
    return customerIds.map((id) => due.get(id) ?? []);
  }

  /** What the customer owes in the workspace's currency (zero when nothing is due in it). */
  async balanceOf(ctx: RequestContext, customerId: string): Promise<Money> {
    const currency = requirePrincipal(ctx).currency;
    return (await this.balancesOf(ctx, customerId)).find((b) => b.currency === currency) ?? money(0, currency);
  }

  /** Batch loader by id, tenant-scoped through the request's fork. */
  loader(ctx: RequestContext) {
    return byIdLoader(ctx, Invoice);
  }
}
