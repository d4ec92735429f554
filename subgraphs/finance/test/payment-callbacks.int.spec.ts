import { Role } from '@prometric/core';
import { errorCodes, eventually, gql, memberToken, pdfText, signUpTenant, useStack } from '@prometric/testing';
import { KaspiSimulator } from './kaspi-simulator';
import { ISSUE, VOID, paymentFixtures } from './payment-fixtures';

const INVOICE = /* GraphQL */ `
  query($id: ID!) {
    invoice(id: $id) {
      id status amountPaid { amount } amountDue { amount }
      payments { id method reference amount { amount } amountRefunded { amount } refunds { amount { amount } provider providerRefundId applied } }
      paymentRequests { id status }
      refunds { amount { amount } applied paymentId paymentRequestId reason }
    }
  }`;
const REFUND = /* GraphQL */ `
  mutation($input: RefundPaymentInput!) {
    refundPayment(input: $input) { refund { id amount { amount } provider providerRefundId applied } payment { id amountRefunded { amount } } invoice { id status amountPaid { amount } amountDue { amount } } errors { code field message } }
  }`;
const REFUND_REQUEST = /* GraphQL */ `
  mutation($input: RefundPaymentRequestInput!) {
    refundPaymentRequest(input: $input) { refund { id amount { amount } provider applied paymentRequestId } invoice { id status } errors { code field message } }
  }`;
const RECORD = /* GraphQL */ `
  mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } invoice { status } errors { code message } } }`;

const simulator = new KaspiSimulator();
beforeAll(() => simulator.start());
afterAll(() => simulator.stop());

