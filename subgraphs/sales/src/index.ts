import { Redis } from 'ioredis';
import { appDatabaseUrl, createLogger, createOrm, createVerifier, OutboxRelay, startSubgraph, type RunningSubgraph } from '@prometric/core';
import type { SalesEnv } from './env';
import { salesSchema } from './schema';
import { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';

export { salesSchema, createSalesServices } from './schema';
export { salesPermissions } from './permissions';
export { salesEnvSchema, type SalesEnv } from './env';
export { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';

export interface RunningSales extends RunningSubgraph {
  /** Publishes committed outbox rows now (tests use it to avoid waiting for a poll). */
  relay: OutboxRelay;
}

/** Starts the sales subgraph and its outbox relay (migrations are run by the caller or `pnpm migrate`). */
export async function startSales(env: SalesEnv, port = env.SALES_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningSales> {
  const logger = createLogger('sales', env.LOG_LEVEL);
  const orm = await createOrm({ clientUrl: appDatabaseUrl(env), schema: SALES_SCHEMA, entities: salesEntities, migrations: salesMigrations, onQuery: hooks.onQuery });
  const verifier = await createVerifier(env);
  const queueConnection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
  const publisher = new Redis(env.REDIS_URL, { lazyConnect: false });
  const relay = new OutboxRelay({ ownerUrl: env.DATABASE_URL, schema: SALES_SCHEMA, queueConnection, publisher, logger, pollIntervalMs: env.OUTBOX_POLL_MS });
  await relay.start();
  const running = await startSubgraph(
    { ...salesSchema(), name: 'sales', orm, verifier, logger, introspection: env.NODE_ENV !== 'production' },
    port,
    env.HOST,
  );
  return {
    ...running,
    relay,
    async close() {
      await running.close();
      await relay.stop();
      queueConnection.disconnect();
      publisher.disconnect();
      await orm.close(true);
    },
  };
}
