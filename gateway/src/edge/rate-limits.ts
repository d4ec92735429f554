import type { ApolloServerPlugin } from '@apollo/server';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { CodedError, checkQueryCost, isServiceRole, type Principal, type QueryLimits } from '@prometric/core';
import { loginAttempt, loginOutcome } from './login-attempt';
import { LoginBlocked, LoginThrottle, type LoginTicket } from './login-throttle';
import { redisLimiter } from './redis-limiter';

/** Budgets in cost points (QueryLimits.cost) per minute, and the login throttle. */
export interface RateLimitSettings {
  /** Per member, API key or service. */
  userPointsPerMinute: number;
  /** Shared by every member and key of one workspace. */
  workspacePointsPerMinute: number;
  /** Per client address (anonymous requests are counted here alone). */
  addressPointsPerMinute: number;
  /** Failed logins of one email from one address (per hour) before that pair is blocked. */
  loginFailuresPerEmailAndAddress: number;
  /** How long a pair's first block lasts; each next one within a day twice as long. */
  loginBlockSeconds: number;
  /** Failed logins of one email from anywhere (per hour) before it is blocked briefly, except where it logged in before. */
  loginFailuresPerEmail: number;
  loginEmailBlockSeconds: number;
  /** Failed logins from one address per day (any email) before the address is blocked. */
  loginFailuresPerAddress: number;
  loginAddressBlockSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  userPointsPerMinute: 300_000,
  workspacePointsPerMinute: 1_500_000,
  addressPointsPerMinute: 3_000_000,
  loginFailuresPerEmailAndAddress: 10,
  loginBlockSeconds: 900,
  loginFailuresPerEmail: 50,
  loginEmailBlockSeconds: 300,
  loginFailuresPerAddress: 200,
  loginAddressBlockSeconds: 3600,
};

/** Over a budget: HTTP 429 with Retry-After, and this error. */
export class RateLimitedError extends CodedError {
  readonly code = 'RATE_LIMITED';