describe('provider callbacks record payments exactly once; refunds go back through the provider', () => {
  const fx = useStack(() => ({ pg: true, env: { PAYMENTS_KASPI_URL: simulator.url, PAYMENTS_TIMEOUT_MS: '1000' } }));
  const { draftInvoice, kaspiTenant, requestedPayment } = paymentFixtures(fx, simulator);
  const post = async (url: string, { body, headers }: { body: string; headers: Record<string, string> }) => {
    const response = await fetch(url, { method: 'POST', body, headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const count = async (sql: string, id: string): Promise<number> => (await fx.pg.query(sql, [id])).rows[0].c;
  const paymentRows = (invoiceId: string) => count('select count(*)::int as c from finance.payment where invoice_id = $1', invoiceId);
  const outboxOf = (type: string, aggregateId: string) => count(`select count(*)::int as c from finance.outbox_event where type = '${type}' and aggregate_id = $1`, aggregateId);

  it('marks the invoice PAID exactly once under 5 duplicate callbacks, a second event of the same payment and a forged one', async () => {
    const tenant = await kaspiTenant();
    const { invoiceId, request, reference, callbackUrl } = await requestedPayment(tenant);
    const paid = simulator.callback(reference, { status: 'PAID', eventId: 'ev-paid-1' });
    const forged = simulator.callback(reference, { status: 'PAID', eventId: 'ev-forged', secret: 'forged-secret-forged-secret' });
    // Five deliveries of one event, at once, and a forged one among them.
    const answers = await Promise.all([...Array.from({ length: 5 }, () => post(callbackUrl, paid)), post(callbackUrl, forged)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 401]);
    expect(answers.filter((a) => a.body.duplicate === true)).toHaveLength(4);
    // The provider sends the outcome again under another event id: the request is PAID already.
    expect(await post(callbackUrl, simulator.callback(reference, { status: 'PAID', eventId: 'ev-paid-2' }))).toEqual({ status: 200, body: { status: 'PAID' } });

    const invoice = (await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice;
    expect(invoice).toMatchObject({ status: 'PAID', amountPaid: { amount: '224.00' }, amountDue: { amount: '0.00' }, paymentRequests: [{ id: request.id, status: 'PAID' }] });
    expect(invoice.payments).toEqual([expect.objectContaining({ method: 'KASPI', reference, amount: { amount: '224.00' }, amountRefunded: { amount: '0.00' }, refunds: [] })]);
    expect(await paymentRows(invoiceId)).toBe(1);
    expect(await outboxOf('payment.recorded', invoiceId)).toBe(1);
    // Both verified events are kept, the forged one is not; the provider is the audit trail's actor.
    const events = (await fx.pg.query('select event_id, action from finance.payment_provider_event where payment_request_id = $1 order by created_at', [request.id])).rows;
    expect(events).toEqual([{ event_id: 'ev-paid-1', action: 'RECORD_PAYMENT' }, { event_id: 'ev-paid-2', action: 'NONE' }]);
    expect((await fx.pg.query(`select distinct actor_role from finance.audit_log where entity_id = $1 and actor_role like 'provider:%'`, [invoiceId])).rows).toEqual([{ actor_role: 'provider:kaspi' }]);
  }, 30_000);

  it('prints the open request\'s payment link and QR code on the invoice PDF, and not once it is paid', async () => {
    const tenant = await kaspiTenant();
    const { invoiceId, reference } = await requestedPayment(tenant);
    const pdf = async () => {
      const link: string = (await gql(fx.url, `query($id: ID!) { invoice(id: $id) { pdfUrl } }`, { id: invoiceId }, tenant.token)).data!.invoice.pdfUrl;
      const response = await fetch(link.replace(/^https?:\/\/[^/]+/, new URL(fx.url).origin));
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const open = await pdf();
    const text = await pdfText(open);
    expect(text).toContain('Pay online');
    expect(text.replace(/\s+/g, '')).toContain(`${simulator.url}/pay/${reference}`);
    expect(open.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    expect(await simulator.fire(reference, { status: 'PAID' })).toBe(200);
    const paid = await pdfText(await pdf());
    expect(paid).not.toContain('Pay online');
    expect(paid).toContain('PAID');
  }, 30_000);

  it('applies callbacks out of order: FAILED after PAID is ignored, a replay outside the window or another amount writes nothing', async () => {
    const tenant = await kaspiTenant();
    const { invoiceId, reference, callbackUrl } = await requestedPayment(tenant);
    expect((await post(callbackUrl, simulator.callback(reference, { status: 'PAID', amount: '100.00' }))).status).toBe(422);
    expect((await post(callbackUrl, simulator.callback(reference, { status: 'PAID', at: new Date(Date.now() - 10 * 60_000) }))).status).toBe(401);
    expect(await paymentRows(invoiceId)).toBe(0);
    expect(await simulator.fire(reference, { status: 'FAILED' })).toBe(200);
    expect((await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice.paymentRequests[0].status).toBe('FAILED');
    // The customer retried at the provider and it went through: a late success still took the money.
    expect(await simulator.fire(reference, { status: 'PAID' })).toBe(200);
    expect(await simulator.fire(reference, { status: 'FAILED' })).toBe(200);
    const invoice = (await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice;
    expect(invoice).toMatchObject({ status: 'PAID', paymentRequests: [{ status: 'PAID' }] });
    expect(await paymentRows(invoiceId)).toBe(1);
  }, 30_000);

  it('reports EXPIRED past expiresAt and still records a payment the provider reports afterwards', async () => {
    const tenant = await kaspiTenant();
    const { invoiceId, request, reference } = await requestedPayment(tenant);
    await fx.pg.query(`update finance.payment_request set expires_at = now() - interval '1 minute' where id = $1`, [request.id]);
    expect((await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice.paymentRequests).toEqual([{ id: request.id, status: 'EXPIRED' }]);
    expect(await simulator.fire(reference, { status: 'PAID' })).toBe(200);
    expect((await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice).toMatchObject({ status: 'PAID', paymentRequests: [{ status: 'PAID' }] });
  }, 30_000);

  it('holds a payment that arrives after the invoice was voided (NEEDS_REFUND) and gives it back once', async () => {
    const tenant = await kaspiTenant();
    const { invoiceId, request, reference } = await requestedPayment(tenant);
    expect((await gql(fx.url, VOID, { id: invoiceId }, tenant.token)).data!.voidInvoice.errors).toEqual([]);
    expect(await simulator.fire(reference, { status: 'PAID' })).toBe(200);
    const held = (await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice;
    expect(held).toMatchObject({ status: 'VOID', amountPaid: { amount: '0.00' }, payments: [], paymentRequests: [{ status: 'NEEDS_REFUND' }] });
    expect(await outboxOf('payment_request.needs_refund', request.id)).toBe(1);

    // A recorded payment is refunded with refundPayment; this one is refunded whole, once.
    const input = { paymentRequestId: request.id, reason: 'Invoice was voided', idempotencyKey: `nr-${request.id}` };
    const [first, retry] = [await gql(fx.url, REFUND_REQUEST, { input }, tenant.token), await gql(fx.url, REFUND_REQUEST, { input }, tenant.token)];
    expect(first.data!.refundPaymentRequest).toMatchObject({ errors: [], refund: { amount: { amount: '224.00' }, provider: 'KASPI', applied: false, paymentRequestId: request.id }, invoice: { status: 'VOID' } });
    expect(retry.data!.refundPaymentRequest.refund.id).toBe(first.data!.refundPaymentRequest.refund.id);
    expect(simulator.payments.get(reference)!.refunds).toEqual(['224.00']);
    const again = await gql(fx.url, REFUND_REQUEST, { input: { ...input, idempotencyKey: null } }, tenant.token);
    expect(again.data!.refundPaymentRequest.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect((await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice).toMatchObject({ status: 'VOID', paymentRequests: [{ status: 'REFUNDED' }], refunds: [{ amount: { amount: '224.00' }, applied: false, paymentId: null }] });
  }, 30_000);

  it('refunds a provider payment through the provider, in parts, at most what was paid, once per key', async () => {
    const tenant = await kaspiTenant();
    const { invoiceId, request, reference } = await requestedPayment(tenant);
    expect(await simulator.fire(reference, { status: 'PAID' })).toBe(200);
    const paymentId: string = (await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice.payments[0].id;

    const input = { paymentId, amount: '24.00', reason: 'One item damaged', idempotencyKey: `r1-${paymentId}` };
    const first = (await gql(fx.url, REFUND, { input }, tenant.token)).data!.refundPayment;
    expect(first).toMatchObject({ errors: [], refund: { amount: { amount: '24.00' }, provider: 'KASPI', providerRefundId: expect.stringMatching(/^kr_/), applied: true }, payment: { amountRefunded: { amount: '24.00' } }, invoice: { status: 'PARTIALLY_PAID', amountPaid: { amount: '200.00' }, amountDue: { amount: '24.00' } } });
    expect((await gql(fx.url, REFUND, { input }, tenant.token)).data!.refundPayment.refund.id).toBe(first.refund.id);
    expect(simulator.payments.get(reference)!.refunds).toEqual(['24.00']);

    // More than is left: refused, nothing written, the provider not called.
    const over = (await gql(fx.url, REFUND, { input: { paymentId, amount: '200.01', reason: 'too much' } }, tenant.token)).data!.refundPayment;
    expect(over).toMatchObject({ refund: null, errors: [{ code: 'EXCEEDS_REFUNDABLE', field: ['amount'] }] });
    // The provider down: a typed error, nothing written.
    simulator.down = true;
    try {
      expect((await gql(fx.url, REFUND, { input: { paymentId, amount: '200.00', reason: 'rest' } }, tenant.token)).data!.refundPayment.errors.map((e: { code: string }) => e.code)).toEqual(['PROVIDER_UNAVAILABLE']);
    } finally {
      simulator.down = false;
    }
    expect(await count('select count(*)::int as c from finance.refund where payment_id = $1', paymentId)).toBe(1);

    // The rest given back at the provider's side: its REFUNDED callback reports 224.00 in all, and
    // only the 200.00 not recorded yet is recorded.
    expect(await simulator.fire(reference, { status: 'REFUNDED', amount: '224.00' })).toBe(200);
    const invoice = (await gql(fx.url, INVOICE, { id: invoiceId }, tenant.token)).data!.invoice;
    expect(invoice).toMatchObject({ status: 'ISSUED', amountPaid: { amount: '0.00' }, amountDue: { amount: '224.00' }, paymentRequests: [{ id: request.id, status: 'REFUNDED' }] });
    expect(invoice.payments[0].refunds.map((r: { amount: { amount: string }; providerRefundId: string | null }) => [r.amount.amount, r.providerRefundId !== null])).toEqual([['24.00', true], ['200.00', false]]);
    expect(await outboxOf('payment.refunded', invoiceId)).toBe(2);
    expect((await gql(fx.url, REFUND, { input: { paymentId, amount: '0.01', reason: 'nothing left' } }, tenant.token)).data!.refundPayment.errors.map((e: { code: string }) => e.code)).toEqual(['EXCEEDS_REFUNDABLE']);
  }, 30_000);

  it('records a manual refund of a payment typed in, refuses bad input, other workspaces and a SALES_REP', async () => {
    const tenant = await signUpTenant(fx.url);
    const invoiceId = await draftInvoice(tenant);
    await gql(fx.url, ISSUE, { id: invoiceId }, tenant.token);
    const paymentId: string = (await gql(fx.url, RECORD, { input: { invoiceId, amount: '224.00', method: 'CASH' } }, tenant.token)).data!.recordPayment.payment.id;

    const bad = (await gql(fx.url, REFUND, { input: { paymentId: 'nope', amount: '-1', reason: ' ' } }, tenant.token)).data!.refundPayment;
    expect(bad.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([['INVALID', ['paymentId']], ['INVALID', ['amount']], ['INVALID', ['reason']]]);
    const other = await signUpTenant(fx.url);
    expect((await gql(fx.url, REFUND, { input: { paymentId, amount: '1.00', reason: 'x' } }, other.token)).data!.refundPayment.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(fx.url, REFUND, { input: { paymentId, amount: '1.00', reason: 'x' } }, await memberToken(fx.url, tenant, Role.SALES_REP)))).toEqual(['FORBIDDEN']);
    expect(await count('select count(*)::int as c from finance.refund where payment_id = $1', paymentId)).toBe(0);

    const accountant = await memberToken(fx.url, tenant, Role.ACCOUNTANT);
    const refunded = (await gql(fx.url, REFUND, { input: { paymentId, amount: '224.00', reason: 'Returned in full' } }, accountant)).data!.refundPayment;
    expect(refunded).toMatchObject({ errors: [], refund: { provider: 'MANUAL', providerRefundId: null, applied: true }, invoice: { status: 'ISSUED', amountDue: { amount: '224.00' } } });
    // The refunded invoice takes a payment again, and can now be voided (nothing stays paid).
    await eventually('the refund event in the outbox', () => outboxOf('payment.refunded', invoiceId), (n) => n === 1);
    expect((await gql(fx.url, VOID, { id: invoiceId }, tenant.token)).data!.voidInvoice.errors).toEqual([]);
  }, 30_000);
});
