import {
  Decimal,
  UserErrorCode,
  UserErrorsException,
  claimIdempotencyKey,
  isUuid,
  lockAndLoad,
  recordEvent,
  rememberIdempotentResult,
  toMoneyString,
  userError,
  type RequestContext,
  type UserError,
  childrenLoader,
  withUserErrors,
  SortDirection,
  childrenPage,
  listPage,
  uuidOrNil,
  type Connection,
  type ListArgsValue,
  type PageArgs,
} from '@prometric/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Invoice } from '../invoices/invoice.entity';
import { PAYABLE, settledStatus } from '../invoices/invoice-status';
import { invoiceEventPayload } from '../invoices/invoice.service';
import { Payment } from './payment.entity';
import { PaymentMethod } from './payment-method';
import type { PaymentFilter, RecordPaymentInput } from './payment.inputs';
import { PaymentRecorded } from '@prometric/contracts';

type Result = { payment: Payment; invoice: Invoice } | { errors: UserError[] };

/** What is allocated to an invoice. */
export interface Allocation {
  amount: Decimal;
  method: PaymentMethod;
  reference: string | null;
  /** The provider request the money came through, if any. */
  paymentRequestId?: string | null;
}

/**
 * The allocation rules, shared by payments typed in (`recordPayment`) and payments a provider reports
 * (its signed callback): `invoice` must be locked by the caller's transaction and accept payments,
 * and the amount may not exceed what is due. Writes the payment, the invoice's amount paid and
 * status, and `payment.recorded`; refuses with a `UserErrorsException` and writes nothing.
 */
export async function allocatePayment(em: EntityManager, invoice: Invoice, allocation: Allocation): Promise<Payment> {
  if (!PAYABLE.includes(invoice.status)) {
    throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, `Only ISSUED or PARTIALLY_PAID invoices accept payments; this one is ${invoice.status}`, ['invoiceId'])]);
  }
  const due = invoice.due();
  if (allocation.amount.gt(due)) {
    throw new UserErrorsException([userError(UserErrorCode.OVERPAYMENT, `Amount exceeds the amount due (${toMoneyString(due)} ${invoice.currency})`, ['amount'])]);
  }
  const payment = em.create(Payment, {
    invoiceId: invoice.id,
    amountValue: toMoneyString(allocation.amount),
    currency: invoice.currency,
    method: allocation.method,
    reference: allocation.reference,
    paymentRequestId: allocation.paymentRequestId ?? null,
  });
  invoice.paidAmount = toMoneyString(new Decimal(invoice.paidAmount).plus(allocation.amount));
  invoice.status = settledStatus(invoice.status, invoice.due(), true);
  await em.flush();
  await recordEvent(em, PaymentRecorded, {
    aggregateId: invoice.id,
    aggregateVersion: invoice.version,
    payload: { ...invoiceEventPayload(invoice), paymentId: payment.id, amount: payment.amountValue, method: payment.method },
  });
  return payment;
}

/**
 * Payments: money allocated to one invoice, under the invoice's row lock. An allocation is capped
 * at the amount due: an over-payment is refused as an INVALID `amount` error and writes nothing
 * (customer credit is not modelled yet). The invoice's amount paid and status follow from its
 * payments and are never set any other way.
 */
export class PaymentService {
  async record(ctx: RequestContext, input: RecordPaymentInput): Promise<Result> {
    const errors: UserError[] = [];
    if (!isUuid(input.invoiceId)) errors.push(userError(UserErrorCode.INVALID, 'Invoice id must be a UUID', ['invoiceId']));
    const amount = new Decimal(input.amount);
    if (amount.lte(0)) errors.push(userError(UserErrorCode.INVALID, 'Amount must be more than zero', ['amount']));
    else if (amount.decimalPlaces() > 2) errors.push(userError(UserErrorCode.INVALID, 'Amount has at most two decimals', ['amount']));
    if (!Object.values(PaymentMethod).includes(input.method)) errors.push(userError(UserErrorCode.INVALID, 'Unknown payment method', ['method']));
    const reference = input.reference?.trim() || null;
    if (reference && reference.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Reference is limited to 255 characters', ['reference']));
    if (errors.length) return { errors };
    const key = input.idempotencyKey || null;
    return withUserErrors(async () => {
      return await ctx.em.transactional(async (em) => {
        if (key) {
          // A concurrent retry waits here on the key until the first commits, then returns its result.
          const claim = await claimIdempotencyKey(em, 'recordPayment', key);
          if (!claim.claimed) {
            const first = await em.findOneOrFail(Payment, claim.resultId);
            return { payment: first, invoice: await em.findOneOrFail(Invoice, first.invoiceId, { refresh: true }) };
          }
        }
        const invoice = await lockAndLoad(em, Invoice, input.invoiceId);
        if (!invoice) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Invoice not found', ['invoiceId'])]);
        const payment = await allocatePayment(em, invoice, { amount, method: input.method, reference });
        if (key) await rememberIdempotentResult(em, 'recordPayment', key, payment.id);
        return { payment, invoice };
      });
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<PaymentFilter>): Promise<Connection<Payment>> {
    const f = args.filter;
    return listPage(ctx.em, Payment, args, {
      where: [f?.invoiceId && { invoiceId: uuidOrNil(f.invoiceId) }, f?.methodIn && { method: { $in: f.methodIn } }],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** One page of an invoice's payments, oldest first (Invoice.paymentsConnection). */
  pageOfInvoice(ctx: RequestContext, invoiceId: string, page: PageArgs): Promise<Connection<Payment>> {
    return childrenPage(ctx, Payment, 'invoiceId', invoiceId, page, [{ property: 'createdAt', direction: 'asc' }]);
  }

  /** Payments of many invoices in one query, oldest first. */
  ofInvoice(ctx: RequestContext, invoiceId: string): Promise<Payment[]> {
    return childrenLoader(ctx, Payment, 'invoiceId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(invoiceId);
  }
}
