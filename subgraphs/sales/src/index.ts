import { startDomainSubgraph, type RunningDomainSubgraph } from '@prometric/core';
import type { SalesEnv } from './env';
import { salesSchema } from './schema';
import { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';

export { salesSchema, createSalesServices } from './schema';
export { salesPermissions } from './permissions';
export { salesEnvSchema, type SalesEnv } from './env';
export { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';

export type RunningSales = RunningDomainSubgraph;

/** Starts the sales subgraph and its outbox relay (migrations are run by the caller or `pnpm migrate`). */
export function startSales(env: SalesEnv, port = env.SALES_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningSales> {
  return startDomainSubgraph(env, port, {
    name: 'sales',
    schema: SALES_SCHEMA,
    entities: salesEntities,
    migrations: salesMigrations,
    graphql: salesSchema(),
    onQuery: hooks.onQuery,
  });
}
