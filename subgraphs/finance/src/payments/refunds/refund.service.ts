import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Decimal,
  UserErrorCode,
  UserErrorsException,
  childrenLoader,
  idempotentCreate,
  isUuid,
  lockAndLoad,
  recordEvent,
  toMoneyString,
  userError,
  withUserErrors,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import { PaymentRefunded } from '@prometric/contracts';
import { Invoice } from '../../invoices/invoice.entity';
import { refundedStatus } from '../../invoices/invoice-status';
import { invoiceEventPayload } from '../../invoices/invoice.service';
import { Payment } from '../payment.entity';
import { PaymentProviderKind, ProviderRefused, ProviderUnreachable, type PaymentProvider, type ProviderCredentials } from '../providers/payment-provider';
import type { PaymentProviderService } from '../providers/payment-provider.service';
import { PaymentRequest } from '../providers/payment-request.entity';
import { PaymentRequestStatus } from '../providers/payment-request-status';
import { Refund } from './refund.entity';
import type { RefundPaymentInput, RefundPaymentRequestInput } from './refund.inputs';

type Result = { refund: Refund; invoice: Invoice; payment: Payment | null } | { errors: UserError[] };

/** What a refund gives back and where it came from. */
export interface RefundRecord {
  amount: Decimal;
  /** What was refunded of the payment before this refund (the caller summed it under the invoice's lock). */
  refundedBefore: Decimal;
  provider: PaymentProviderKind;
  providerRefundId: string | null;
  reason: string;
}

/** Sum of `refunds`' amounts. */
export const refundedOf = (refunds: readonly Refund[]): Decimal => refunds.reduce((sum, r) => sum.plus(r.amountValue), new Decimal(0));

/** What has been refunded of `payment` so far. */
export async function refundedOfPayment(em: EntityManager, payment: Payment): Promise<Decimal> {
  return refundedOf(await em.find(Refund, { paymentId: payment.id }));
}

/**
 * A refund of a recorded payment, applied to its invoice (locked by the caller): the amount paid
 * shrinks by it (a negative allocation), the status follows (`refundedStatus`), a provider request
 * whose payment is given back in full becomes REFUNDED, and `payment.refunded` is recorded.
 */
export async function applyRefund(em: EntityManager, invoice: Invoice, payment: Payment, record: RefundRecord): Promise<Refund> {
  const refund = em.create(Refund, {
    invoiceId: invoice.id,
    paymentId: payment.id,
    paymentRequestId: payment.paymentRequestId ?? null,
    amountValue: toMoneyString(record.amount),
    currency: invoice.currency,
    provider: record.provider,
    providerRefundId: record.providerRefundId,
    reason: record.reason,
    applied: true,
  });
  const paid = new Decimal(invoice.paidAmount).minus(record.amount);
  invoice.paidAmount = toMoneyString(paid);
  invoice.status = refundedStatus(invoice.status, paid);
  if (payment.paymentRequestId) {
    if (record.refundedBefore.plus(record.amount).eq(payment.amountValue)) {
      const request = await em.findOneOrFail(PaymentRequest, payment.paymentRequestId);
      request.status = PaymentRequestStatus.REFUNDED;
    }
  }
  await em.flush();
  await recordRefundEvent(em, invoice, refund);
  return refund;
}

/** A refund of provider money that was not applied to its invoice (a NEEDS_REFUND request). */
export async function recordUnappliedRefund(em: EntityManager, invoice: Invoice, request: PaymentRequest, providerRefundId: string | null, reason: string): Promise<Refund> {
  const refund = em.create(Refund, {
    invoiceId: invoice.id,
    paymentId: null,
    paymentRequestId: request.id,
    amountValue: request.amountValue,
    currency: request.currency,
    provider: request.provider,
    providerRefundId,
    reason,
    applied: false,
  });
  request.status = PaymentRequestStatus.REFUNDED;
  await em.flush();
  await recordRefundEvent(em, invoice, refund);
  return refund;
}

function recordRefundEvent(em: EntityManager, invoice: Invoice, refund: Refund) {
  return recordEvent(em, PaymentRefunded, {
    aggregateId: invoice.id,
    aggregateVersion: invoice.version,
    payload: {
      ...invoiceEventPayload(invoice),
      refundId: refund.id,
      paymentId: refund.paymentId ?? null,
      paymentRequestId: refund.paymentRequestId ?? null,
      amount: refund.amountValue,
      provider: refund.provider,
      applied: refund.applied,
    },
  });
}

