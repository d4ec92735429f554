import { Redis } from 'ioredis';
import { z } from 'zod';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { appDatabaseUrl, baseEnvSchema, queryLimitsOf } from '../env';
import { createLogger } from '../logger';
import { createOrm } from '../db/orm';
import { createVerifier } from '../auth/keys';
import { OutboxRelay, eventQueuePrefix } from '../events/relay';
import { startConsumer, type EventConsumer, type RunningConsumer } from '../events/consumer';
import { startSubgraph, type RunningSubgraph, type SubgraphSchemaOptions, type SubgraphServerOptions } from './subgraph';
import { startAuditRetention, type AuditRetention } from '../audit/audit-retention';

/** Settings of every business subgraph (one with an outbox): the base, the relay's poll and routes. */
export const domainEnvSchema = baseEnvSchema.extend({
  /** Fallback poll of the outbox relay, for notifications missed while disconnected. */
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
  /**
   * Which durable queue receives which event types, as JSON (`{"finance":["order.created",…]}`). Set by
   * the composition from its consumers' declarations (`pnpm start`, the test stack, docker-compose):
   * a subgraph knows its own events, never who consumes them. A subgraph refuses to start without it.
   */
  EVENT_ROUTES: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'EVENT_ROUTES must be JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string(), z.array(z.string())).optional()),
});

export type DomainEnv = z.infer<typeof domainEnvSchema>;

export interface DomainSubgraphOptions {
  name: string;
  /** Its own Postgres schema. */
  schema: string;
  entities: Constructor[];
  migrations: { name: string; class: Constructor<Migration> }[];
  graphql: SubgraphSchemaOptions;
  /** A durable queue the subgraph consumes, with a handler per event type. */
  consumer?: { consumer: EventConsumer; concurrency?: number };
  /** Sees every SQL statement (tests count statements with it). */
  onQuery?: (sql: string) => void;
  /** Answers `GET /documents/…` (see `SubgraphServerOptions.documents`). */
  documents?: SubgraphServerOptions['documents'];
  /** Answers `GET|PUT /files/…` (see `SubgraphServerOptions.files`). */
  files?: SubgraphServerOptions['files'];
  /** Answers `POST /callbacks/…` (see `SubgraphServerOptions.callbacks`). */
  callbacks?: SubgraphServerOptions['callbacks'];
}

export interface RunningDomainSubgraph extends RunningSubgraph {
  /** Publishes committed outbox rows now (tests use it to avoid waiting for a poll). */
  relay: OutboxRelay;
  consumer: RunningConsumer | null;
  /** The audit log's retention purge (as the owner); null when AUDIT_RETENTION_DAYS or AUDIT_RETENTION_SWEEP_MS is 0. */
  auditRetention: AuditRetention | null;
}

/**
 * Starts a business subgraph: its ORM (as the application role), the token verifier, its outbox
 * relay and audit retention purge (as the owner), its consumer when it has one, and the GraphQL server; `close()` stops them in
 * reverse. Migrations are run by the caller or `pnpm migrate`.
 */
export async function startDomainSubgraph(env: DomainEnv, port: number, options: DomainSubgraphOptions): Promise<RunningDomainSubgraph> {
  if (!env.EVENT_ROUTES) {
    throw new Error(`${options.name}: EVENT_ROUTES is not set; it is the composition's event routes (eventRoutes() in packages/testing; docker-compose.yml sets it)`);
  }
  const routes = env.EVENT_ROUTES;
  const logger = createLogger(options.name, env.LOG_LEVEL);
  const orm = await createOrm({ clientUrl: appDatabaseUrl(env), schema: options.schema, entities: options.entities, migrations: options.migrations, onQuery: options.onQuery, poolMax: env.DATABASE_POOL_MAX });
  const verifier = await createVerifier(env);
  const queueConnection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
  const publisher = new Redis(env.REDIS_URL, { lazyConnect: false });
  for (const redis of [queueConnection, publisher]) redis.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  const queuePrefix = eventQueuePrefix(env.DATABASE_URL);
  const relay = new OutboxRelay({ ownerUrl: env.DATABASE_URL, schema: options.schema, queueConnection, queuePrefix, publisher, logger, pollIntervalMs: env.OUTBOX_POLL_MS, routes });
  await relay.start();
  const consumer = options.consumer
    ? await startConsumer({ ...options.consumer, orm, schema: options.schema, redisUrl: env.REDIS_URL, queuePrefix, logger })
    : null;
  const running = await startSubgraph(
    { ...options.graphql, name: options.name, orm, verifier, logger, introspection: env.NODE_ENV !== 'production', queryLimits: queryLimitsOf(env), documents: options.documents, files: options.files, callbacks: options.callbacks },
    port,
    env.HOST,
  );
  const auditRetention = startAuditRetention({ ownerUrl: env.DATABASE_URL, schema: options.schema, days: env.AUDIT_RETENTION_DAYS, intervalMs: env.AUDIT_RETENTION_SWEEP_MS, logger });
  return {
    ...running,
    relay,
    consumer,
    auditRetention,
    async close() {
      await auditRetention?.stop();
      await running.close();
      await consumer?.close();
      await relay.stop();
      queueConnection.disconnect();
      publisher.disconnect();
      await orm.close(true);
    },
  };
}
