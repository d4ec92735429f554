/**
 * Payment providers: how finance asks an outside party (a bank, a wallet) to collect an invoice's
 * money, learns the outcome from the provider's signed callback, and gives money back. A provider
 * knows nothing of GraphQL, the database or tenants: it is handed the workspace's credentials
 * (decrypted by the caller) and the figures, and answers with data or a typed error.
 */

/** The providers finance knows. `MANUAL` is money recorded by hand (`recordPayment`). */
export enum PaymentProviderKind {
  MANUAL = 'MANUAL',
  KASPI = 'KASPI',
}

/** A workspace's credentials at one provider; the secret is plaintext only in memory. */
export interface ProviderCredentials {
  merchantId: string;
  secret: string;
}

/** What a provider needs to know of the invoice it collects. */
export interface PayableInvoice {
  id: string;
  number: string;
  currency: string;
}

/** A payment request the provider accepted: where the customer pays. */
export interface CreatedPaymentRequest {
  /** The provider's id of the request; callbacks name it. */
  providerReference: string;
  paymentUrl: string;
  /** What a QR code shows (often the payment URL itself). */
  qrPayload: string;
  expiresAt: Date;
}

/** What a provider callback tells, once its signature is verified. */
export enum ProviderEventStatus {
  PAID = 'PAID',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
}

/** A verified provider callback. */
export interface ProviderCallback {
  providerReference: string;
  /** The provider's id of this event: a duplicate delivery carries the same one. */
  eventId: string;
  status: ProviderEventStatus;
  /** Money string with two decimals (`"150.00"`). */
  amount: string;
}

/** A refund the provider accepted. */
export interface ProviderRefund {
  providerRefundId: string;
}

/** Headers of an HTTP request, as Node gives them (names in lower case). */
export type CallbackHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** One payment provider. */
export interface PaymentProvider {
  readonly kind: PaymentProviderKind;
  /** Asks the provider to collect `amount` (money string) for the invoice; callbacks go to `callbackUrl`. */
  createRequest(invoice: PayableInvoice, amount: string, callbackUrl: string, credentials: ProviderCredentials): Promise<CreatedPaymentRequest>;
  /** Verifies and parses a callback; throws `CallbackRejected` when it is not authentic or not readable. */
  verifyCallback(rawBody: Buffer, headers: CallbackHeaders, credentials: ProviderCredentials, now?: Date): ProviderCallback;
  /** Gives `amount` (money string) of a paid request back to the payer. */
  refund(providerReference: string, amount: string, credentials: ProviderCredentials): Promise<ProviderRefund>;
}

/** The provider could not be reached or failed (timeout, refused connection, 5xx): try again later. */
export class ProviderUnreachable extends Error {
  override name = 'ProviderUnreachable';
  readonly retryable = true;
}

/** The provider answered but refused the request (4xx) or answered something unreadable. */
export class ProviderRefused extends Error {
  override name = 'ProviderRefused';
  readonly retryable = false;

  constructor(message: string, readonly httpStatus?: number) {
    super(message);
  }
}

/** A callback that is not authentic (signature, replay window) or not readable: answer 401, write nothing. */
export class CallbackRejected extends Error {
  override name = 'CallbackRejected';
}

/** The provider does not work through requests (manual payments): use `recordPayment`. */
export class ProviderNotRequestable extends Error {
  override name = 'ProviderNotRequestable';
}
