import { Client, Pool, type PoolClient } from 'pg';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { EventRoutes } from '@prometric/contracts';
import { OUTBOX_CHANNEL, type DomainEvent } from './outbox';

/** Redis pub/sub channel carrying every committed event, for live fan-out (subscriptions). */
export const EVENTS_CHANNEL = 'prometric:events';

/**
 * The Redis key prefix of the event queues of one database: services of different databases sharing
 * one Redis (a developer's `pnpm start` next to the test suite) never take each other's jobs.
 */
export function eventQueuePrefix(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'postgres';
  return `prometric:${name}`;
}

export interface RelayOptions {
  /**
   * Connection string of the schema's owner: the relay reads every tenant's outbox, which the
   * application role cannot (row-level security).
   */
  ownerUrl: string;
  /** The subgraph's Postgres schema. */
  schema: string;
  /** Connection for BullMQ (needs `maxRetriesPerRequest: null`). */
  queueConnection: Redis;
  /** Key prefix of the queues (`eventQueuePrefix` of the database). */
  queuePrefix: string;
  /** Connection used to PUBLISH live events. */
  publisher: Redis;
  /**
   * Which queue receives which event types: built by the composition (`routesOf` of its consumers'
   * declarations); the relay knows no domain.
   */
  routes: EventRoutes;
  batchSize?: number;
  pollIntervalMs?: number;
  /**
   * How often the relay checks that published events reached their queues, in ms (default 2000).
   * Redis keeps nothing on disk here: a restart loses queued jobs, which this publishes again.
   */
  reconcileIntervalMs?: number;
  logger: Logger;
}

/** Options of every job the relay enqueues (also when it publishes an event again). */
const JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  // Completed jobs stay a day: the reconciler tells a lost job from a finished one by them.
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: false,
} as const;

/** A row of a subgraph's `outbox_event` table, as `pg` returns it. */
export interface OutboxRow {
  id: string;
  type: string;
  schema_version: number;
  aggregate_type: string;
  aggregate_id: string;
  aggregate_version: number;
  organization_id: string;
  workspace_id: string;
  actor_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Publishes committed outbox rows of one subgraph schema: as a BullMQ job (jobId = event id, so a
 * re-publish after a crash is a no-op) on each queue routed to its type, and on Redis pub/sub.
 * Several relays may run: batches are claimed with `FOR UPDATE SKIP LOCKED`. Woken by
 * LISTEN/NOTIFY, with a polling fallback for notifications lost while disconnected.
 */
export class OutboxRelay {
  private readonly queues = new Map<string, Queue>();
  private listener: Client | null = null;
  /** Events this relay published again because a queue had lost them (since it started). */
  republishedCount = 0;
  private timer: NodeJS.Timeout | null = null;
  private reconcileTimer: NodeJS.Timeout | null = null;
  private reconciling: Promise<unknown> | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly schema: string;
  private readonly pool: Pool;

  constructor(private readonly options: RelayOptions) {
    this.schema = options.schema;
    this.pool = new Pool({ connectionString: options.ownerUrl, max: 2 });
    for (const name of Object.keys(options.routes)) {
      const queue = new Queue(name, { connection: options.queueConnection, prefix: options.queuePrefix });
      // While Redis is away the queue reconnects by itself; the reconciler covers what it lost.
      queue.on('error', (err) => options.logger.warn({ err, queue: name }, 'queue connection error'));
      this.queues.set(name, queue);
    }
  }

  async start(): Promise<void> {
    this.listener = new Client({ connectionString: this.options.ownerUrl });
    this.listener.on('error', (err) => this.options.logger.warn({ err }, 'outbox listener error'));
    await this.listener.connect();
    this.listener.on('notification', (msg) => {
      if (msg.payload === this.schema) this.wake();
    });
    await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 1000);
    this.reconcileTimer = setInterval(() => {
      if (this.reconciling || this.stopped) return;
      this.reconciling = this.reconcile()
        .catch((err) => this.options.logger.warn({ err }, 'outbox reconcile failed; will retry'))
        .finally(() => (this.reconciling = null));
    }, this.options.reconcileIntervalMs ?? 2000);
    this.wake();
  }

