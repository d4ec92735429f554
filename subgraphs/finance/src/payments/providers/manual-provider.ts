import {
  PaymentProviderKind,
  ProviderNotRequestable,
  type CreatedPaymentRequest,
  type PaymentProvider,
  type ProviderCallback,
  type ProviderRefund,
} from './payment-provider';

const USE_RECORD_PAYMENT = 'Manual payments are not requested through a provider: record them with recordPayment';

/**
 * Money recorded by hand: there is no outside party, so nothing is requested, no callback comes and
 * money is handed back by hand (`refundPayment` records it as a MANUAL refund without calling any
 * provider). Every operation is refused with `ProviderNotRequestable`.
 */
export class ManualProvider implements PaymentProvider {
  readonly kind = PaymentProviderKind.MANUAL;

  createRequest(): Promise<CreatedPaymentRequest> {
    return Promise.reject(new ProviderNotRequestable(USE_RECORD_PAYMENT));
  }

  verifyCallback(): ProviderCallback {
    throw new ProviderNotRequestable(USE_RECORD_PAYMENT);
  }

  refund(): Promise<ProviderRefund> {
    return Promise.reject(new ProviderNotRequestable('Manual payments are handed back by hand: refundPayment records them'));
  }
}
