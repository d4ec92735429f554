import { errorCodes, FORGERIES, forgeToken, gql, useStack } from '@prometric/testing';

const ME = `{ me { id } }`;
const PRODUCTS = `{ products(first: 1) { totalCount } }`;

describe('token verification at the gateway and at each subgraph', () => {
  const fx = useStack();

  it('accepts the genuine token everywhere', async () => {
    expect((await gql(fx.url, ME, {}, fx.owner.token)).data!.me.id).toBe(fx.owner.userId);
    expect((await gql(fx.stack.identity.url, ME, {}, fx.owner.token)).data!.me.id).toBe(fx.owner.userId);
    expect((await gql(fx.stack.sales.url, PRODUCTS, {}, fx.owner.token)).data!.products.totalCount).toBe(0);
  });

  it.each(FORGERIES)('refuses a token forged as %s at the gateway, with 401 and no data', async (kind) => {
    const token = await forgeToken(kind, fx.owner);
    const r = await gql(fx.url, ME, {}, token);
    expect(r.status).toBe(401);
    expect(r.data ?? null).toBeNull();
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it.each(FORGERIES)('refuses a token forged as %s at a subgraph reached directly', async (kind) => {
    const token = await forgeToken(kind, fx.owner);
    for (const url of [fx.stack.identity.url, fx.stack.sales.url]) {
      const r = await gql(url, url === fx.stack.sales.url ? PRODUCTS : ME, {}, token);
      expect(r.data ?? null).toBeNull();
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('refuses protected fields to anonymous callers at a subgraph reached directly', async () => {
    const r = await gql(fx.stack.sales.url, PRODUCTS);
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    const entities = await gql(fx.stack.sales.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id } } }`, { r: [{ __typename: 'Product', id: fx.owner.userId }] });
    expect(errorCodes(entities)).toEqual(['UNAUTHENTICATED']);
  });

  it('never leaks internals in errors', async () => {
    const r = await gql(fx.url, ME, {}, await forgeToken('alg-none', fx.owner));
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/stack|jose|JWS|signature|at .*\.ts/i);
  });
});
