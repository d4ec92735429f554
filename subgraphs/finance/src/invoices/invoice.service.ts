import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  UserErrorCode,
  UserErrorsException,
  byIdLoader,
  idempotentCreate,
  isUuid,
  lockAndLoad,
  loadOrNotFound,
  nextDocumentNumber,
  paginate,
  recordEvent,
  userError,
  type Connection,
  type PageArgs,
  type RequestContext,
  type UserError,
  childrenLoader,
  withUserErrors,
} from '@prometric/core';
import { OrderSnapshot } from '../orders/order-snapshot.entity';
import { Invoice } from './invoice.entity';
import { InvoiceStatus, PAYABLE, todayUtc } from './invoice-status';
import type { CreateInvoiceInput, InvoiceFilter } from './invoice.inputs';
import { InvoiceIssued, InvoiceVoided, type PayloadIn } from '@prometric/contracts';

type Result = { invoice: Invoice } | { errors: UserError[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DB_FIELDS = { invoice_order_unique: ['orderId'] };

/** The wire payload of invoice events. */
export function invoiceEventPayload(invoice: Invoice): PayloadIn<typeof InvoiceIssued> {
  return {
    id: invoice.id,
    number: invoice.number ?? null,
    status: invoice.storedStatus,
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
          if (await em.count(Invoice, { orderId: order.id, storedStatus: { $ne: InvoiceStatus.VOID } })) {
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
    return this.change(ctx, id, async (em, invoice) => {
      if (invoice.storedStatus !== InvoiceStatus.DRAFT) return `Only a DRAFT invoice can be issued; this one is ${invoice.storedStatus}`;
      invoice.number = await nextDocumentNumber(em, 'INV');
      invoice.storedStatus = InvoiceStatus.ISSUED;
      invoice.issuedAt = new Date();
      await em.flush();
      await recordEvent(em, InvoiceIssued, { aggregateId: invoice.id, aggregateVersion: invoice.version, payload: invoiceEventPayload(invoice) });
      return null;
    });
  }

  /** DRAFT or ISSUED without payments → VOID. An invoice with payments is refused (credit notes come later). */
  void(ctx: RequestContext, id: string, reason: string | null | undefined): Promise<Result> {
    return this.change(ctx, id, async (em, invoice) => {
      if (invoice.storedStatus === InvoiceStatus.VOID) return 'The invoice is already VOID';
      if (Number(invoice.creditedAmount) > 0) return 'An invoice with credit notes cannot be voided; credit the rest instead';
      if (Number(invoice.paidAmount) > 0 || !(invoice.storedStatus === InvoiceStatus.DRAFT || invoice.storedStatus === InvoiceStatus.ISSUED)) {
        return 'An invoice with payments cannot be voided; it will be reversed by a credit note';
      }
      invoice.storedStatus = InvoiceStatus.VOID;
      invoice.voidedAt = new Date();
      invoice.voidReason = reason?.trim() || null;
      await em.flush();
      await recordEvent(em, InvoiceVoided, { aggregateId: invoice.id, aggregateVersion: invoice.version, payload: { ...invoiceEventPayload(invoice), reason: invoice.voidReason ?? null } });
      return null;
    });
  }

  /** Locks the invoice, applies `apply` (which returns a refusal message or null) in one transaction. */
  private async change(ctx: RequestContext, id: string, apply: (em: EntityManager, invoice: Invoice) => Promise<string | null>): Promise<Result> {
    return withUserErrors(async () => {
      const invoice = await ctx.em.transactional(async (em) => {
        const found = await lockAndLoad(em, Invoice, id);
        if (!found) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Invoice not found', ['id'])]);
        const refused = await apply(em, found);
        if (refused) throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, refused, ['id'])]);
        return found;
      });
      return { invoice };
    });
  }

  get(ctx: RequestContext, id: string): Promise<Invoice> {
    return loadOrNotFound(ctx, Invoice, id, 'Invoice');
  }

  list(ctx: RequestContext, page: PageArgs, filter?: InvoiceFilter | null): Promise<Connection<Invoice>> {
    const where: FilterQuery<Invoice> & Record<string, unknown> = {};
    if (filter?.orderId) where.orderId = isUuid(filter.orderId) ? filter.orderId : '00000000-0000-0000-0000-000000000000';
    if (filter?.customerId) where.customerId = isUuid(filter.customerId) ? filter.customerId : '00000000-0000-0000-0000-000000000000';
    const status = filter?.status;
    const today = todayUtc();
    if (status === InvoiceStatus.OVERDUE) {
      Object.assign(where, { storedStatus: { $in: [...PAYABLE] }, dueDate: { $lt: today } });
    } else if (status && PAYABLE.includes(status)) {
      Object.assign(where, { storedStatus: status, $or: [{ dueDate: null }, { dueDate: { $gte: today } }] });
    } else if (status) {
      where.storedStatus = status;
    }
    return paginate(ctx.em, Invoice, where, page, [{ createdAt: 'desc' }, { id: 'desc' }]);
  }

  /** Invoices of many orders in one query (Order.invoices), oldest first. */
  ofOrder(ctx: RequestContext, orderId: string): Promise<Invoice[]> {
    return childrenLoader(ctx, Invoice, 'orderId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(orderId);
  }

  /** Invoices of many customers in one query (Customer.invoices and Customer.balance), oldest first. */
  ofCustomer(ctx: RequestContext, customerId: string): Promise<Invoice[]> {
    return childrenLoader(ctx, Invoice, 'customerId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(customerId);
  }

  /** Batch loader by id, tenant-scoped through the request's fork. */
  loader(ctx: RequestContext) {
    return byIdLoader(ctx, Invoice);
  }
}
