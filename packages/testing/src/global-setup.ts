import { Redis } from 'ioredis';
import { eventQueuePrefix } from '@prometric/core';
import { testConfig } from './config';
import { migrateInChildProcess } from './migrate-process';

/**
 * Empties the event queues of the test databases (the shared one and every `<shared>_<suffix>`): a
 * run cut short leaves jobs behind (retries, delayed sagas, dead letters), and the next run's
 * consumers would work through them before their own events.
 */
async function emptyTestQueues(): Promise<void> {
  const redis = new Redis(testConfig.redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const stream = redis.scanStream({ match: `${eventQueuePrefix(testConfig.databaseUrl)}*`, count: 1000 });
    for await (const keys of stream as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

/** Once per jest run: the test database exists and is migrated (in a child process, see `migrateInChildProcess`), its queues empty. */
export default async function globalSetup(): Promise<void> {
  migrateInChildProcess(testConfig.databaseUrl);
  await emptyTestQueues();
}
