import { startDomainSubgraph, type RunningDomainSubgraph } from '@prometric/core';
import type { SalesEnv } from './env';
import { createSalesServices, salesSchema } from './schema';
import { salesConsumer } from './consumer';
import { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';

export { salesSchema, createSalesServices } from './schema';
export { salesPermissions } from './permissions';
export { salesEnvSchema, type SalesEnv } from './env';
export { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';
export { SALES_CONSUMER, salesConsumer } from './consumer';

export type RunningSales = RunningDomainSubgraph;

/** Starts the sales subgraph, its outbox relay and its event consumer (migrations are run by the caller or `pnpm migrate`). */
export function startSales(env: SalesEnv, port = env.SALES_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningSales> {
  const services = createSalesServices();
  return startDomainSubgraph(env, port, {
    name: 'sales',
    schema: SALES_SCHEMA,
    entities: salesEntities,
    migrations: salesMigrations,
    graphql: salesSchema(services),
    consumer: { consumer: salesConsumer(services), concurrency: 4 },
    onQuery: hooks.onQuery,
  });
}
