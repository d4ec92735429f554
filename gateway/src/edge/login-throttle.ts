import type { Redis } from 'ioredis';
import { RateLimiterRes, type RateLimiterRedis } from 'rate-limiter-flexible';
import { redisLimiter, redisReady } from './redis-limiter';

/** How many failed logins are allowed, and how long each kind of block lasts. */
export interface LoginThrottleSettings {
  /** Failures of one email from one address per hour before that pair is blocked. */
  failuresPerEmailAndAddress: number;
  /** The pair's first block; each next block within a day lasts twice as long (at most a day). */
  blockSeconds: number;
  /** Failures of one email from anywhere per hour before it is blocked (not at addresses it logged in from). */
  failuresPerEmail: number;
  /** How long that block lasts: briefly, since anyone can cause it. */
  emailBlockSeconds: number;
  /** Failures from one address per day (any email) before the address is blocked. */
  failuresPerAddress: number;
  addressBlockSeconds: number;
}

/** A login admitted to the password check: what it took from each count, given back unless it failed. */
export interface LoginTicket {
  email: string;
  address?: string;
  /** Counts that took a point besides the pair's. */
  took: ('email' | 'address')[];
}

/** Thrown when a login may not reach the password check yet: wait `retryAfterSeconds`. */
export class LoginBlocked extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`login blocked for ${retryAfterSeconds} s`);
  }
}

const DAY = 86_400;
/** How long an address stays "known" for an email after a successful login there. */
const KNOWN_SECONDS = 30 * DAY;
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Progressive login throttling on Redis (rate-limiter-flexible), shared by every gateway. Each
 * attempt takes its point *before* the password check (an atomic INCR, so parallel guesses cannot
 * slip through together) and gives it back unless the password was wrong:
 * - per email+address: a few failures, then a block that doubles each time (an attacker's pair);
 * - per email: many failures from anywhere, then a brief block that spares addresses the member
 *   logged in from (someone else cannot lock a member out);
 * - per address: failures across all emails per day (password spraying).
 * A success clears its pair's count and blocks.
 */
export class LoginThrottle {
  private readonly pair: RateLimiterRedis;
  private readonly pairBlocks: RateLimiterRedis;
  private readonly email: RateLimiterRedis;
  private readonly address: RateLimiterRedis;

  constructor(
    private readonly redis: Redis,
    private readonly settings: LoginThrottleSettings,
    private readonly prefix: string,
  ) {
    const limiter = (name: string, points: number, duration: number, blockDuration = 0) => redisLimiter(redis, `${prefix}:login:${name}`, points, duration, blockDuration);
    this.pair = limiter('email+address', settings.failuresPerEmailAndAddress, 3600);
    this.pairBlocks = limiter('email+address:blocks', Number.MAX_SAFE_INTEGER, DAY);
    this.email = limiter('email', settings.failuresPerEmail, 3600, settings.emailBlockSeconds);
    this.address = limiter('address', settings.failuresPerAddress, DAY, settings.addressBlockSeconds);
  }

  /** Takes this attempt's points, or throws LoginBlocked (taking nothing) when any count is spent. */
  async admit(email: string, address: string | undefined): Promise<LoginTicket> {
    const pair = this.pairKey(email, address);
    try {
      await this.pair.consume(pair);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      throw new LoginBlocked(await this.blockPair(pair, e));
    }
    const known = address !== undefined && redisReady(this.redis) && (await this.redis.exists(this.knownKey(email, address))) === 1;
    const counts: [LoginTicket['took'][number], RateLimiterRedis, string][] = [];
    if (!known) counts.push(['email', this.email, email]);
    if (address !== undefined) counts.push(['address', this.address, address]);
    const results = await Promise.allSettled(counts.map(([, limiter, key]) => limiter.consume(key)));
    const took = counts.filter((_, i) => results[i].status === 'fulfilled').map(([name]) => name);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (refused) {
      // This attempt never reaches the password check: it counts for nobody.
      await this.giveBack({ email, address, took }, true);
      if (!(refused.reason instanceof RateLimiterRes)) throw refused.reason;
      throw new LoginBlocked(seconds(refused.reason.msBeforeNext));
    }
    return { email, address, took };
  }

  /** After the password check: a failure keeps its points; a success clears its pair; no answer at all gives them back. */
  async settle(ticket: LoginTicket, outcome: 'succeeded' | 'failed' | 'unanswered'): Promise<void> {
    if (outcome === 'failed') return;
    if (outcome === 'unanswered') return this.giveBack(ticket, true);
    const pair = this.pairKey(ticket.email, ticket.address);
    // delete() has no insurance: without Redis the pair's count in memory simply runs out.
    const ready = redisReady(this.redis);
    await Promise.all([
      ready ? this.pair.delete(pair) : null,
      ready ? this.pairBlocks.delete(pair) : null,
      this.giveBack(ticket, false),
      ready && ticket.address !== undefined ? this.redis.set(this.knownKey(ticket.email, ticket.address), '1', 'EX', KNOWN_SECONDS) : null,
    ]);
  }

  /**
   * The attempt that first goes over the pair's count blocks it: blockSeconds, doubled for each
   * earlier block of the day. Later attempts wait for what is left of it.
   */
  private async blockPair(pair: string, refused: RateLimiterRes): Promise<number> {
    if (refused.consumedPoints !== this.settings.failuresPerEmailAndAddress + 1) return seconds(refused.msBeforeNext);
    const earlier = (await this.pairBlocks.penalty(pair)).consumedPoints - 1;
    const blockSeconds = Math.min(DAY, this.settings.blockSeconds * 2 ** Math.min(earlier, 20));
    // block() has no insurance: without Redis the pair stays refused until its count in memory runs out.
    if (redisReady(this.redis)) await this.pair.block(pair, blockSeconds);
    return blockSeconds;
  }

  private async giveBack(ticket: Pick<LoginTicket, 'email' | 'address' | 'took'>, pairToo: boolean): Promise<void> {
    await Promise.all([
      pairToo ? this.pair.reward(this.pairKey(ticket.email, ticket.address)) : null,
      ticket.took.includes('email') ? this.email.reward(ticket.email) : null,
      ticket.took.includes('address') && ticket.address !== undefined ? this.address.reward(ticket.address) : null,
    ]);
  }

  private pairKey(email: string, address: string | undefined): string {
    return `${email}|${address ?? '-'}`;
  }

  private knownKey(email: string, address: string): string {
    return `${this.prefix}:login:known:${email}|${address}`;
  }
}
