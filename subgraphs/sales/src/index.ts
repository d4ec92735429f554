import { HostedModelClient, attachmentsConfigOf, startAttachmentRetention, createLogger, startDomainSubgraph, type RunningDomainSubgraph, type TenantSweep } from '@prometric/core';
import type { SalesEnv } from './env';
import { createSalesServices, salesSchema } from './schema';
import { salesConsumer } from './consumer';
import { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';
import { startWinModelSweep } from './predictions/win-model-sweep';
import { salesAttachments } from './attachments/sales-attachments';

export { salesSchema, createSalesServices } from './schema';
export { salesPermissions } from './permissions';
export { salesEnvSchema, type SalesEnv } from './env';
export { SALES_SCHEMA, salesEntities, salesMigrations } from './entities';
export { SALES_CONSUMER, salesConsumer } from './consumer';

export { WIN_MODEL_SWEEP } from './predictions/win-model-sweep';

export interface RunningSales extends RunningDomainSubgraph {
  /** The sweep retraining win models; null when SALES_WIN_MODEL_SWEEP_MS is 0. */
  winModelSweep: TenantSweep | null;
  /** The sweep deleting the files of orders and products deleted ATTACHMENT_RETENTION_DAYS ago; null when ATTACHMENT_SWEEP_MS is 0. */
  attachmentRetention: TenantSweep | null;
}

/** Starts the sales subgraph, its outbox relay, its event consumer and its win-model sweep (migrations are run by the caller or `pnpm migrate`). */
export async function startSales(env: SalesEnv, port = env.SALES_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningSales> {
  const services = createSalesServices(
    env.WIN_MODEL_ENDPOINT ? new HostedModelClient(env.WIN_MODEL_ENDPOINT, env.WIN_MODEL_TOKEN) : null,
    salesAttachments(attachmentsConfigOf(env), createLogger('sales', env.LOG_LEVEL)),
  );
  const running = await startDomainSubgraph(env, port, {
    name: 'sales',
    schema: SALES_SCHEMA,
    entities: salesEntities,
    migrations: salesMigrations,
    graphql: salesSchema(services),
    consumer: { consumer: salesConsumer(services), concurrency: 4 },
    onQuery: hooks.onQuery,
    files: services.attachments.handle,
  });
  const winModelSweep = env.SALES_WIN_MODEL_SWEEP_MS > 0
    ? startWinModelSweep({ orm: running.orm, ownerUrl: env.DATABASE_URL, intervalMs: env.SALES_WIN_MODEL_SWEEP_MS, logger: createLogger('sales', env.LOG_LEVEL), service: services.winModel })
    : null;
  const attachmentRetention = startAttachmentRetention(services.attachments, { tables: { Order: 'sales_order', Product: 'product' }, orm: running.orm, ownerUrl: env.DATABASE_URL, logger: createLogger('sales', env.LOG_LEVEL) });
  return {
    ...running,
    winModelSweep,
    attachmentRetention,
    async close() {
      await winModelSweep?.stop();
      await attachmentRetention?.stop();
      await running.close();
      services.attachments.close();
    },
  };
}
