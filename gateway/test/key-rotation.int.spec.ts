import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { retireSigningKey, rotateSigningKey } from '@prometric/core';
import { errorCodes, eventually, gql, useStack } from '@prometric/testing';

const kidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).kid as string;
const ME = `{ me { id } }`;

describe('signing key rotation', () => {
  // Its own key store: retiring a key must not touch the other test files' tokens.
  const keysDir = mkdtempSync(join(tmpdir(), 'prometric-keys-'));
  const fx = useStack({ keysDir });

  afterAll(async () => {
    rmSync(keysDir, { recursive: true, force: true });
  });

  it('rolls over to a new key with zero failed requests, then retires the old one', async () => {
    const oldToken = fx.owner.token;
    const oldKid = kidOf(oldToken);

    // Traffic with the old token runs throughout the rotation.
    let stop = false;
    const outcomes: boolean[] = [];
    const traffic = (async () => {
      while (!stop) {
        const rs = await Promise.all([gql(fx.url, ME, {}, oldToken), gql(fx.stack.sales.url, `{ products { totalCount } }`, {}, oldToken)]);
        outcomes.push(rs[0].data?.me?.id === fx.owner.userId, rs[1].data?.products?.totalCount === 0);
      }
    })();

    const newKid = await rotateSigningKey(keysDir);
    const login = await gql(fx.url, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: fx.owner.email, p: fx.owner.password });
    const newToken = login.data!.login.accessToken as string;
    expect(kidOf(newToken)).toBe(newKid);
    for (const url of [fx.url, fx.stack.identity.url]) expect((await gql(url, ME, {}, newToken)).data!.me.id).toBe(fx.owner.userId);
    expect((await gql(fx.stack.sales.url, `{ products { totalCount } }`, {}, newToken)).data!.products.totalCount).toBe(0);

    const jwks = (await (await fetch(fx.stack.identity.url.replace('/graphql', '/.well-known/jwks.json'))).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).toEqual([oldKid, newKid]);

    // The old token's traffic goes on after the rotation (ten rounds more), then stops.
    const atRotation = outcomes.length;
    await eventually('old-token traffic after the rotation', async () => outcomes.length, (n) => n >= atRotation + 20);
    stop = true;
    await traffic;
    expect(outcomes.length).toBeGreaterThan(10);
    expect(outcomes.filter((ok) => !ok)).toEqual([]);

    // Once the old tokens' lifetime has passed, the old key goes: its tokens are refused everywhere.
    await retireSigningKey(keysDir, oldKid);
    const gatewayRefusal = await gql(fx.url, ME, {}, oldToken);
    expect(gatewayRefusal.status).toBe(401);
    expect(errorCodes(gatewayRefusal)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(fx.stack.sales.url, `{ products { totalCount } }`, {}, oldToken))).toEqual(['UNAUTHENTICATED']);
    expect((await gql(fx.url, ME, {}, newToken)).data!.me.id).toBe(fx.owner.userId);
  });

  it('refuses to retire the only key', async () => {
    const jwks = (await (await fetch(fx.stack.identity.url.replace('/graphql', '/.well-known/jwks.json'))).json()) as { keys: { kid: string }[] };
    await expect(retireSigningKey(keysDir, jwks.keys[0].kid)).rejects.toThrow(/only signing key/);
  });
});
