import { startDomainSubgraph, type RunningDomainSubgraph } from '@prometric/core';
import type { ProductionEnv } from './env';
import { productionSchema } from './schema';
import { PRODUCTION_SCHEMA, productionEntities, productionMigrations } from './entities';

export { productionSchema, createProductionServices } from './schema';
export { productionPermissions } from './permissions';
export { productionEnvSchema, type ProductionEnv } from './env';
export { PRODUCTION_SCHEMA, productionEntities, productionMigrations } from './entities';

export type RunningProduction = RunningDomainSubgraph;

/** Starts the production subgraph and its outbox relay (migrations are run by the caller or `pnpm migrate`). */
export function startProduction(env: ProductionEnv, port = env.PRODUCTION_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningProduction> {
  return startDomainSubgraph(env, port, {
    name: 'production',
    schema: PRODUCTION_SCHEMA,
    entities: productionEntities,
    migrations: productionMigrations,
    graphql: productionSchema(),
    onQuery: hooks.onQuery,
  });
}
