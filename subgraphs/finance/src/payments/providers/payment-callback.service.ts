import type { EntityManager } from '@mikro-orm/postgresql';
import { Decimal, lockAndLoad, recordEvent } from '@prometric/core';
import { PaymentRequestNeedsRefund } from '@prometric/contracts';
import { Invoice } from '../../invoices/invoice.entity';
import { PAYABLE } from '../../invoices/invoice-status';
import { Payment } from '../payment.entity';
import { PaymentMethod } from '../payment-method';
import { allocatePayment } from '../payment.service';
import { applyRefund, recordUnappliedRefund, refundedOfPayment } from '../refunds/refund.service';
import { CallbackRejected, PaymentProviderKind, ProviderEventStatus, type CallbackHeaders, type PaymentProvider } from './payment-provider';
import { PaymentProviderEvent } from './payment-provider-event.entity';
import type { PaymentProviderService } from './payment-provider.service';
import { CallbackAction, PaymentRequestStatus, nextRequestStatus } from './payment-request-status';
import { PaymentRequest } from './payment-request.entity';

/** How a callback was answered: the HTTP status and a short body for the provider's log. */
export interface CallbackAnswer {
  status: 200 | 401 | 404 | 422;
  body: Record<string, unknown>;
}

/** The method a provider's payments are recorded with. */
const METHOD_OF: Partial<Record<PaymentProviderKind, PaymentMethod>> = {
  [PaymentProviderKind.KASPI]: PaymentMethod.KASPI,
};

/**
 * Applies a provider's callback to its payment request, in the request's workspace transaction:
 * 1. the request row is locked, so callbacks of one request are applied one at a time;
 * 2. the signature is checked with the workspace's own secret (401, nothing written);
 * 3. an event id seen before is a duplicate: answered 200, nothing written;
 * 4. `nextRequestStatus` says what the callback does: record the payment through the same
 *    allocation rules as `recordPayment` (`allocatePayment`), hold money the invoice no longer
 *    takes (NEEDS_REFUND, `payment_request.needs_refund`), or record a refund made at the
 *    provider's side; the event is kept with what it did.
 * The caller answers only after the transaction committed, so an acknowledged callback is recorded.
 */
export class PaymentCallbackService {
  constructor(private readonly accounts: PaymentProviderService, private readonly providers: (kind: PaymentProviderKind) => PaymentProvider) {}

  async apply(em: EntityManager, kind: PaymentProviderKind, requestId: string, rawBody: Buffer, headers: CallbackHeaders): Promise<CallbackAnswer> {
    const request = await lockAndLoad(em, PaymentRequest, requestId);
    const credentials = await this.accounts.credentialsIn(em, kind);
    if (!request || request.provider !== kind || !credentials) return { status: 404, body: { error: 'not found' } };
    let callback;
    try {
      callback = this.providers(kind).verifyCallback(rawBody, headers, credentials);
      if (callback.providerReference !== request.providerReference) throw new CallbackRejected('Callback names another payment');
    } catch (error) {
      if (error instanceof CallbackRejected) return { status: 401, body: { error: 'callback not authentic' } };
      throw error;
    }
    const seen = await em.findOne(PaymentProviderEvent, { provider: kind, eventId: callback.eventId });
    if (seen) return { status: 200, body: { status: seen.requestStatusAfter, duplicate: true } };
    if (callback.status === ProviderEventStatus.PAID && !new Decimal(callback.amount).eq(request.amountValue)) {
      // Not what was asked for: nothing is applied; the provider's support has to look at it (logged).
      return { status: 422, body: { error: 'amount does not match the payment request', amount: callback.amount, requested: request.amountValue } };
    }

    const invoice = (await lockAndLoad(em, Invoice, request.invoiceId))!;
    const payable = PAYABLE.includes(invoice.status) && new Decimal(request.amountValue).lte(invoice.due());
    const before = request.status;
    const outcome = nextRequestStatus(before, callback.status, payable);
    request.status = outcome.status;
    switch (outcome.action) {
      case CallbackAction.RECORD_PAYMENT:
        await allocatePayment(em, invoice, { amount: new Decimal(callback.amount), method: METHOD_OF[kind]!, reference: request.providerReference, paymentRequestId: request.id });
        break;
      case CallbackAction.HOLD_FOR_REFUND:
        await recordEvent(em, PaymentRequestNeedsRefund, {
          aggregateId: request.id,
          aggregateVersion: 1,
          payload: {
            id: request.id,
            invoiceId: invoice.id,
            invoiceNumber: invoice.number ?? null,
            invoiceStatus: invoice.status,
            provider: request.provider,
            providerReference: request.providerReference,
            amount: request.amountValue,
            currency: request.currency,
          },
        });
        break;
      case CallbackAction.RECORD_REFUND:
        await this.recordProviderRefund(em, invoice, request, new Decimal(callback.amount));
        break;
      case CallbackAction.NONE:
        // A refund made at the provider of money that was not applied: record it once.
        if (before === PaymentRequestStatus.NEEDS_REFUND && callback.status === ProviderEventStatus.REFUNDED) {
          await recordUnappliedRefund(em, invoice, request, null, 'Refunded at the provider');
        }
        break;
    }
    em.create(PaymentProviderEvent, {
      paymentRequestId: request.id,
      provider: kind,
      eventId: callback.eventId,
      status: callback.status,
      amount: callback.amount,
      requestStatusBefore: before,
      requestStatusAfter: request.status,
      action: outcome.action,
    });
    await em.flush();
    return { status: 200, body: { status: request.status } };
  }

  /**
   * A REFUNDED callback reports what the provider has given back of the payment in all (`total`);
   * what our own `refundPayment` calls already recorded is not recorded again. The request stays
   * PAID while part of the payment is kept.
   */
  private async recordProviderRefund(em: EntityManager, invoice: Invoice, request: PaymentRequest, total: Decimal): Promise<void> {
    const payment = await em.findOne(Payment, { paymentRequestId: request.id });
    if (!payment) return;
    const refundedBefore = await refundedOfPayment(em, payment);
    const missing = Decimal.min(total, payment.amountValue).minus(refundedBefore);
    request.status = PaymentRequestStatus.PAID;
    if (missing.gt(0)) await applyRefund(em, invoice, payment, { amount: missing, refundedBefore, provider: request.provider, providerRefundId: null, reason: 'Refunded at the provider' });
  }
}
