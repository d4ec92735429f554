import { Role } from '@prometric/core';
import { errorCodes, gql, memberToken, signUpTenant, useStack } from '@prometric/testing';
import { KaspiSimulator } from './kaspi-simulator';
import { CONFIGURE, ISSUE, REQUEST, VOID, paymentFixtures } from './payment-fixtures';

const PROVIDERS = /* GraphQL */ `query { paymentProviders(first: 10) { edges { node { id provider merchantId secretSet secretLast4 } } } }`;

const INVOICE_REQUESTS = /* GraphQL */ `query($id: ID!) { invoice(id: $id) { id paymentRequests { id status amount { amount } } } }`;

const simulator = new KaspiSimulator();
// Before the stack: finance is configured with the simulator's URL.
beforeAll(() => simulator.start());
afterAll(() => simulator.stop());

describe('payment providers: per-workspace accounts with encrypted secrets', () => {
  const fx = useStack(() => ({ pg: true, env: { PAYMENTS_KASPI_URL: simulator.url, PAYMENTS_TIMEOUT_MS: '1000' } }));

  it('stores the secret encrypted, never shows it, and replaces it on reconfiguration', async () => {
    const secret = 'kaspi-plaintext-secret-7f3a9c';
    const first = await gql(fx.url, CONFIGURE, { input: { provider: 'KASPI', merchantId: 'merchant-1', secret } }, fx.owner.token);
    expect(first.data!.configurePaymentProvider.errors).toEqual([]);
    const setting = first.data!.configurePaymentProvider.paymentProvider;
    expect(setting).toMatchObject({ provider: 'KASPI', merchantId: 'merchant-1', secretSet: true, secretLast4: '3a9c' });
    expect(JSON.stringify(first)).not.toContain(secret);

    // The plaintext appears in no column of the row (the whole row, as text).
    const row = (await fx.pg.query('select to_jsonb(s)::text as row from finance.payment_provider_setting s where id = $1', [setting.id])).rows[0].row as string;
    expect(row).not.toContain(secret);
    expect(row).not.toContain(secret.slice(0, 12));

    const second = await gql(fx.url, CONFIGURE, { input: { provider: 'KASPI', merchantId: 'merchant-2', secret: 'another-secret-of-16+-chars-WXYZ' } }, fx.owner.token);
    expect(second.data!.configurePaymentProvider.paymentProvider).toMatchObject({ id: setting.id, merchantId: 'merchant-2', secretLast4: 'WXYZ' });
    const listed = await gql(fx.url, PROVIDERS, {}, fx.owner.token);
    expect(listed.data!.paymentProviders.edges.map((e: { node: unknown }) => e.node)).toEqual([{ id: setting.id, provider: 'KASPI', merchantId: 'merchant-2', secretSet: true, secretLast4: 'WXYZ' }]);
  });

  it('refuses invalid input with typed errors and writes nothing', async () => {
    const tenant = await signUpTenant(fx.url);
    const refused = await gql(fx.url, CONFIGURE, { input: { provider: 'MANUAL', merchantId: ' ', secret: 'short' } }, tenant.token);
    expect(refused.data!.configurePaymentProvider.paymentProvider).toBeNull();
    expect(refused.data!.configurePaymentProvider.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([['INVALID', ['provider']], ['INVALID', ['merchantId']], ['INVALID', ['secret']]]);
    expect((await fx.pg.query('select count(*)::int as c from finance.payment_provider_setting where workspace_id = $1', [tenant.workspaceId])).rows[0].c).toBe(0);
  });

  it('keeps each workspace\'s account to itself and refuses a SALES_REP', async () => {
    const other = await signUpTenant(fx.url);
    await gql(fx.url, CONFIGURE, { input: { provider: 'KASPI', merchantId: 'theirs', secret: 'secret-of-the-other-workspace' } }, other.token);
    const mine = await signUpTenant(fx.url);
    expect((await gql(fx.url, PROVIDERS, {}, mine.token)).data!.paymentProviders.edges).toEqual([]);
    const ours = await gql(fx.url, CONFIGURE, { input: { provider: 'KASPI', merchantId: 'ours', secret: 'secret-of-this-workspace-0000' } }, mine.token);
    expect(ours.data!.configurePaymentProvider.errors).toEqual([]);
    expect((await gql(fx.url, PROVIDERS, {}, other.token)).data!.paymentProviders.edges.map((e: { node: { merchantId: string } }) => e.node.merchantId)).toEqual(['theirs']);

    const rep = await memberToken(fx.url, mine, Role.SALES_REP);
    expect(errorCodes(await gql(fx.url, CONFIGURE, { input: { provider: 'KASPI', merchantId: 'x', secret: 'secret-of-a-sales-rep-000' } }, rep))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(fx.url, PROVIDERS, {}, rep))).toEqual(['FORBIDDEN']);
    const accountant = await memberToken(fx.url, mine, Role.ACCOUNTANT);
    expect((await gql(fx.url, PROVIDERS, {}, accountant)).data!.paymentProviders.edges.map((e: { node: { merchantId: string } }) => e.node.merchantId)).toEqual(['ours']);
  });

  const { draftInvoice: issuedInvoice, kaspiTenant, requestedPayment } = paymentFixtures(fx, simulator);
  const requestRows = async (invoiceId: string): Promise<number> => (await fx.pg.query('select count(*)::int as c from finance.payment_request where invoice_id = $1', [invoiceId])).rows[0].c;

  it('requests payment of what an issued invoice owes and returns the link and QR payload', async () => {
    const tenant = await kaspiTenant();
    const invoiceId = await issuedInvoice(tenant);
    // A draft is not payable.
    const draft = await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, tenant.token);
    expect(draft.data!.requestPayment.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect((await gql(fx.url, ISSUE, { id: invoiceId }, tenant.token)).data!.issueInvoice.errors).toEqual([]);

    const r = await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, tenant.token);
    expect(r.data!.requestPayment.errors).toEqual([]);
    const request = r.data!.requestPayment.paymentRequest;
    expect(request).toMatchObject({ status: 'REQUESTED', provider: 'KASPI', amount: { amount: '224.00', currency: 'USD' } });
    const [reference] = [...simulator.payments.values()].filter((p) => p.orderReference === invoiceId).map((p) => p.id);
    expect(request.paymentUrl).toBe(`${simulator.url}/pay/${reference}`);
    expect(request.qrPayload).toBe(`${simulator.url}/qr/${reference}`);
    expect(Date.parse(request.expiresAt)).toBeGreaterThan(Date.now());
    // The provider was told where to call back: the gateway's callback route for this request.
    expect(simulator.payments.get(reference)!.callbackUrl).toMatch(new RegExp(`/callbacks/finance/payments/kaspi/${request.id}$`));
    expect((await gql(fx.url, INVOICE_REQUESTS, { id: invoiceId }, tenant.token)).data!.invoice.paymentRequests).toEqual([{ id: request.id, status: 'REQUESTED', amount: { amount: '224.00' } }]);

    // Another workspace can neither request payment for the invoice nor see its requests.
    const other = await kaspiTenant();
    expect((await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, other.token)).data!.requestPayment.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    expect((await gql(fx.url, INVOICE_REQUESTS, { id: invoiceId }, other.token)).data?.invoice ?? null).toBeNull();
    expect(errorCodes(await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, await memberToken(fx.url, tenant, Role.SALES_REP)))).toEqual(['FORBIDDEN']);

    // A voided invoice is not payable; MANUAL is refused (recordPayment is the way).
    expect((await gql(fx.url, REQUEST, { invoiceId, provider: 'MANUAL' }, tenant.token)).data!.requestPayment.errors[0]).toMatchObject({ code: 'INVALID', field: ['provider'], message: expect.stringMatching(/recordPayment/) });
    expect((await gql(fx.url, VOID, { id: invoiceId }, tenant.token)).data!.voidInvoice.errors).toEqual([]);
    expect((await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, tenant.token)).data!.requestPayment.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID_TRANSITION']);
    expect(await requestRows(invoiceId)).toBe(1);
  }, 30_000);

  it('answers a typed error and writes nothing when no account is set or the provider is down or slow', async () => {
    const bare = await signUpTenant(fx.url);
    const bareInvoice = await issuedInvoice(bare);
    await gql(fx.url, ISSUE, { id: bareInvoice }, bare.token);
    expect((await gql(fx.url, REQUEST, { invoiceId: bareInvoice, provider: 'KASPI' }, bare.token)).data!.requestPayment.errors.map((e: { code: string }) => e.code)).toEqual(['PROVIDER_NOT_CONFIGURED']);

    const tenant = await kaspiTenant();
    const invoiceId = await issuedInvoice(tenant);
    await gql(fx.url, ISSUE, { id: invoiceId }, tenant.token);
    try {
      simulator.down = true;
      const down = await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, tenant.token);
      expect(down.data!.requestPayment).toMatchObject({ paymentRequest: null, errors: [{ code: 'PROVIDER_UNAVAILABLE', field: ['provider'] }] });
      simulator.down = false;
      simulator.delayMs = 1_500;
      const slow = await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, tenant.token);
      expect(slow.data!.requestPayment.errors.map((e: { code: string; message: string }) => [e.code, e.message])).toEqual([['PROVIDER_UNAVAILABLE', expect.stringMatching(/timed out/)]]);
    } finally {
      simulator.down = false;
      simulator.delayMs = 0;
    }
    expect(await requestRows(invoiceId)).toBe(0);
    // Once it is back, the same request goes through.
    expect((await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, tenant.token)).data!.requestPayment.errors).toEqual([]);
  }, 30_000);

  it('takes provider callbacks through the gateway: 404 unknown, 401 forged, 413 too large, nothing written', async () => {
    const tenant = await kaspiTenant();
    const { request, reference, callbackUrl } = await requestedPayment(tenant);
    const gateway = new URL(fx.url).origin;
    const post = async (url: string, body: string, headers: Record<string, string>) => (await fetch(url, { method: 'POST', body, headers })).status;
    const state = async () => (await fx.pg.query('select r.status, i.status as invoice_status, i.amount_paid, (select count(*)::int from finance.payment p where p.invoice_id = i.id) as payments from finance.payment_request r join finance.invoice i on i.id = r.invoice_id where r.id = $1', [request.id])).rows[0];
    const before = await state();

    const good = simulator.callback(reference, { status: 'PAID' });
    expect(await post(`${gateway}/callbacks/finance/payments/kaspi/00000000-0000-4000-8000-000000000000`, good.body, good.headers)).toBe(404);
    expect(await post(`${gateway}/callbacks/finance/payments/manual/${request.id}`, good.body, good.headers)).toBe(404);
    expect(await post(`${gateway}/callbacks/nosuch/x/`, good.body, good.headers)).toBe(404);
    expect(await simulator.fire(reference, { status: 'PAID', secret: 'forged-secret-forged-secret' })).toBe(401);
    // Signed with another workspace's secret: the tenant comes from the stored request, so it does not verify.
    const other = await kaspiTenant();
    expect(await simulator.fire(reference, { status: 'PAID', secret: `secret-${other.workspaceId}` })).toBe(401);
    expect(await post(callbackUrl, 'x'.repeat(70 * 1024), good.headers)).toBe(413);
    expect(await state()).toEqual(before);
    expect(before.status).toBe('REQUESTED');
  }, 30_000);
});
