import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DomainEvent } from './outbox';

/** A job that used up its attempts: kept by BullMQ (the relay sets `removeOnFail: false`) until retried. */
export interface DeadLetter {
  jobId: string;
  type: string;
  eventId: string;
  workspaceId: string;
  attemptsMade: number;
  failedReason: string;
  failedAt: string | null;
}

/** The dead letters of a queue, oldest first (at most `limit`). */
export async function listDeadLetters(connection: Redis, queueName: string, options: { prefix?: string; limit?: number } = {}): Promise<DeadLetter[]> {
  const limit = options.limit ?? 100;
  const queue = new Queue<DomainEvent>(queueName, { connection, ...(options.prefix ? { prefix: options.prefix } : {}) });
  try {
    const jobs = await queue.getFailed(0, limit - 1);
    return jobs
      .filter((job) => job?.id)
      .map((job) => ({
        jobId: job.id!,
        type: job.name,
        eventId: job.data.id,
        workspaceId: job.data.workspaceId,
        attemptsMade: job.attemptsMade,
        failedReason: job.failedReason,
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      }))
      .reverse();
  } finally {
    await queue.close();
  }
}

/**
 * Puts dead letters back in their queue (all of them, or the given job ids) for a fresh round of
 * attempts; returns the job ids retried. Safe: consumers are idempotent per event id.
 */
export async function retryDeadLetters(connection: Redis, queueName: string, jobIds?: string[], options: { prefix?: string } = {}): Promise<string[]> {
  const queue = new Queue<DomainEvent>(queueName, { connection, ...(options.prefix ? { prefix: options.prefix } : {}) });
  try {
    const jobs = jobIds?.length ? await Promise.all(jobIds.map((id) => queue.getJob(id))) : await queue.getFailed();
    const retried: string[] = [];
    for (const job of jobs) {
      if (!job?.id || (await job.getState()) !== 'failed') continue;
      await job.retry('failed', { resetAttemptsMade: true });
      retried.push(job.id);
    }
    return retried;
  } finally {
    await queue.close();
  }
}
