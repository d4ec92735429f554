import { Redis } from 'ioredis';
import { appDatabaseUrl, createLogger, createOrm, createVerifier, OutboxRelay, startSubgraph, type RunningSubgraph } from '@prometric/core';
import type { OperationsEnv } from './env';
import { operationsSchema } from './schema';
import { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from './entities';

export { operationsSchema, createOperationsServices } from './schema';
export { operationsPermissions } from './permissions';
export { operationsEnvSchema, type OperationsEnv } from './env';
export { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from './entities';

export interface RunningOperations extends RunningSubgraph {
  /** Publishes committed outbox rows now (tests use it to avoid waiting for a poll). */
  relay: OutboxRelay;
}

/** Starts the operations subgraph and its outbox relay (migrations are run by the caller or `pnpm migrate`). */
export async function startOperations(env: OperationsEnv, port = env.OPERATIONS_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningOperations> {
  const logger = createLogger('operations', env.LOG_LEVEL);
  const orm = await createOrm({ clientUrl: appDatabaseUrl(env), schema: OPERATIONS_SCHEMA, entities: operationsEntities, migrations: operationsMigrations, onQuery: hooks.onQuery });
  const verifier = await createVerifier(env);
  const queueConnection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
  const publisher = new Redis(env.REDIS_URL, { lazyConnect: false });
  const relay = new OutboxRelay({ ownerUrl: env.DATABASE_URL, schema: OPERATIONS_SCHEMA, queueConnection, publisher, logger, pollIntervalMs: env.OUTBOX_POLL_MS });
  await relay.start();
  const running = await startSubgraph(
    { ...operationsSchema(), name: 'operations', orm, verifier, logger, introspection: env.NODE_ENV !== 'production' },
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
