import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LoginDocument, RefreshTokenDocument } from './documents';
import { GraphQLResponseError, PrometricError, UserErrors, type GraphQLErrorShape } from './errors';

/** How the client authenticates. */
export interface Credentials {
  /** With `password`: the client logs in on first use, and again if its refresh token is refused. */
  email?: string;
  password?: string;
  /** Saved tokens (from `onTokens`): used until the access token expires, then refreshed. */
  accessToken?: string;
  refreshToken?: string;
  /** An integration's API key (`pk_…`), sent as `x-api-key`; no login, no refresh, no subscriptions (they take a member's token). */
  apiKey?: string;
}

/** A token pair: the access token (a JWT, minutes) and the single-use refresh token that renews it. */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** What to send as authorization: the bearer token, if any, and the headers carrying it. */
export interface Authorization {
  bearer?: string;
  headers: Record<string, string>;
}

type Send = <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) => Promise<{ data?: TData | null; errors?: GraphQLErrorShape[]; status: number; attempts: number }>;

/** An access token this close to its `exp` is renewed before use, not after the gateway refuses it. */
export const EXPIRY_SKEW_SECONDS = 30;

/** The JWT's `exp` (seconds), read without verifying (the gateway verifies); undefined if unreadable. */
export function tokenExpiry(token: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The client's tokens: logs in when it has none, renews the access token with the refresh token
 * (which rotates: each refresh spends it and returns a new one), one renewal at a time however
 * many requests are waiting, and logs in again with the password when the refresh token is refused.
 */
export class TokenSession {
  private access: string | undefined;
  private refresh: string | undefined;
  private renewing: Promise<void> | null = null;

  constructor(
    private readonly credentials: Credentials,
    private readonly onTokens: ((tokens: Tokens) => void) | undefined,
    private readonly send: Send,
    private readonly skewSeconds = EXPIRY_SKEW_SECONDS,
  ) {
    this.access = credentials.accessToken;
    this.refresh = credentials.refreshToken;
  }

  /** Whether the client authenticates with an API key (which the WebSocket endpoint does not take). */
  usesApiKey(): boolean {
    return !!this.credentials.apiKey;
  }

  tokens(): Partial<Tokens> {
    return { accessToken: this.access, refreshToken: this.refresh };
  }

  /** Whether a refused access token can be replaced (a refresh token or a password to log in with). */
  canRenew(): boolean {
    return !this.credentials.apiKey && (!!this.refresh || this.hasPassword());
  }

  async login(email = this.credentials.email, password = this.credentials.password): Promise<Tokens> {
    if (!email || !password) throw new PrometricError('login needs an email and a password', 'UNAUTHENTICATED');
    const result = await this.send(LoginDocument, { email, password });
    const payload = result.data?.login;
    if (!payload) throw new GraphQLResponseError(result.errors ?? [], result.status, result.data, result.attempts);
    if (payload.errors.length) throw new UserErrors(payload.errors);
    if (!payload.accessToken || !payload.refreshToken) throw new PrometricError('login returned no tokens', 'UNAUTHENTICATED');
    return this.keep({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
  }

  /** The authorization for the next request: logs in or renews first when needed. */
  async authorization(): Promise<Authorization> {
    if (this.credentials.apiKey) return { headers: { 'x-api-key': this.credentials.apiKey } };
    if (!this.access && this.canRenew()) await this.renew(undefined);
    else if (this.access && this.canRenew() && this.expiresSoon(this.access)) await this.renew(this.access);
    return this.current();
  }

  /**
   * Replaces `rejected` (the access token the gateway refused, or one about to expire). Requests that
   * find it already replaced use the new one; concurrent callers share one refresh, since a refresh
   * token is spent by its first use.
   */
  async renew(rejected: string | undefined): Promise<Authorization> {
    if (this.access && this.access !== rejected) return this.current();
    this.renewing ??= this.renewOnce().finally(() => {
      this.renewing = null;
    });
    await this.renewing;
    return this.current();
  }

  private async renewOnce(): Promise<void> {
    if (this.refresh) {
      const result = await this.send(RefreshTokenDocument, { refreshToken: this.refresh });
      const payload = result.data?.refreshToken;
      if (payload?.accessToken && payload.refreshToken) {
        this.keep({ accessToken: payload.accessToken, refreshToken: payload.refreshToken });
        return;
      }
      // Spent, expired or revoked: only a new login helps.
      this.refresh = undefined;
      this.access = undefined;
      if (!this.hasPassword()) {
        if (payload?.errors.length) throw new PrometricError(`refresh refused: ${new UserErrors(payload.errors).message}`, 'UNAUTHENTICATED');
        throw new GraphQLResponseError(result.errors ?? [], result.status, result.data, result.attempts);
      }
    }
    await this.login();
  }

  private keep(tokens: Tokens): Tokens {
    this.access = tokens.accessToken;
    this.refresh = tokens.refreshToken;
    this.onTokens?.(tokens);
    return tokens;
  }

  private current(): Authorization {
    return this.access ? { bearer: this.access, headers: { authorization: `Bearer ${this.access}` } } : { headers: {} };
  }

  private hasPassword(): boolean {
    return !!this.credentials.email && !!this.credentials.password;
  }

  private expiresSoon(token: string): boolean {
    const exp = tokenExpiry(token);
    return exp !== undefined && exp - this.skewSeconds <= Date.now() / 1000;
  }
}