  constructor(
    readonly budget: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`Too many requests (${budget}); retry after ${retryAfterSeconds} s`, {
      extensions: { code: 'RATE_LIMITED', budget, retryAfter: retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }

  override get publicExtensions(): Record<string, unknown> {
    return { budget: this.budget, retryAfter: this.retryAfterSeconds };
  }
}

/** What the rate limits need to know of a request. */
export interface RateLimitedContext {
  principal: Principal | null;
  /** The client's address (the socket's, or X-Forwarded-For's last when TRUST_PROXY is set). */
  address?: string;
  /** Filled by the limiter: the tightest budget left, for the response headers. */
  rateLimit?: { limit: number; remaining: number; resetSeconds: number };
  /** Filled for a login admitted to the password check: its throttle ticket and the response key of its answer. */
  login?: { ticket: LoginTicket; responseKey: string };
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Rate limits on Redis (rate-limiter-flexible), shared by every gateway process and replica: each
 * operation spends its query cost from the budgets of its user, its workspace and its address; and
 * logins go through the LoginThrottle, so a brute force slows to a crawl while the member, from
 * another address, still gets in.
 */
export class RateLimits {
  private readonly user: RateLimiterRedis;
  private readonly workspace: RateLimiterRedis;
  private readonly address: RateLimiterRedis;
  readonly logins: LoginThrottle;

  constructor(
    redis: Redis,
    private readonly settings: RateLimitSettings,
    prefix = 'rl',
  ) {
    const limiter = (keyPrefix: string, points: number) => redisLimiter(redis, `${prefix}:${keyPrefix}`, points, 60);
    this.user = limiter('user', settings.userPointsPerMinute);
    this.workspace = limiter('workspace', settings.workspacePointsPerMinute);
    this.address = limiter('address', settings.addressPointsPerMinute);
    this.logins = new LoginThrottle(
      redis,
      {
        failuresPerEmailAndAddress: settings.loginFailuresPerEmailAndAddress,
        blockSeconds: settings.loginBlockSeconds,
        failuresPerEmail: settings.loginFailuresPerEmail,
        emailBlockSeconds: settings.loginEmailBlockSeconds,
        failuresPerAddress: settings.loginFailuresPerAddress,
        addressBlockSeconds: settings.loginAddressBlockSeconds,
      },
      prefix,
    );
  }

  /**
   * Spends `cost` from every budget of the request, or throws RATE_LIMITED naming the first one spent.
   * A service principal (the saga, with a token only our own keys sign) spends nothing: its work was
   * paid for by the member's operation that caused it, and one orchestrator address serves every tenant.
   */
  async spend(context: RateLimitedContext, cost: number): Promise<void> {
    if (isServiceRole(context.principal?.role)) return;
    const points = Math.max(1, cost);
    const budgets: [string, RateLimiterRedis, string, number][] = [];
    if (context.principal) {
      budgets.push(['user', this.user, context.principal.userId, this.settings.userPointsPerMinute]);
      budgets.push(['workspace', this.workspace, context.principal.workspaceId, this.settings.workspacePointsPerMinute]);
    }
    if (context.address) budgets.push(['address', this.address, context.address, this.settings.addressPointsPerMinute]);
    const results = await Promise.allSettled(budgets.map(([, limiter, key]) => limiter.consume(key, points)));
    let tightest: { limit: number; remaining: number; resetSeconds: number } | undefined;
    for (const [i, result] of results.entries()) {
      const [name, , , limit] = budgets[i];
      if (result.status === 'rejected') {
        if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
        throw new RateLimitedError(name, seconds(result.reason.msBeforeNext));
      }
      const left = { limit, remaining: result.value.remainingPoints, resetSeconds: seconds(result.value.msBeforeNext) };
      if (!tightest || left.remaining / left.limit < tightest.remaining / tightest.limit) tightest = left;
    }
    context.rateLimit = tightest;
  }

  /** Admits a login to the password check, or throws RATE_LIMITED (budget `login`) while it is blocked. */
  async admitLogin(email: string, address: string | undefined): Promise<LoginTicket> {
    try {
      return await this.logins.admit(email, address);
    } catch (e) {
      if (e instanceof LoginBlocked) throw new RateLimitedError('login', e.retryAfterSeconds);
      throw e;
    }
  }
}

/**
 * An operation the gateway runs itself (ApolloServer.executeOperation: a subscription's re-read of
 * an entity after an event): it has no HTTP request, which every client's operation has. Its
 * subscription passed the edge when it was subscribed; its re-reads follow other members' changes,
 * so they spend no budget of the subscriber's (and are not trusted documents themselves).
 */
export const isInProcess = (request: { http?: unknown }): boolean => request.http === undefined;

/**
 * The gateway's plugin: after the operation is known, its cost (the same as the limits plugin's)
 * is spent from the budgets; a login is checked against the throttle first and counted after; every
 * response carries RateLimit-Limit / -Remaining / -Reset of the tightest budget.
 */
export function rateLimitPlugin<C extends RateLimitedContext>(limits: RateLimits, queryLimits: QueryLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, request, operation, operationName, schema }) {
          if (isInProcess(request)) return;
          const cost = checkQueryCost(queryLimits, contextValue.principal, schema, document, request.variables, operationName ?? undefined);
          await limits.spend(contextValue, cost);
          const login = operation && loginAttempt(schema, document, operation, request.variables ?? {});
          if (login) contextValue.login = { ticket: await limits.admitLogin(login.email, contextValue.address), responseKey: login.responseKey };
        },
        async willSendResponse({ contextValue, response }) {
          const budget = contextValue.rateLimit;
          if (budget) {
            response.http.headers.set('ratelimit-limit', String(budget.limit));
            response.http.headers.set('ratelimit-remaining', String(budget.remaining));
            response.http.headers.set('ratelimit-reset', String(budget.resetSeconds));
          }
          const login = contextValue.login;
          if (login) {
            contextValue.login = undefined;
            const answer = response.body.kind === 'single' ? response.body.singleResult.data?.[login.responseKey] : undefined;
            await limits.logins.settle(login.ticket, loginOutcome(answer));
          }
        },
      };
    },
  };
}
