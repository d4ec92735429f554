import { startDomainSubgraph, type RunningConsumer, type RunningDomainSubgraph } from '@prometric/core';
import type { FinanceEnv } from './env';
import { createFinanceServices, financeSchema } from './schema';
import { FINANCE_SCHEMA, financeEntities, financeMigrations } from './entities';
import { financeConsumer } from './consumer';

export { financeSchema, createFinanceServices } from './schema';
export { financePermissions } from './permissions';
export { financeEnvSchema, type FinanceEnv } from './env';
export { FINANCE_SCHEMA, financeEntities, financeMigrations } from './entities';
export { FINANCE_CONSUMER, financeConsumer } from './consumer';

export interface RunningFinance extends RunningDomainSubgraph {
  /** The `finance` queue's consumer: keeps the order snapshots invoices are drafted from. */
  consumer: RunningConsumer;
}

/** Starts the finance subgraph, its outbox relay and its event consumer (migrations are run by the caller or `pnpm migrate`). */
export async function startFinance(env: FinanceEnv, port = env.FINANCE_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningFinance> {
  const services = createFinanceServices();
  const running = await startDomainSubgraph(env, port, {
    name: 'finance',
    schema: FINANCE_SCHEMA,
    entities: financeEntities,
    migrations: financeMigrations,
    graphql: financeSchema(services),
    consumer: { consumer: financeConsumer(services), concurrency: env.CONSUMER_CONCURRENCY },
    onQuery: hooks.onQuery,
  });
  return { ...running, consumer: running.consumer! };
}
