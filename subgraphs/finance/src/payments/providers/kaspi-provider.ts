import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  CallbackRejected,
  PaymentProviderKind,
  ProviderEventStatus,
  ProviderRefused,
  ProviderUnreachable,
  type CallbackHeaders,
  type CreatedPaymentRequest,
  type PayableInvoice,
  type PaymentProvider,
  type ProviderCallback,
  type ProviderCredentials,
  type ProviderRefund,
} from './payment-provider';

/** Header names of the Kaspi-style protocol (both directions). */
export const KASPI_HEADERS = {
  merchant: 'x-kaspi-merchant',
  timestamp: 'x-kaspi-timestamp',
  signature: 'x-kaspi-signature',
} as const;

/** A callback signed longer ago (or further ahead) than this is refused as a possible replay. */
export const KASPI_REPLAY_WINDOW_SECONDS = 5 * 60;

/** The hex HMAC-SHA256, keyed with the workspace's secret, of `{timestamp}.{body}`. */
export function kaspiSignature(secret: string, timestamp: number | string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** Where the provider is and how long one call may take. */
export interface KaspiConfig {
  /** Base URL of the provider's API (PAYMENTS_KASPI_URL); trusted, it comes from configuration. */
  baseUrl: string;
  timeoutMs: number;
}

const MONEY = /^\d{1,15}\.\d{2}$/;

function header(headers: CallbackHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value || value.length > 255) throw new ProviderRefused(`Provider answer has no valid ${field}`);
  return value;
}

/**
 * A Kaspi-style QR/redirect provider over HTTP JSON. Every request and every callback carries
 * `x-kaspi-timestamp` (unix seconds) and `x-kaspi-signature`, the hex HMAC-SHA256 of
 * `{timestamp}.{raw body}` keyed with the workspace's secret; a callback outside a five-minute
 * window of the clock is refused, so a captured one cannot be replayed later (a replay inside the
 * window is caught by the event id being processed once).
 */
export class KaspiProvider implements PaymentProvider {
  readonly kind = PaymentProviderKind.KASPI;

  constructor(private readonly config: KaspiConfig) {}

  async createRequest(invoice: PayableInvoice, amount: string, callbackUrl: string, credentials: ProviderCredentials): Promise<CreatedPaymentRequest> {
    const answer = await this.call('/payments', { merchantId: credentials.merchantId, orderReference: invoice.id, description: `Invoice ${invoice.number}`, amount, currency: invoice.currency, callbackUrl }, credentials);
    const expiresAt = new Date(text(answer.expiresAt, 'expiresAt'));
    if (Number.isNaN(expiresAt.getTime())) throw new ProviderRefused('Provider answer has no valid expiresAt');
    return {
      providerReference: text(answer.id, 'id'),
      paymentUrl: text(answer.paymentUrl, 'paymentUrl'),
      qrPayload: text(answer.qrPayload, 'qrPayload'),
      expiresAt,
    };
  }

  verifyCallback(rawBody: Buffer, headers: CallbackHeaders, credentials: ProviderCredentials, now: Date = new Date()): ProviderCallback {
    const timestamp = header(headers, KASPI_HEADERS.timestamp);
    const signature = header(headers, KASPI_HEADERS.signature);
    if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature) throw new CallbackRejected('Callback is not signed');
    const expected = Buffer.from(kaspiSignature(credentials.secret, timestamp, rawBody), 'hex');
    const given = Buffer.from(signature, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new CallbackRejected('Callback signature does not match');
    if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > KASPI_REPLAY_WINDOW_SECONDS) throw new CallbackRejected('Callback is outside the replay window');
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(rawBody.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new CallbackRejected('Callback body is not JSON');
    }
    const { paymentId, eventId, status, amount } = body ?? {};
    if (typeof paymentId !== 'string' || !paymentId || typeof eventId !== 'string' || !eventId || eventId.length > 255) throw new CallbackRejected('Callback names no payment or event');
    if (typeof status !== 'string' || !Object.values(ProviderEventStatus).includes(status as ProviderEventStatus)) throw new CallbackRejected('Callback has an unknown status');
    if (typeof amount !== 'string' || !MONEY.test(amount)) throw new CallbackRejected('Callback has no valid amount');
    return { providerReference: paymentId, eventId, status: status as ProviderEventStatus, amount };
  }

  async refund(providerReference: string, amount: string, credentials: ProviderCredentials): Promise<ProviderRefund> {
    const answer = await this.call(`/payments/${encodeURIComponent(providerReference)}/refunds`, { merchantId: credentials.merchantId, amount }, credentials);
    return { providerRefundId: text(answer.id, 'id') };
  }

  /** One signed JSON POST; network failures, timeouts and 5xx are `ProviderUnreachable` (retryable). */
  private async call(path: string, payload: object, credentials: ProviderCredentials): Promise<Record<string, unknown>> {
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let response: Response;
    try {
      response = await fetch(new URL(path.replace(/^\//, ''), this.config.baseUrl.endsWith('/') ? this.config.baseUrl : `${this.config.baseUrl}/`), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [KASPI_HEADERS.merchant]: credentials.merchantId,
          [KASPI_HEADERS.timestamp]: String(timestamp),
          [KASPI_HEADERS.signature]: kaspiSignature(credentials.secret, timestamp, body),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      throw new ProviderUnreachable(`Payment provider unreachable: ${(error as Error).name === 'TimeoutError' ? 'timed out' : 'connection failed'}`);
    }
    if (response.status >= 500) throw new ProviderUnreachable(`Payment provider failed with HTTP ${response.status}`);
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      throw new ProviderRefused(`Payment provider answered HTTP ${response.status} with no JSON`, response.status);
    }
    if (!response.ok) {
      const message = typeof (answer as { message?: unknown })?.message === 'string' ? (answer as { message: string }).message.slice(0, 200) : `HTTP ${response.status}`;
      throw new ProviderRefused(`Payment provider refused: ${message}`, response.status);
    }
    if (!answer || typeof answer !== 'object') throw new ProviderRefused('Payment provider answered no object');
    return answer as Record<string, unknown>;
  }
}
