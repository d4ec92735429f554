import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHmac } from 'node:crypto';
import { SignJWT, generateKeyPair, importJWK } from 'jose';
import type { KeyStore } from '@prometric/core';
import { testConfig } from './config';
import type { Tenant } from './client';

export type ForgeryKind = 'other-key' | 'expired' | 'alg-none' | 'hs256-with-public-key' | 'wrong-audience' | 'wrong-issuer' | 'unknown-kid' | 'not-yet-valid';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/**
 * Tokens an attacker could present for `tenant`'s user. Every one of them must be refused: each
 * differs from a genuine token in exactly one way.
 */
export async function forgeToken(kind: ForgeryKind, tenant: Tenant, keysDir = testConfig.keysDir): Promise<string> {
  const store = JSON.parse(readFileSync(join(keysDir, 'keys.json'), 'utf8')) as KeyStore;
  const real = store.keys[store.keys.length - 1];
  const claims = { org: tenant.organizationId, ws: tenant.workspaceId, role: 'OWNER', cur: 'USD' };
  const now = Math.floor(Date.now() / 1000);
  const sign = async (opts: { key?: 'real' | 'other'; kid?: string; iss?: string; aud?: string; exp?: number; nbf?: number }) => {
    const key = opts.key === 'other' ? (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey : await importJWK(real.privateJwk, 'EdDSA');
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: opts.kid ?? real.kid })
      .setSubject(tenant.userId)
      .setIssuer(opts.iss ?? 'prometric-identity')
      .setAudience(opts.aud ?? 'prometric-api')
      .setIssuedAt(now - 10)
      .setNotBefore(opts.nbf ?? now - 10)
      .setExpirationTime(opts.exp ?? now + 600)
      .sign(key);
  };
  const payload = { ...claims, sub: tenant.userId, iss: 'prometric-identity', aud: 'prometric-api', iat: now, nbf: now, exp: now + 600 };
  switch (kind) {
    case 'other-key':
      return sign({ key: 'other' });
    case 'expired':
      return sign({ exp: now - 60, nbf: now - 3600 });
    case 'not-yet-valid':
      return sign({ nbf: now + 3600 });
    case 'wrong-audience':
      return sign({ aud: 'someone-else' });
    case 'wrong-issuer':
      return sign({ iss: 'evil-issuer' });
    case 'unknown-kid':
      return sign({ key: 'other', kid: 'no-such-key' });
    case 'alg-none':
      return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    case 'hs256-with-public-key': {
      const head = `${b64({ alg: 'HS256', kid: real.kid, typ: 'JWT' })}.${b64(payload)}`;
      const secret = JSON.stringify(real.publicJwk);
      return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
    }
  }
}

export const FORGERIES: ForgeryKind[] = ['other-key', 'expired', 'alg-none', 'hs256-with-public-key', 'wrong-audience', 'wrong-issuer', 'unknown-kid', 'not-yet-valid'];

/**
 * A genuine access token of `tenant`'s owner (the current key, the real issuer and audience) that
 * expires in `seconds`: for tests of what happens when a token runs out mid-session.
 */
export async function shortLivedToken(tenant: Tenant, seconds: number, keysDir = testConfig.keysDir): Promise<string> {
  const store = JSON.parse(readFileSync(join(keysDir, 'keys.json'), 'utf8')) as KeyStore;
  const real = store.keys[store.keys.length - 1];
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: tenant.organizationId, ws: tenant.workspaceId, role: 'OWNER', cur: 'USD' })
    .setProtectedHeader({ alg: 'EdDSA', kid: real.kid })
    .setSubject(tenant.userId)
    .setIssuer('prometric-identity')
    .setAudience('prometric-api')
    .setIssuedAt(now)
    .setNotBefore(now - 1)
    .setExpirationTime(now + seconds)
    .sign(await importJWK(real.privateJwk, 'EdDSA'));
}
