import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { eventQueuePrefix, type DomainEvent } from '@prometric/core';
import { testConfig } from './config';
import { eventually } from './eventually';

/**
 * Delivers `event` to `queueName` again as a new job (`jobId`), as a redelivery or a late delivery
 * would, waits until a consumer has completed it, and returns what the consumer answered
 * (`applied`, `duplicate`, `ignored`). Queues of the test Redis, of the shared test database unless
 * `databaseUrl` names the stack's own.
 */
export async function deliverAgain(queueName: string, event: DomainEvent, jobId: string, options: { timeoutMs?: number; databaseUrl?: string } = {}): Promise<unknown> {
  const connection = new Redis(testConfig.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, { connection, prefix: eventQueuePrefix(options.databaseUrl ?? testConfig.databaseUrl) });
  try {
    const job = await queue.add(event.type, event, { jobId });
    await eventually(`job ${jobId} of ${queueName} completed`, () => job.getState(), (state) => state === 'completed', { timeoutMs: options.timeoutMs ?? 20_000, intervalMs: 25 });
    return (await queue.getJob(jobId))?.returnvalue;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
