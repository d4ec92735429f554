import { startDomainSubgraph, type EventHandler, type RunningConsumer, type RunningDomainSubgraph } from '@prometric/core';
import type { OperationsEnv } from './env';
import { operationsSchema } from './schema';
import { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from './entities';
import { operationsEventHandlers as productionStockHandlers } from './production-stock/production-stock.handlers';
import { reorderEventHandlers } from './reorder-rules/reorder.handlers';

export { operationsSchema, createOperationsServices } from './schema';
export { operationsPermissions } from './permissions';
export { operationsEnvSchema, type OperationsEnv } from './env';
export { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from './entities';

/**
 * The `operations` queue's handlers (see DEFAULT_EVENT_ROUTES): production's stock moves, and the
 * reorder check of the product × warehouse after each stock event that lowers available.
 */
export const operationsEventHandlers: Record<string, EventHandler> = { ...productionStockHandlers, ...reorderEventHandlers };

/** The durable queue operations consumes (see DEFAULT_EVENT_ROUTES): production's stock moves and its own stock events (reorder check). */
export const OPERATIONS_QUEUE = 'operations';

export interface RunningOperations extends RunningDomainSubgraph {
  /** The `operations` queue's consumer: reserves, consumes and receives stock for production orders; drafts reorders. */
  consumer: RunningConsumer;
}

/** Starts the operations subgraph, its outbox relay and its event consumer (migrations are run by the caller or `pnpm migrate`). */
export async function startOperations(env: OperationsEnv, port = env.OPERATIONS_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningOperations> {
  const running = await startDomainSubgraph(env, port, {
    name: 'operations',
    schema: OPERATIONS_SCHEMA,
    entities: operationsEntities,
    migrations: operationsMigrations,
    graphql: operationsSchema(),
    consumer: { queue: OPERATIONS_QUEUE, handlers: operationsEventHandlers, concurrency: 4 },
    onQuery: hooks.onQuery,
  });
  return { ...running, consumer: running.consumer! };
}
