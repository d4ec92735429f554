import { Role } from '@prometric/core';
import { errorCodes, gql, memberToken, signUpTenant, useStack } from '@prometric/testing';

const CONFIGURE = /* GraphQL */ `
  mutation($input: ConfigurePaymentProviderInput!) {
    configurePaymentProvider(input: $input) { paymentProvider { id provider merchantId secretSet secretLast4 } errors { code field message } }
  }`;
const PROVIDERS = /* GraphQL */ `query { paymentProviders(first: 10) { edges { node { id provider merchantId secretSet secretLast4 } } } }`;

describe('payment providers: per-workspace accounts with encrypted secrets', () => {
  const fx = useStack({ pg: true });

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
});
