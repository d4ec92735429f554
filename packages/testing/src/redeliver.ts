import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { eventQueuePrefix, type DomainEvent } from '@prometric/core';
import { testConfig } from './config';
import { eventually } from './eventually';

/**
 * Delivers `event` to `queueName` again as a new job (`jobId`), as a redelivery or a late delivery
 * would, waits until a consumer has completed it, and returns what the consumer answered
 * (`applied`, `duplicate`, `ignored`). Queues of the shared test database and Redis.
 */
export async function deliverAgain(queueName: string, event: DomainEvent, jobId: string, timeoutMs = 20_000): Promise<unknown> {
  const connection = new Redis(testConfig.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, { connection, prefix: eventQueuePrefix(testConfig.databaseUrl) });
  try {
    const job = await queue.add(event.type, event, { jobId });
    await eventually(`job ${jobId} of ${queueName} completed`, () => job.getState(), (state) => state === 'completed', { timeoutMs, intervalMs: 25 });
    return (await queue.getJob(jobId))?.returnvalue;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
