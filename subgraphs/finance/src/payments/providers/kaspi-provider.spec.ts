import { KaspiSimulator } from '../../../test/kaspi-simulator';
import { KaspiProvider, KASPI_HEADERS, kaspiSignature } from './kaspi-provider';
import { ManualProvider } from './manual-provider';
import { CallbackRejected, ProviderEventStatus, ProviderNotRequestable, ProviderRefused, ProviderUnreachable } from './payment-provider';
import { CallbackAction, PaymentRequestStatus as S, nextRequestStatus } from './payment-request-status';

const credentials = { merchantId: 'm-1', secret: 'kaspi-secret-of-workspace-one' };
const invoice = { id: '00000000-0000-4000-8000-000000000001', number: 'INV-000001', currency: 'KZT' };

describe('Kaspi-style provider against a simulator over real HTTP', () => {
  const simulator = new KaspiSimulator(new Map([[credentials.merchantId, credentials.secret]]));
  let provider: KaspiProvider;

  beforeAll(async () => {
    await simulator.start();
    provider = new KaspiProvider({ baseUrl: simulator.url, timeoutMs: 500 });
  });
  afterAll(() => simulator.stop());
  afterEach(() => {
    simulator.down = false;
    simulator.delayMs = 0;
  });

  it('creates a signed payment request and gets a link, a QR payload and an expiry', async () => {
    const created = await provider.createRequest(invoice, '150.00', 'http://gw/callbacks/finance/payments/kaspi/r1', credentials);
    expect(created.providerReference).toMatch(/^kp_/);
    expect(created.paymentUrl).toBe(`${simulator.url}/pay/${created.providerReference}`);
    expect(created.qrPayload).toContain(created.providerReference);
    expect(created.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(simulator.payments.get(created.providerReference)).toMatchObject({ amount: '150.00', currency: 'KZT', orderReference: invoice.id, callbackUrl: 'http://gw/callbacks/finance/payments/kaspi/r1' });
    expect(simulator.unsigned).toBe(0);
  });

  it('verifies a signed callback and refuses a forged, stale, unsigned or malformed one', async () => {
    const { providerReference } = await provider.createRequest(invoice, '150.00', 'http://gw/cb', credentials);
    const good = simulator.callback(providerReference, { eventId: 'ev-1', status: 'PAID' });
    expect(provider.verifyCallback(Buffer.from(good.body), good.headers, credentials)).toEqual({ providerReference, eventId: 'ev-1', status: ProviderEventStatus.PAID, amount: '150.00' });

    const forged = simulator.callback(providerReference, { status: 'PAID', secret: 'not-the-secret' });
    expect(() => provider.verifyCallback(Buffer.from(forged.body), forged.headers, credentials)).toThrow(CallbackRejected);
    // The body changed after signing (an amount raised in transit).
    expect(() => provider.verifyCallback(Buffer.from(good.body.replace('150.00', '999.00')), good.headers, credentials)).toThrow(/signature/);
    const stale = simulator.callback(providerReference, { status: 'PAID', at: new Date(Date.now() - 6 * 60_000) });
    expect(() => provider.verifyCallback(Buffer.from(stale.body), stale.headers, credentials)).toThrow(/replay window/);
    expect(() => provider.verifyCallback(Buffer.from(good.body), { [KASPI_HEADERS.timestamp]: good.headers[KASPI_HEADERS.timestamp] }, credentials)).toThrow(/not signed/);
    const junk = '{"paymentId":"x","eventId":"e","status":"STOLEN","amount":"1.00"}';
    const ts = Math.floor(Date.now() / 1000);
    expect(() => provider.verifyCallback(Buffer.from(junk), { [KASPI_HEADERS.timestamp]: String(ts), [KASPI_HEADERS.signature]: kaspiSignature(credentials.secret, ts, junk) }, credentials)).toThrow(/unknown status/);
  });

  it('refunds through the provider', async () => {
    const { providerReference } = await provider.createRequest(invoice, '150.00', 'http://gw/cb', credentials);
    const refund = await provider.refund(providerReference, '40.00', credentials);
    expect(refund.providerRefundId).toMatch(/^kr_/);
    expect(simulator.payments.get(providerReference)!.refunds).toEqual(['40.00']);
    await expect(provider.refund('kp_unknown', '1.00', credentials)).rejects.toThrow(ProviderRefused);
  });

  it('reports a provider that is down, slow or gone as retryable, and a refusal as not retryable', async () => {
    simulator.down = true;
    await expect(provider.createRequest(invoice, '1.00', 'http://gw/cb', credentials)).rejects.toMatchObject({ name: 'ProviderUnreachable', retryable: true });
    simulator.down = false;
    simulator.delayMs = 1_000;
    await expect(provider.createRequest(invoice, '1.00', 'http://gw/cb', credentials)).rejects.toThrow(/timed out/);
    simulator.delayMs = 0;
    await expect(new KaspiProvider({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 500 }).createRequest(invoice, '1.00', 'http://gw/cb', credentials)).rejects.toThrow(ProviderUnreachable);
    await expect(provider.createRequest(invoice, '1.00', 'http://gw/cb', { ...credentials, secret: 'wrong' })).rejects.toMatchObject({ name: 'ProviderRefused', retryable: false, httpStatus: 401 });
  });
});

describe('manual provider', () => {
  it('refuses requests, callbacks and refunds, pointing at recordPayment', async () => {
    const manual = new ManualProvider();
    await expect(manual.createRequest()).rejects.toThrow(ProviderNotRequestable);
    await expect(manual.createRequest()).rejects.toThrow(/recordPayment/);
    expect(() => manual.verifyCallback()).toThrow(ProviderNotRequestable);
    await expect(manual.refund()).rejects.toThrow(/refundPayment/);
  });
});

describe('payment request state machine under callbacks', () => {
  const P = ProviderEventStatus;
  it('records a payment once, from a request not yet paid, and holds a late one for refund', () => {
    expect(nextRequestStatus(S.REQUESTED, P.PAID, true)).toEqual({ status: S.PAID, action: CallbackAction.RECORD_PAYMENT });
    expect(nextRequestStatus(S.FAILED, P.PAID, true)).toEqual({ status: S.PAID, action: CallbackAction.RECORD_PAYMENT });
    expect(nextRequestStatus(S.EXPIRED, P.PAID, true)).toEqual({ status: S.PAID, action: CallbackAction.RECORD_PAYMENT });
    expect(nextRequestStatus(S.PAID, P.PAID, true)).toEqual({ status: S.PAID, action: CallbackAction.NONE });
    // Invoice voided before the money arrived: it is never re-opened.
    expect(nextRequestStatus(S.REQUESTED, P.PAID, false)).toEqual({ status: S.NEEDS_REFUND, action: CallbackAction.HOLD_FOR_REFUND });
    expect(nextRequestStatus(S.NEEDS_REFUND, P.PAID, true)).toEqual({ status: S.NEEDS_REFUND, action: CallbackAction.NONE });
  });

  it('ignores FAILED after PAID and handles REFUNDED before or after PAID', () => {
    expect(nextRequestStatus(S.REQUESTED, P.FAILED, true)).toEqual({ status: S.FAILED, action: CallbackAction.NONE });
    expect(nextRequestStatus(S.PAID, P.FAILED, true)).toEqual({ status: S.PAID, action: CallbackAction.NONE });
    expect(nextRequestStatus(S.PAID, P.REFUNDED, true)).toEqual({ status: S.REFUNDED, action: CallbackAction.RECORD_REFUND });
    expect(nextRequestStatus(S.REQUESTED, P.REFUNDED, true)).toEqual({ status: S.REFUNDED, action: CallbackAction.NONE });
    expect(nextRequestStatus(S.REFUNDED, P.PAID, true)).toEqual({ status: S.REFUNDED, action: CallbackAction.NONE });
    expect(nextRequestStatus(S.NEEDS_REFUND, P.REFUNDED, true)).toEqual({ status: S.REFUNDED, action: CallbackAction.NONE });
  });
});
