import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { EventContractViolation, parsePayload, type ConsumerDeclaration, type EventContract, type PayloadOf } from '@prometric/contracts';
import type { TenantParams } from '../db/base.entity';
import { inTenantTransaction } from '../db/tenant-transaction';
import type { DomainEvent } from './outbox';

/**
 * Applies one event of contract `C`, its payload parsed and typed. It runs inside the consumer's
 * transaction, on a fork scoped to the event's tenant (filter parameters and the row-level security
 * setting); it must not commit on its own. Events it records with `recordEvent` are committed with
 * its effect.
 */
export type EventHandler<C extends EventContract = EventContract> = (em: EntityManager, event: DomainEvent<PayloadOf<C>, C['type']>) => Promise<void>;

/** A handler for every event a declaration lists, keyed by the event's type: no more, no fewer. */
export type HandlersOf<D extends ConsumerDeclaration> = { [C in D['events'][number] as C['type']]: EventHandler<C> };

/** A delivered event, parsed against its contract and ready to apply in a transaction. */
type PreparedEvent = (em: EntityManager) => Promise<void>;

/** A durable consumer: the queue it reads, and how it applies each event type it declared. */
export interface EventConsumer {
  readonly declaration: ConsumerDeclaration;
  /**
   * Parses `event` against its contract (throws `EventContractViolation` for a payload or version
   * that breaks it) and returns its application; null for a type the consumer does not declare.
   */
  prepare(event: DomainEvent): PreparedEvent | null;
}

/**
 * A consumer from its declaration (the events it handles, from `@prometric/contracts`) and one typed
 * handler per declared event. The declaration is what the composition routes events by.
 */
export function defineConsumer<D extends ConsumerDeclaration>(declaration: D, handlers: HandlersOf<D>): EventConsumer;
// The typed overload above is what callers see; here every handler takes the payload its own contract parses.
export function defineConsumer(declaration: ConsumerDeclaration, handlers: Record<string, EventHandler>): EventConsumer {
  const byType = new Map<string, (event: DomainEvent) => PreparedEvent>();
  for (const contract of declaration.events) {
    const handler = handlers[contract.type];
    byType.set(contract.type, (event) => {
      const payload = parsePayload(contract, event.payload, event.schemaVersion);
      return (em) => handler(em, { ...event, type: contract.type, payload });
    });
  }
  return { declaration, prepare: (event) => byType.get(event.type)?.(event) ?? null };
}

export interface ConsumerOptions {
  /** What to consume: its declaration names the BullMQ queue (e.g. `finance`) and the events. */
  consumer: EventConsumer;
  /** Key prefix of the queue (`eventQueuePrefix` of the database; BullMQ's `bull` when omitted). */
  queuePrefix?: string;
  /**
   * The consuming subgraph's ORM, connected as the application role: handlers run under row-level
   * security like requests do.
   */
  orm: MikroORM<PostgreSqlDriver>;
  /** The subgraph's Postgres schema, which holds its `processed_message` table. */
  schema: string;
  redisUrl: string;
  logger: Logger;
  /** Jobs processed in parallel by this process (default 4). */
  concurrency?: number;
  /**
   * Runs after the event's transaction committed, on every delivery (a duplicate included): work
   * that must not run inside a database transaction, such as calls to other services. Throwing
   * fails the job, which BullMQ retries with backoff; it must therefore be idempotent.
   */
  afterConsume?: (event: DomainEvent, outcome: ConsumeOutcome) => Promise<void>;
  /** How often BullMQ looks for jobs whose worker died, in ms (BullMQ's default: 30 s). */
  stalledIntervalMs?: number;
}

/** What happened to one delivery. */
export type ConsumeOutcome = 'applied' | 'duplicate' | 'ignored';

export interface RunningConsumer {
  worker: Worker;
  /** Waits for the jobs in progress, then disconnects. */
  close(): Promise<void>;
}

/**
 * Applies one delivered event exactly once: the event id goes into `processed_message` in the same
 * transaction as the handler's effect. A redelivery (a retry after a crash, a duplicate job) finds
 * the id already there and changes nothing; a concurrent duplicate waits on the key and then finds
 * it too. A handler failure rolls both back, so the job's retry applies the event afresh.
 */
export async function consumeEvent(
  orm: MikroORM<PostgreSqlDriver>,
  options: Pick<ConsumerOptions, 'consumer' | 'schema'>,
  event: DomainEvent,
): Promise<ConsumeOutcome> {
  const apply = options.consumer.prepare(event);
  if (!apply) return 'ignored';
  const queue = options.consumer.declaration.queue;
  const tenant: TenantParams = { organizationId: event.organizationId, workspaceId: event.workspaceId, userId: event.actorId };
  return inTenantTransaction(orm, tenant, async (tx) => {
    const claimed: unknown[] = await tx.execute(
      `insert into "${options.schema}"."processed_message" ("consumer", "event_id", "event_type", "organization_id", "workspace_id")
       values (?, ?, ?, ?, ?) on conflict do nothing returning "event_id"`,
      [queue, event.id, event.type, event.organizationId, event.workspaceId],
    );
    if (!claimed.length) return 'duplicate' as const;
    await apply(tx);
    return 'applied' as const;
  });
}

/**
 * Starts a durable consumer: a BullMQ worker on its queue applying each event with `consumeEvent`.
 * Retries with exponential backoff and the dead letter of a job that keeps failing come from the
 * job options the outbox relay sets; a job whose worker died is redelivered by BullMQ's stalled-job
 * recovery, which the processed-message table makes harmless. A payload that breaks its contract is
 * dead-lettered at once with the reason (no retry would make it valid).
 */
export async function startConsumer(options: ConsumerOptions): Promise<RunningConsumer> {
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queue = options.consumer.declaration.queue;
  const logger = options.logger.child({ consumer: queue });
  connection.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  const worker = new Worker<DomainEvent, ConsumeOutcome>(
    queue,
    async (job: Job<DomainEvent>) => {
      let outcome: ConsumeOutcome;
      try {
        outcome = await consumeEvent(options.orm, options, job.data);
      } catch (err) {
        if (err instanceof EventContractViolation) throw new UnrecoverableError(err.message);
        throw err;
      }
      logger.debug({ eventId: job.data.id, type: job.data.type, jobId: job.id, outcome }, 'event consumed');
      if (outcome !== 'ignored') await options.afterConsume?.(job.data, outcome);
      return outcome;
    },
    {
      connection,
      ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
      concurrency: options.concurrency ?? 4,
      autorun: true,
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs, lockDuration: Math.max(options.stalledIntervalMs, 1000) } : {}),
    },
  );
  worker.on('failed', (job, err) => logger.warn({ err, jobId: job?.id, attempts: job?.attemptsMade }, 'event handler failed; BullMQ retries it'));
  worker.on('error', (err) => logger.warn({ err }, 'consumer error'));
  await worker.waitUntilReady();
  return {
    worker,
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
