import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

/**
 * A rate limiter on Redis, shared by every gateway, that does not wait for a Redis that is away:
 * while the connection is not ready it counts in this process's memory instead (rate-limiter-
 * flexible's insurance limiter, same points and block), so an outage loosens the limits to
 * per-replica ones rather than stalling every request behind ioredis's reconnection.
 */
export function redisLimiter(redis: Redis, keyPrefix: string, points: number, duration: number, blockDuration = 0): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix,
    points,
    duration,
    blockDuration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration, blockDuration }),
  });
}

/** Whether a Redis command would be sent now (not queued until a reconnection). */
export const redisReady = (redis: Redis): boolean => redis.status === 'ready';
