import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys for integrations: `pk_<prefix>_<secret>`. The prefix (16 hex digits) names the key in
 * lists and logs; the secret (32 random bytes) is shown once and stored only as the SHA-256 of the
 * whole key. Identity issues and exchanges keys; the gateway recognises them (this file is what both
 * must agree on).
 */
export const API_KEY_MARK = 'pk_';
const API_KEY_SHAPE = /^pk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** A fresh key: what the creator is shown once, and what identity keeps. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = `${API_KEY_MARK}${randomBytes(8).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: apiKeyHash(key) };
}

/** The stored form of a key: hex SHA-256 of the whole key (the secret has 256 bits of entropy). */
export function apiKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** The visible prefix of a well-formed key (`pk_3f9a…`), else null. Never log more than this. */
export function apiKeyPrefix(key: string): string | null {
  const match = API_KEY_SHAPE.exec(key);
  return match ? `${API_KEY_MARK}${match[1]}` : null;
}

/** True for what looks like an API key rather than a JWT (gateway: `Authorization: Bearer pk_…`). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_MARK);
}

/**
 * Redis key marking an API key revoked. Identity sets it (before the revocation commits) for as long
 * as an exchanged token can live; the gateway checks it before each use of a token it keeps, so a
 * revoked key is refused at once on every gateway replica.
 */
export function apiKeyRevokedMarker(keyId: string): string {
  return `prometric:api-key:revoked:${keyId}`;
}

/** Path of identity's exchange endpoint (POST `{ key }` → `{ token, expiresAt, keyId, prefix }`). */
export const API_KEY_EXCHANGE_PATH = '/api-keys/exchange';

/** Lifetime of an exchanged token unless configured (identity's `API_KEY_TOKEN_TTL_SECONDS`). */
export const API_KEY_TOKEN_TTL_SECONDS = 300;
