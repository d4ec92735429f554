import { FORGERIES, errorCodes, forgeToken, gql, signUpTenant, startStack, type Stack, type Tenant } from '@prometric/testing';

const ME = `{ me { id } }`;
const PRODUCTS = `{ products(first: 1) { totalCount } }`;

describe('token verification at the gateway and at each subgraph', () => {
  let stack: Stack;
  let tenant: Tenant;

  beforeAll(async () => {
    stack = await startStack();
    tenant = await signUpTenant(stack.url);
  });
  afterAll(() => stack?.close());

  it('accepts the genuine token everywhere', async () => {
    expect((await gql(stack.url, ME, {}, tenant.token)).data!.me.id).toBe(tenant.userId);
    expect((await gql(stack.identity.url, ME, {}, tenant.token)).data!.me.id).toBe(tenant.userId);
    expect((await gql(stack.sales.url, PRODUCTS, {}, tenant.token)).data!.products.totalCount).toBe(0);
  });

  it.each(FORGERIES)('refuses a token forged as %s at the gateway, with 401 and no data', async (kind) => {
    const token = await forgeToken(kind, tenant);
    const r = await gql(stack.url, ME, {}, token);
    expect(r.status).toBe(401);
    expect(r.data ?? null).toBeNull();
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it.each(FORGERIES)('refuses a token forged as %s at a subgraph reached directly', async (kind) => {
    const token = await forgeToken(kind, tenant);
    for (const url of [stack.identity.url, stack.sales.url]) {
      const r = await gql(url, url === stack.sales.url ? PRODUCTS : ME, {}, token);
      expect(r.data ?? null).toBeNull();
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuses protected fields to anonymous callers at a subgraph reached directly', async () => {
    const r = await gql(stack.sales.url, PRODUCTS);
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    const entities = await gql(stack.sales.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id } } }`, { r: [{ __typename: 'Product', id: tenant.userId }] });
    expect(errorCodes(entities)).toEqual(['UNAUTHENTICATED']);
  });

  it('never leaks internals in errors', async () => {
    const r = await gql(stack.url, ME, {}, await forgeToken('alg-none', tenant));
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/stack|jose|JWS|signature|at .*\.ts/i);
  });
});
