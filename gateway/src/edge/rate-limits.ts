import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, valueFromAST, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { CodedError, checkQueryCost, type Principal, type QueryLimits } from '@prometric/core';

/** Budgets in cost points (QueryLimits.cost) per minute, and the login throttle. */
export interface RateLimitSettings {
  /** Per member, API key or service. */
  userPointsPerMinute: number;
  /** Shared by every member and key of one workspace. */
  workspacePointsPerMinute: number;
  /** Per client address (anonymous requests are counted here alone). */
  addressPointsPerMinute: number;
  /** Failed logins of one email from one address before that pair waits LOGIN_BLOCK_SECONDS. */
  loginFailuresPerEmailAndAddress: number;
  /** Failed logins of one email from anywhere (per hour) before it waits briefly: a stranger cannot lock a member out for long. */
  loginFailuresPerEmail: number;
  /** Failed logins from one address per day before the address waits an hour. */
  loginFailuresPerAddress: number;
  /** How long a blocked email+address pair waits. */
  loginBlockSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  userPointsPerMinute: 300_000,
  workspacePointsPerMinute: 1_500_000,
  addressPointsPerMinute: 3_000_000,
  loginFailuresPerEmailAndAddress: 10,
  loginFailuresPerEmail: 50,
  loginFailuresPerAddress: 200,
  loginBlockSeconds: 900,
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
  /** Filled for a login: whose attempt it is and under which response key the answer comes. */
  login?: { email: string; responseKey: string };
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** The email of a `login(input: { email, … })` at the root of a mutation, with its response key. */
function loginAttempt(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): { email: string; responseKey: string } | null {
  if (operation.operation !== 'mutation') return null;
  const field = schema.getMutationType()?.getFields().login;
  if (!field) return null;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'login') continue;
    const argument = selection.arguments?.find((a) => a.name.value === 'input');
    const inputType = field.args.find((a) => a.name === 'input')?.type;
    const input = argument && inputType ? (valueFromAST(argument.value, inputType, variables) as { email?: unknown } | undefined) : undefined;
    if (typeof input?.email === 'string') return { email: input.email.trim().toLowerCase(), responseKey: selection.alias?.value ?? 'login' };
  }
  return null;
}

/**
 * Rate limits on Redis (rate-limiter-flexible), shared by every gateway process and replica: each
 * operation spends its query cost from the budgets of its user, its workspace and its address; and
 * login failures are counted per email+address, per email and per address, so a brute force slows
 * to a crawl while the member, from another address, still gets in.
 */
export class RateLimits {
  private readonly user: RateLimiterRedis;
  private readonly workspace: RateLimiterRedis;
  private readonly address: RateLimiterRedis;
  private readonly failsByEmailAndAddress: RateLimiterRedis;
  private readonly failsByEmail: RateLimiterRedis;
  private readonly failsByAddress: RateLimiterRedis;

  constructor(
    redis: Redis,
    private readonly settings: RateLimitSettings,
    prefix = 'rl',
  ) {
    const limiter = (keyPrefix: string, points: number, duration: number, blockDuration = 0) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:${keyPrefix}`, points, duration, blockDuration });
    this.user = limiter('user', settings.userPointsPerMinute, 60);
    this.workspace = limiter('workspace', settings.workspacePointsPerMinute, 60);
    this.address = limiter('address', settings.addressPointsPerMinute, 60);
    this.failsByEmailAndAddress = limiter('login:email+address', settings.loginFailuresPerEmailAndAddress, 3600, settings.loginBlockSeconds);
    this.failsByEmail = limiter('login:email', settings.loginFailuresPerEmail, 3600, 300);
    this.failsByAddress = limiter('login:address', settings.loginFailuresPerAddress, 86_400, 3600);
  }

  /** Spends `cost` from every budget of the request, or throws RATE_LIMITED naming the first one spent. */
  async spend(context: RateLimitedContext, cost: number): Promise<void> {
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

  /** Refuses a login whose email+address, email or address is blocked. */
  async checkLogin(email: string, address: string | undefined): Promise<void> {
    const checks: [string, RateLimiterRedis, string, number][] = [
      ['login', this.failsByEmailAndAddress, `${email}|${address ?? '-'}`, this.settings.loginFailuresPerEmailAndAddress],
      ['login', this.failsByEmail, email, this.settings.loginFailuresPerEmail],
    ];
    if (address) checks.push(['login', this.failsByAddress, address, this.settings.loginFailuresPerAddress]);
    for (const [name, limiter, key, points] of checks) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= points) throw new RateLimitedError(name, seconds(state.msBeforeNext));
    }
  }

  /** Counts a failed login; a success clears its email+address count. */
  async recordLogin(email: string, address: string | undefined, succeeded: boolean): Promise<void> {
    const pair = `${email}|${address ?? '-'}`;
    if (succeeded) {
      await this.failsByEmailAndAddress.delete(pair);
      return;
    }
    const counted = [this.failsByEmailAndAddress.penalty(pair), this.failsByEmail.penalty(email)];
    if (address) counted.push(this.failsByAddress.penalty(address));
    await Promise.all(counted);
  }
}

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
          const cost = checkQueryCost(queryLimits, contextValue.principal, schema, document, request.variables, operationName ?? undefined);
          await limits.spend(contextValue, cost);
          const login = operation && loginAttempt(schema, operation, request.variables ?? {});
          if (login) {
            await limits.checkLogin(login.email, contextValue.address);
            contextValue.login = login;
          }
        },
        async willSendResponse({ contextValue, response }) {
          const budget = contextValue.rateLimit;
          if (budget) {
            response.http.headers.set('ratelimit-limit', String(budget.limit));
            response.http.headers.set('ratelimit-remaining', String(budget.remaining));
            response.http.headers.set('ratelimit-reset', String(budget.resetSeconds));
          }
          const login = contextValue.login;
          if (login && response.body.kind === 'single') {
            const answer = response.body.singleResult.data?.[login.responseKey] as { accessToken?: unknown; errors?: { code?: string }[] } | null | undefined;
            if (answer?.accessToken) await limits.recordLogin(login.email, contextValue.address, true);
            else if (answer?.errors?.some((e) => e.code === 'INVALID_CREDENTIALS')) await limits.recordLogin(login.email, contextValue.address, false);
          }
        },
      };
    },
  };
}
