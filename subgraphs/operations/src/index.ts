import { startDomainSubgraph, type RunningDomainSubgraph } from '@prometric/core';
import type { OperationsEnv } from './env';
import { operationsSchema } from './schema';
import { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from './entities';

export { operationsSchema, createOperationsServices } from './schema';
export { operationsPermissions } from './permissions';
export { operationsEnvSchema, type OperationsEnv } from './env';
export { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from './entities';

export type RunningOperations = RunningDomainSubgraph;

/** Starts the operations subgraph and its outbox relay (migrations are run by the caller or `pnpm migrate`). */
export function startOperations(env: OperationsEnv, port = env.OPERATIONS_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningOperations> {
  return startDomainSubgraph(env, port, {
    name: 'operations',
    schema: OPERATIONS_SCHEMA,
    entities: operationsEntities,
    migrations: operationsMigrations,
    graphql: operationsSchema(),
    onQuery: hooks.onQuery,
  });
}
