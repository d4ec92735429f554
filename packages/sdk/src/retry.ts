/** How the client retries a request the server asked it to send again later. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 4). */
  maxAttempts?: number;
  /** First backoff step when the server gave no Retry-After (default 200 ms, doubled each attempt). */
  baseDelayMs?: number;
  /** Cap of one backoff step (default 10 s). */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the error is thrown at once (default 60 s). */
  maxRetryAfterMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 10_000, maxRetryAfterMs: 60_000 };

/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when
 * absent or unreadable. A date in the past is 0.
 */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long to wait before attempt `attempt + 1`. With a Retry-After: that long, plus up to 10 % (at
 * least `baseDelayMs`) of jitter so that clients told the same instant do not all return at once.
 * Without one: exponential backoff with full jitter (a random delay up to base × 2^(attempt-1), capped).
 */
export function retryDelayMs(attempt: number, retryAfter: number | undefined, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  if (retryAfter !== undefined) return retryAfter + Math.floor(random() * Math.max(options.baseDelayMs, retryAfter * 0.1));
  return Math.floor(random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1)));
}

/** Statuses after which the request never ran, so it may be sent again whatever it is (a mutation too). */
export const REFUSED_BEFORE_RUNNING = new Set([429, 503]);
/** Statuses after which a query is sent again; a mutation is not, since it may have run. */
export const RETRYABLE_FOR_QUERIES = new Set([502, 504]);

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
