import type http from 'node:http';
import { Redis } from 'ioredis';
import {
  API_KEY_EXCHANGE_PATH,
  InvalidTokenError,
  UnauthenticatedError,
  apiKeyHash,
  apiKeyPrefix,
  apiKeyRevokedMarker,
  bearerToken,
  looksLikeApiKey,
  type Logger,
  type Principal,
  type TokenVerifier,
} from '@prometric/core';

/** How long before its expiry an exchanged token stops being used (a request in flight must not outlive it). */
const EXPIRY_MARGIN_MS = 30_000;
/** Most exchanged tokens kept at once. */
const CACHE_MAX = 10_000;

export interface ApiKeyCredentialsOptions {
  /** Identity's /graphql URL; the exchange endpoint sits beside it. */
  identityUrl: string;
  /** Redis where identity marks revoked keys (the same Redis every service uses). */
  redisUrl: string;
  verifier: TokenVerifier;
  logger: Logger;
}

/** An API key presented by a request: `X-Api-Key: pk_…`, or `Authorization: Bearer pk_…`. */
export function presentedApiKey(headers: http.IncomingHttpHeaders): string | null {
  const header = headers['x-api-key'];
  const explicit = (Array.isArray(header) ? header[0] : header)?.trim();
  if (explicit) return explicit;
  const bearer = bearerToken(headers.authorization);
  return bearer && looksLikeApiKey(bearer) ? bearer : null;
}

interface Exchanged {
  token: string;
  principal: Principal;
  usableUntil: number;
}

/**
 * Turns an API key into the short-lived access token identity exchanges it for, so subgraphs verify
 * one kind of credential. A token is kept (by the key's hash, never the key) until shortly before it
 * expires; before each use the gateway asks Redis whether identity marked the key revoked, so a
 * revocation holds from the moment `revokeApiKey` answers, on every replica. When Redis cannot say,
 * the key is exchanged again (identity decides). Logs name a key by its prefix only.
 */
export class ApiKeyCredentials {
  private readonly cache = new Map<string, Exchanged>();
  private readonly redis: Redis;
  private readonly exchangeUrl: string;

  constructor(private readonly options: ApiKeyCredentialsOptions) {
    this.redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: true });
    this.redis.on('error', (err) => options.logger.warn({ err }, 'redis connection error (API key revocations)'));
    // Redis keeps nothing on disk: a restart forgets the markers, so forget the tokens they guarded.
    this.redis.on('close', () => this.cache.clear());
    this.exchangeUrl = new URL(API_KEY_EXCHANGE_PATH, options.identityUrl).toString();
  }

  /** The access token and principal of `key`; UNAUTHENTICATED for an unknown, revoked or expired key. */
  async authenticate(key: string): Promise<{ token: string; principal: Principal }> {
    const prefix = apiKeyPrefix(key);
    if (!prefix) throw refused();
    const id = apiKeyHash(key);
    const kept = this.cache.get(id);
    if (kept && kept.usableUntil > Date.now()) {
      if ((await this.revoked(kept.principal.userId)) === false) return kept;
      this.cache.delete(id);
    }
    const exchanged = await this.exchange(key, prefix);
    // A key marked revoked while its exchange ran is not kept (identity refuses it from now on).
    if ((await this.revoked(exchanged.principal.userId)) === false) this.keep(id, exchanged);
    return exchanged;
  }

  async close(): Promise<void> {
    this.cache.clear();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private async exchange(key: string, prefix: string): Promise<Exchanged> {
    const response = await fetch(this.exchangeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key }),
    });
    if (response.status === 401 || response.status === 400) {
      this.options.logger.info({ apiKey: prefix }, 'API key refused');
      throw refused();
    }
    if (!response.ok) throw new Error(`API key exchange answered ${response.status}`);
    const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: string };
    let principal: Principal;
    try {
      principal = await this.options.verifier.verify(token);
    } catch (e) {
      if (e instanceof InvalidTokenError) throw new Error(`identity's token for ${prefix} did not verify: ${e.reason}`, { cause: e });
      throw e;
    }
    this.options.logger.debug({ apiKey: prefix }, 'API key exchanged');
    return { token, principal, usableUntil: Date.parse(expiresAt) - EXPIRY_MARGIN_MS };
  }

  private keep(id: string, exchanged: Exchanged): void {
    if (exchanged.usableUntil <= Date.now()) return;
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(id, exchanged);
  }

  /** True or false from Redis; null when Redis cannot answer (then nothing kept is used). */
  private async revoked(keyId: string): Promise<boolean | null> {
    try {
      return (await this.redis.exists(apiKeyRevokedMarker(keyId))) === 1;
    } catch (err) {
      this.options.logger.warn({ err }, 'cannot read API key revocations; exchanging again');
      return null;
    }
  }
}

function refused(): UnauthenticatedError {
  return new UnauthenticatedError('Invalid, revoked or expired API key', { http: { status: 401 } });
}
