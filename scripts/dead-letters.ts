import 'reflect-metadata';
import { Redis } from 'ioredis';
import { baseEnvSchema, eventQueuePrefix, listDeadLetters, loadEnvOrExit, retryDeadLetters } from '@prometric/core';
import { eventRoutes } from '@prometric/testing';

/**
 * `pnpm dead-letters list [queue]` shows the events a consumer gave up on (after the relay's 8
 * attempts with exponential backoff), with why; `pnpm dead-letters retry <queue> [jobId …]` puts
 * them (all, or the given ones) back for another round once the cause is fixed.
 */
async function main(): Promise<void> {
  const env = loadEnvOrExit(baseEnvSchema);
  const [command, queueName, ...jobIds] = process.argv.slice(2);
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = eventQueuePrefix(env.DATABASE_URL);
  try {
    if (command === 'list') {
      for (const name of queueName ? [queueName] : Object.keys(eventRoutes())) {
        for (const d of await listDeadLetters(redis, name, { prefix })) {
          process.stdout.write(`${name}\t${d.jobId}\t${d.type}\tworkspace ${d.workspaceId}\t${d.attemptsMade} attempts\t${d.failedAt ?? ''}\t${d.failedReason}\n`);
        }
      }
    } else if (command === 'retry' && queueName) {
      const retried = await retryDeadLetters(redis, queueName, jobIds, { prefix });
      process.stdout.write(`retried ${retried.length} job(s) of ${queueName}\n`);
    } else {
      process.stderr.write('usage: pnpm dead-letters list [queue] | retry <queue> [jobId …]\n');
      process.exitCode = 2;
    }
  } finally {
    redis.disconnect();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
