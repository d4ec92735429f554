import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SignJWT,
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { isRole, isServiceRole, permissionsOf } from './roles';
import type { Principal } from './principal';

export const JWT_ALGORITHM = 'EdDSA';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

interface StoredKey {
  kid: string;
  createdAt: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** The signing keys: the newest signs, all are published in the JWKS until retired. */
export interface KeyStore {
  keys: StoredKey[];
}

export async function generateSigningKey(): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair(JWT_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: JWT_ALGORITHM, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: JWT_ALGORITHM };
  return { kid, createdAt: new Date().toISOString(), privateJwk, publicJwk };
}

/**
 * Reads the key store from `dir/keys.json`, creating it with a fresh key on first start. The file
 * holds private keys: it lives under `.data/` (git-ignored) with mode 0600.
 */
export async function loadOrCreateKeyStore(dir: string): Promise<KeyStore> {
  const file = join(dir, 'keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyStore;
  mkdirSync(dir, { recursive: true });
  const store: KeyStore = { keys: [await generateSigningKey()] };
  // Write aside, then link into place: readers never see a half-written file, and when several
  // services start at once exactly one store wins (link fails with EEXIST for the others).
  const tmp = join(dir, `keys.${process.pid}.${randomUUID()}.tmp`);
  writeFileSync(tmp, JSON.stringify(store, null, 2), { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return JSON.parse(readFileSync(file, 'utf8')) as KeyStore;
  } finally {
    unlinkSync(tmp);
  }
  return store;
}

/**
 * How long a key store file is trusted unchanged: another process's rotation or retirement (`pnpm
 * keys`) takes effect within this time; one of this process's own, at once.
 */
const STAT_INTERVAL_MS = 500;

/**
 * A key store file that services re-read when it changes, so a rotation (a key added) or a
 * retirement (a key removed) takes effect without a restart: identity signs with the newest key;
 * verifiers accept every key still listed.
 */
export class KeyStoreFile {
  private cache: { version: string; store: KeyStore; getKey: JWTVerifyGetKey } | null = null;
  private checkedAt = 0;
  private writesSeen = -1;

  private constructor(readonly dir: string) {}

  /** Opens the store of `dir`, creating it with a first key when absent. */
  static async open(dir: string): Promise<KeyStoreFile> {
    await loadOrCreateKeyStore(dir);
    return new KeyStoreFile(dir);
  }

  private load() {
    // Every token check asks for the store; a stat per check was ~1–2 % of a request's CPU (profiled),
    // so the file is looked at again only after STAT_INTERVAL_MS, or at once after this process wrote it.
    const now = Date.now();
    if (this.cache && now < this.checkedAt + STAT_INTERVAL_MS && this.writesSeen === storeWrites) return this.cache;
    this.checkedAt = now;
    this.writesSeen = storeWrites;
    const file = join(this.dir, 'keys.json');
    const stat = statSync(file);
    // A rename gives a new inode, so even two writes within one millisecond are told apart.
    const version = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    if (this.cache?.version !== version) {
      const store = JSON.parse(readFileSync(file, 'utf8')) as KeyStore;
      this.cache = { version, store, getKey: createLocalJWKSet(jwksOf(store)) };
    }
    return this.cache;
  }

  current(): KeyStore {
    return this.load().store;
  }

  /**
   * The key of a token's `kid`. A kid the remembered store lacks may have been added by another
   * process a moment ago (a rotation): the file is looked at again before the token is refused.
   */
  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    try {
      return await this.load().getKey(header, token);
    } catch (e) {
      if (this.checkedAt === 0) throw e;
      this.checkedAt = 0;
      return this.load().getKey(header, token);
    }
  };
}

/** Bumped by every write of a key store in this process, so its readers see it at once. */
let storeWrites = 0;

function writeStoreAtomically(dir: string, store: KeyStore): void {
  const tmp = join(dir, `keys.${process.pid}.${randomUUID()}.tmp`);
  writeFileSync(tmp, JSON.stringify(store, null, 2), { mode: 0o600 });
  renameSync(tmp, join(dir, 'keys.json'));
  storeWrites++;
}

/** Adds a new signing key: new tokens use it, tokens of the older keys keep verifying. Returns its kid. */
export async function rotateSigningKey(dir: string): Promise<string> {
  const store = await loadOrCreateKeyStore(dir);
  const key = await generateSigningKey();
  writeStoreAtomically(dir, { keys: [...store.keys, key] });
  return key.kid;
}

/** Removes a key once its tokens have expired: tokens it signed are refused from then on. */
export async function retireSigningKey(dir: string, kid: string): Promise<void> {
  const store = await loadOrCreateKeyStore(dir);
  const keys = store.keys.filter((k) => k.kid !== kid);
  if (keys.length === store.keys.length) throw new Error(`No key ${kid} in the store`);
  if (keys.length === 0) throw new Error('Refusing to retire the only signing key');
  writeStoreAtomically(dir, { keys });
}

/** The public JWKS document of a key store. */
export function jwksOf(store: KeyStore): JSONWebKeySet {
  return { keys: store.keys.map((k) => k.publicJwk) };
}

export interface TokenSettings {
  issuer: string;
  audience: string;
}

/** Claims of an access token, beyond the registered ones. */
export interface AccessClaims {
  org: string;
  ws: string;
  role: string;
  cur: string;
  /** API-key tokens only: the key's scopes (the principal gets those its role also grants). */
  scp?: string[];
  /** API-key tokens only: the key's visible prefix (`sub` is the key's id). */
  akey?: string;
  /** API-key tokens only: the member who created the key. */
  akby?: string;
}

/** What an access token exchanged for an API key carries besides its subject (the key's id). */
export interface ApiKeyClaims {
  prefix: string;
  createdBy: string;
  scopes: readonly string[];
}

/** Signs access tokens with the newest key of the store. */
export class TokenSigner {
  constructor(private readonly keys: () => KeyStore, private readonly settings: TokenSettings) {}

  /** `apiKey`: a token exchanged for an API key (`userId` is then the key's id). */
  async signAccessToken(
    p: { userId: string; organizationId: string; workspaceId: string; role: string; currency: string; apiKey?: ApiKeyClaims },
    ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
  ): Promise<string> {
    const store = this.keys();
    const key = store.keys[store.keys.length - 1];
    const privateKey = await importJWK(key.privateJwk, JWT_ALGORITHM);
    const claims: AccessClaims = { org: p.organizationId, ws: p.workspaceId, role: p.role, cur: p.currency };
    if (p.apiKey) Object.assign(claims, { scp: [...p.apiKey.scopes], akey: p.apiKey.prefix, akby: p.apiKey.createdBy });
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: JWT_ALGORITHM, kid: key.kid, typ: 'JWT' })
      .setSubject(p.userId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(`${ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(privateKey);
  }
}

/** Thrown for every refused token; the message never says more than "invalid token". */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super('Invalid or expired token');
    this.name = 'InvalidTokenError';
  }
}

/**
 * Verifies access tokens: algorithm pinned to EdDSA, `kid` must be in the JWKS, `iss`, `aud`,
 * `exp` and `nbf` checked. Returns the principal with permissions derived from the role table.
 */
export class TokenVerifier {
  /**
   * Tokens already verified, until their `exp` (at most VERIFIED_TTL_MS): a signature check is the
   * largest single cost of a small request, and a client sends the same token for minutes. A hit
   * still asks the key store for the token's key and must get the very key that verified it, so a
   * retired or rotated-out key refuses its tokens at once, cached or not.
   */
  private readonly verified = new Map<string, { principal: Principal; key: unknown; until: number }>();

  private constructor(private readonly getKey: JWTVerifyGetKey, private readonly settings: TokenSettings) {}

  static fromJwks(jwks: JSONWebKeySet, settings: TokenSettings): TokenVerifier {
    return new TokenVerifier(createLocalJWKSet(jwks), settings);
  }

  /** Verifies against a key store file, following its rotations. */
  static fromKeyStore(file: KeyStoreFile, settings: TokenSettings): TokenVerifier {
    return new TokenVerifier(file.getKey, settings);
  }

  static fromUrl(url: string, settings: TokenSettings): TokenVerifier {
    return new TokenVerifier(createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000 }), settings);
  }

  async verify(token: string): Promise<Principal> {
    const hit = this.verified.get(token);
    if (hit) {
      if (hit.until > Date.now() && (await this.keyOf(token)) === hit.key) return hit.principal;
      this.verified.delete(token);
    }
    let payload;
    let key: unknown = null;
    try {
      ({ payload } = await jwtVerify(
        token,
        async (header, input) => {
          const found = await this.getKey(header, input);
          key = found;
          return found;
        },
        {
          algorithms: [JWT_ALGORITHM],
          issuer: this.settings.issuer,
          audience: this.settings.audience,
          requiredClaims: ['exp', 'sub', 'nbf'],
          clockTolerance: 5,
        },
      ));
    } catch (e) {
      throw new InvalidTokenError((e as Error).message);
    }
    const { sub, org, ws, role, cur, exp, scp, akey, akby } = payload as Partial<AccessClaims> & { sub?: string; exp?: number };
    if (!sub || typeof org !== 'string' || typeof ws !== 'string' || !(isRole(role) || isServiceRole(role)) || typeof cur !== 'string') {
      throw new InvalidTokenError('missing claims');
    }
    const base = { userId: sub, organizationId: org, workspaceId: ws, role, permissions: permissionsOf(role), currency: cur };
    let principal: Principal;
    if (akey !== undefined || scp !== undefined) {
      if (typeof akey !== 'string' || typeof akby !== 'string' || !Array.isArray(scp)) throw new InvalidTokenError('missing API key claims');
      // A key never holds more than its creator's role grants today.
      const permissions = base.permissions.filter((p) => scp.includes(p));
      principal = Object.freeze({ ...base, permissions, apiKey: Object.freeze({ prefix: akey, createdBy: akby }) });
    } else {
      principal = Object.freeze(base);
    }
    this.remember(token, { principal, key, until: Math.min((exp ?? 0) * 1000, Date.now() + VERIFIED_TTL_MS) });
    return principal;
  }

  /** How many verified tokens it remembers now. */
  get rememberedTokens(): number {
    return this.verified.size;
  }

  /**
   * Remembers a verified token, first forgetting the oldest ones that expired (or one, when it holds
   * VERIFIED_TOKENS_MAX). Entries go in in time order and live at most VERIFIED_TTL_MS, so the map
   * holds about the tokens of the last minute: the orchestrator signs a fresh token for each saga
   * step, and without this sweep a subgraph kept ~10,000 of them (~15 MB) once seen, each until
   * asked for again.
   */
  private remember(token: string, entry: { principal: Principal; key: unknown; until: number }): void {
    const now = Date.now();
    for (const [oldest, { until }] of this.verified) {
      if (until > now && this.verified.size < VERIFIED_TOKENS_MAX) break;
      this.verified.delete(oldest);
    }
    this.verified.set(token, entry);
  }

  /** The key the store holds today for this token's header, or null. */
  private async keyOf(token: string): Promise<unknown> {
    const [protectedHeader, payload, signature] = token.split('.');
    try {
      const { alg, kid } = decodeProtectedHeader(token);
      return await this.getKey({ alg: alg ?? JWT_ALGORITHM, kid }, { protected: protectedHeader, payload, signature });
    } catch {
      return null;
    }
  }
}

/** How long a verified token is remembered at most, and how many are. */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_TOKENS_MAX = 10_000;

/** Extracts the bearer token of an Authorization header, or null. */
export function bearerToken(header: string | string[] | undefined | null): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : null;
}
