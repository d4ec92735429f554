import { HostedModelClient, attachmentsConfigOf, createLogger, startAttachmentRetention, startDomainSubgraph, type RunningConsumer, type RunningDomainSubgraph } from '@prometric/core';
import { operationsAttachments } from './attachments/operations-attachments';
import type { OperationsEnv } from './env';
import { createOperationsServices, operationsSchema } from './schema';
import { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from './entities';
import { operationsConsumer } from './consumer';

export { operationsSchema, createOperationsServices } from './schema';
export { operationsPermissions } from './permissions';
export { operationsEnvSchema, type OperationsEnv } from './env';
export { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from './entities';
export { OPERATIONS_CONSUMER, operationsConsumer } from './consumer';

export interface RunningOperations extends RunningDomainSubgraph {
  /** The `operations` queue's consumer: reserves, consumes and receives stock for production orders; drafts reorders. */
  consumer: RunningConsumer;
}

/** Starts the operations subgraph, its outbox relay and its event consumer (migrations are run by the caller or `pnpm migrate`). */
export async function startOperations(env: OperationsEnv, port = env.OPERATIONS_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningOperations> {
  const services = createOperationsServices(
    env.DEMAND_MODEL_ENDPOINT ? new HostedModelClient(env.DEMAND_MODEL_ENDPOINT, env.DEMAND_MODEL_TOKEN) : null,
    operationsAttachments(attachmentsConfigOf(env), createLogger('operations', env.LOG_LEVEL)),
  );
  const running = await startDomainSubgraph(env, port, {
    name: 'operations',
    schema: OPERATIONS_SCHEMA,
    entities: operationsEntities,
    migrations: operationsMigrations,
    graphql: operationsSchema(services),
    consumer: { consumer: operationsConsumer(services), concurrency: 4 },
    onQuery: hooks.onQuery,
    files: services.attachments.handle,
  });
  // Files of purchase orders deleted ATTACHMENT_RETENTION_DAYS ago.
  const attachmentRetention = startAttachmentRetention(services.attachments, { tables: { PurchaseOrder: 'purchase_order' }, orm: running.orm, ownerUrl: env.DATABASE_URL, logger: createLogger('operations', env.LOG_LEVEL) });
  return {
    ...running,
    consumer: running.consumer!,
    async close() {
      await attachmentRetention?.stop();
      await running.close();
      services.attachments.close();
    },
  };
}