  /** Drains now; resolves when nothing is pending (used by tests and on shutdown). */
  async flush(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.publishBatch()) > 0 && !this.stopped);
        } while (this.again && !this.stopped);
      } catch (err) {
        this.options.logger.error({ err }, 'outbox relay batch failed; will retry');
      } finally {
        this.draining = null;
      }
    })();
  }

  /** The queues an event type is routed to, by name. */
  private queuesFor(type: string): [string, Queue][] {
    return Object.entries(this.options.routes)
      .filter(([, types]) => types.includes(type))
      .map(([name]) => [name, this.queues.get(name)!]);
  }

  /**
   * Claims a batch of outbox rows (`FOR UPDATE SKIP LOCKED`, so relays of other processes take
   * other rows) in one transaction, lets `work` handle them with the same connection, and commits.
   */
  private async withBatch<T>(where: string, orderBy: string, work: (client: PoolClient, rows: OutboxRow[]) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<OutboxRow>(
        `select * from "${this.schema}".outbox_event where ${where} order by ${orderBy} limit $1 for update skip locked`,
        [this.options.batchSize ?? 100],
      );
      const result = await work(client, rows);
      await client.query('commit');
      return result;
    } catch (e) {
      await client.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  private publishBatch(): Promise<number> {
    return this.withBatch('published_at is null', 'created_at, id', async (client, rows) => {
      const unrouted: string[] = [];
      const events = rows.map(outboxRowToEvent);
      // Live subscribers first, in one round trip: they need no durability (the rows are committed;
      // a batch that fails is published again, and the hub drops a version it already delivered).
      const live = this.options.publisher.pipeline();
      for (const event of events) live.publish(EVENTS_CHANNEL, JSON.stringify(event));
      await live.exec();
      // Then each queue's jobs in one call (addBulk keeps their order), the queues side by side:
      // one event after another cost a round trip per queue per event (~2 s for a burst of 100).
      const byQueue = new Map<Queue, DomainEvent[]>();
      for (const event of events) {
        const queues = this.queuesFor(event.type);
        for (const [, queue] of queues) {
          const batch = byQueue.get(queue) ?? [];
          batch.push(event);
          byQueue.set(queue, batch);
        }
        // An event no queue consumes is delivered once published.
        if (!queues.length) unrouted.push(event.id);
      }
      await Promise.all([...byQueue].map(([queue, batch]) => queue.addBulk(batch.map((event) => ({ name: event.type, data: event, opts: { ...JOB_OPTIONS, jobId: event.id } })))));
      if (rows.length) {
        await client.query(
          `update "${this.schema}".outbox_event set published_at = now(), delivered_at = case when id = any($2) then now() end where id = any($1)`,
          [rows.map((r) => r.id), unrouted],
        );
      }
      return rows.length;
    });
  }

  /**
   * Looks at published events not yet known delivered (oldest check first): each routed queue is
   * asked for the event's job. All completed → delivered. A queue that no longer knows the job lost
   * it (Redis restarted without persistence): the event is published to it again under the same job
   * id; its consumer's processed-message table makes that harmless if it had been applied after all.
   * Returns how many events were published again.
   */
  reconcile(): Promise<number> {
    const undelivered = `published_at is not null and delivered_at is null
      and published_at < now() - interval '1 second' and published_at > now() - interval '1 day'`;
    return this.withBatch(undelivered, 'delivery_checked_at nulls first, published_at', async (client, rows) => {
      let republished = 0;
      const delivered: string[] = [];
      for (const row of rows) {
        const event = outboxRowToEvent(row);
        let complete = true;
        for (const [queueName, queue] of this.queuesFor(event.type)) {
          const state = await queue.getJobState(event.id);
          if (state === 'completed') continue;
          complete = false;
          if (state === 'unknown') {
            await queue.add(event.type, event, { ...JOB_OPTIONS, jobId: event.id });
            republished++;
            this.republishedCount++;
            this.options.logger.warn({ eventId: event.id, type: event.type, queue: queueName }, 'event lost by its queue; published again');
          }
        }
        if (complete) delivered.push(event.id);
      }
      if (rows.length) {
        await client.query(
          `update "${this.schema}".outbox_event set delivery_checked_at = now(), delivered_at = case when id = any($2) then now() end where id = any($1)`,
          [rows.map((r) => r.id), delivered],
        );
      }
      return republished;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
    await this.reconciling;
    while (this.draining) await this.draining;
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

/** The wire form of an outbox row: what the relay publishes (and tests redeliver). */
export function outboxRowToEvent(row: OutboxRow): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    aggregateVersion: row.aggregate_version,
    organizationId: row.organization_id,
    workspaceId: row.workspace_id,
    actorId: row.actor_id,
    occurredAt: new Date(row.created_at).toISOString(),
    payload: row.payload,
  };
}
