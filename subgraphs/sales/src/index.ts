import { startDomainSubgraph, type RunningDomainSubgraph } from '@prometric/core';
import type { SalesEnv } from './env';
import { createSalesServices, salesSchema } from './schema';
import { shipmentEventHandlers } from './shipments/shipment.handlers';
import { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';

export { salesSchema, createSalesServices } from './schema';
export { salesPermissions } from './permissions';
export { salesEnvSchema, type SalesEnv } from './env';
export { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';

export type RunningSales = RunningDomainSubgraph;

/** The durable queue sales consumes (see DEFAULT_EVENT_ROUTES): orders follow their shipments. */
export const SALES_QUEUE = 'sales';

/** Starts the sales subgraph, its outbox relay and its event consumer (migrations are run by the caller or `pnpm migrate`). */
export function startSales(env: SalesEnv, port = env.SALES_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningSales> {
  const services = createSalesServices();
  return startDomainSubgraph(env, port, {
    name: 'sales',
    schema: SALES_SCHEMA,
    entities: salesEntities,
    migrations: salesMigrations,
    graphql: salesSchema(services),
    consumer: { queue: SALES_QUEUE, handlers: shipmentEventHandlers(services.orders), concurrency: 4 },
    onQuery: hooks.onQuery,
  });
}