function validReason(reason: string, errors: UserError[]): string {
  const trimmed = reason.trim();
  if (!trimmed || trimmed.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Reason holds 1 to 255 characters', ['reason']));
  return trimmed;
}

/**
 * Refunds: money given back through the provider it came by (a payment typed in by hand is handed
 * back by hand: MANUAL). The provider is called inside the refund's transaction, under the invoice's
 * row lock, so two refunds of one payment cannot both pass the refundable check; the wait is bounded
 * by the provider timeout. A provider that fails or refuses leaves nothing written.
 */
export class RefundService {
  constructor(private readonly accounts: PaymentProviderService, private readonly providers: (kind: PaymentProviderKind) => PaymentProvider) {}

  async refundPayment(ctx: RequestContext, input: RefundPaymentInput): Promise<Result> {
    const errors: UserError[] = [];
    if (!isUuid(input.paymentId)) errors.push(userError(UserErrorCode.INVALID, 'Payment id must be a UUID', ['paymentId']));
    const amount = new Decimal(input.amount);
    if (amount.lte(0)) errors.push(userError(UserErrorCode.INVALID, 'Amount must be more than zero', ['amount']));
    else if (amount.decimalPlaces() > 2) errors.push(userError(UserErrorCode.INVALID, 'Amount has at most two decimals', ['amount']));
    const reason = validReason(input.reason, errors);
    if (errors.length) return { errors };
    return this.keyed(ctx, 'refundPayment', input.idempotencyKey, async (em) => {
      const payment = await em.findOne(Payment, input.paymentId);
      if (!payment) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Payment not found', ['paymentId'])]);
      // Payments are never updated; their invoice's lock serialises the refunds of each of them.
      const invoice = (await lockAndLoad(em, Invoice, payment.invoiceId))!;
      const refundedBefore = await refundedOfPayment(em, payment);
      const left = new Decimal(payment.amountValue).minus(refundedBefore);
      if (amount.gt(left)) throw new UserErrorsException([userError(UserErrorCode.EXCEEDS_REFUNDABLE, `Amount exceeds what is left of the payment to refund (${toMoneyString(left)} ${payment.currency})`, ['amount'])]);
      const request = payment.paymentRequestId ? await em.findOneOrFail(PaymentRequest, payment.paymentRequestId) : null;
      const provider = request?.provider ?? PaymentProviderKind.MANUAL;
      const providerRefundId = request ? await this.giveBack(em, request, amount) : null;
      return applyRefund(em, invoice, payment, { amount, refundedBefore, provider, providerRefundId, reason });
    });
  }

  /** Gives back the whole amount of a NEEDS_REFUND request (money that was not applied). */
  async refundPaymentRequest(ctx: RequestContext, input: RefundPaymentRequestInput): Promise<Result> {
    const errors: UserError[] = [];
    if (!isUuid(input.paymentRequestId)) errors.push(userError(UserErrorCode.INVALID, 'Payment request id must be a UUID', ['paymentRequestId']));
    const reason = validReason(input.reason, errors);
    if (errors.length) return { errors };
    return this.keyed(ctx, 'refundPaymentRequest', input.idempotencyKey, async (em) => {
      const request = await lockAndLoad(em, PaymentRequest, input.paymentRequestId);
      if (!request) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Payment request not found', ['paymentRequestId'])]);
      if (request.status !== PaymentRequestStatus.NEEDS_REFUND) {
        throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, `Only a NEEDS_REFUND request is refunded whole; this one is ${request.status} (a recorded payment is refunded with refundPayment)`, ['paymentRequestId'])]);
      }
      const invoice = await em.findOneOrFail(Invoice, request.invoiceId);
      const providerRefundId = await this.giveBack(em, request, new Decimal(request.amountValue));
      return recordUnappliedRefund(em, invoice, request, providerRefundId, reason);
    });
  }

  /** Runs a refund in one transaction; a retry with the same key returns the first refund. */
  private keyed(ctx: RequestContext, operation: string, key: string | null | undefined, work: (em: EntityManager) => Promise<Refund>): Promise<Result> {
    return withUserErrors(async () => {
      const refund = await idempotentCreate(ctx.em, operation, key, work, (em, id) => em.findOneOrFail(Refund, id));
      return this.resultOf(ctx.em, refund);
    });
  }

  private async resultOf(em: EntityManager, refund: Refund) {
    const invoice = await em.findOneOrFail(Invoice, refund.invoiceId);
    const payment = refund.paymentId ? await em.findOneOrFail(Payment, refund.paymentId) : null;
    return { refund, invoice, payment };
  }

  /** A payment's refunds, oldest first, for many payments in one query. */
  ofPayment(ctx: RequestContext, paymentId: string): Promise<Refund[]> {
    return childrenLoader(ctx, Refund, 'paymentId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(paymentId);
  }

  /** An invoice's refunds, oldest first, for many invoices in one query. */
  ofInvoice(ctx: RequestContext, invoiceId: string): Promise<Refund[]> {
    return childrenLoader(ctx, Refund, 'invoiceId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(invoiceId);
  }

  /** Asks the request's provider to give `amount` back; its failures become typed errors (nothing written). */
  private async giveBack(em: EntityManager, request: PaymentRequest, amount: Decimal): Promise<string> {
    const credentials: ProviderCredentials | null = await this.accounts.credentialsIn(em, request.provider);
    if (!credentials) throw new UserErrorsException([userError(UserErrorCode.PROVIDER_NOT_CONFIGURED, `The workspace has no ${request.provider} account any more`, ['provider'])]);
    try {
      return (await this.providers(request.provider).refund(request.providerReference, toMoneyString(amount), credentials)).providerRefundId;
    } catch (error) {
      if (error instanceof ProviderUnreachable) throw new UserErrorsException([userError(UserErrorCode.PROVIDER_UNAVAILABLE, `${error.message}; nothing was written, try again`, ['provider'])]);
      if (error instanceof ProviderRefused) throw new UserErrorsException([userError(UserErrorCode.PROVIDER_REFUSED, error.message, ['provider'])]);
      throw error;
    }
  }
}
