import { Redis } from 'ioredis';
import { appDatabaseUrl, createLogger, createOrm, createVerifier, OutboxRelay, startConsumer, startSubgraph, type RunningConsumer, type RunningSubgraph } from '@prometric/core';
import type { FinanceEnv } from './env';
import { financeSchema } from './schema';
import { FINANCE_SCHEMA, financeEntities, financeMigrations } from './entities';
import { financeEventHandlers } from './orders/order-snapshot.handlers';

export { financeSchema, createFinanceServices } from './schema';
export { financePermissions } from './permissions';
export { financeEnvSchema, type FinanceEnv } from './env';
export { FINANCE_SCHEMA, financeEntities, financeMigrations } from './entities';
export { financeEventHandlers } from './orders/order-snapshot.handlers';

/** The durable queue finance consumes (see DEFAULT_EVENT_ROUTES). */
export const FINANCE_QUEUE = 'finance';

export interface RunningFinance extends RunningSubgraph {
  /** Publishes committed outbox rows now (tests use it to avoid waiting for a poll). */
  relay: OutboxRelay;
  /** The `finance` queue's consumer: keeps the order snapshots invoices are drafted from. */
  consumer: RunningConsumer;
}

/** Starts the finance subgraph, its outbox relay and its event consumer (migrations are run by the caller or `pnpm migrate`). */
export async function startFinance(env: FinanceEnv, port = env.FINANCE_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningFinance> {
  const logger = createLogger('finance', env.LOG_LEVEL);
  const orm = await createOrm({ clientUrl: appDatabaseUrl(env), schema: FINANCE_SCHEMA, entities: financeEntities, migrations: financeMigrations, onQuery: hooks.onQuery });
  const verifier = await createVerifier(env);
  const queueConnection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
  const publisher = new Redis(env.REDIS_URL, { lazyConnect: false });
  const relay = new OutboxRelay({ ownerUrl: env.DATABASE_URL, schema: FINANCE_SCHEMA, queueConnection, publisher, logger, pollIntervalMs: env.OUTBOX_POLL_MS });
  await relay.start();
  const consumer = await startConsumer({ queue: FINANCE_QUEUE, orm, schema: FINANCE_SCHEMA, redisUrl: env.REDIS_URL, handlers: financeEventHandlers, logger, concurrency: env.CONSUMER_CONCURRENCY });
  const running = await startSubgraph(
    { ...financeSchema(), name: 'finance', orm, verifier, logger, introspection: env.NODE_ENV !== 'production' },
    port,
    env.HOST,
  );
  return {
    ...running,
    relay,
    consumer,
    async close() {
      await running.close();
      await consumer.close();
      await relay.stop();
      queueConnection.disconnect();
      publisher.disconnect();
      await orm.close(true);
    },
  };
}
