import { Pool } from 'pg';
import { FieldCipher, attachmentsConfigOf, createLogger, startAttachmentRetention, eventQueuePrefix, startConsumer, startDomainSubgraph, type RunningConsumer, type RunningDomainSubgraph } from '@prometric/core';
import type { FinanceEnv } from './env';
import { createFinanceServices, financeSchema } from './schema';
import { FINANCE_SCHEMA, financeEntities, financeMigrations } from './entities';
import { financeConsumer, webhooksConsumer } from './consumer';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { paymentCallbacks } from './payments/providers/payment-callback';
import { pruneEventFeed } from './event-feed/feed-retention';
import { GatewayReader } from './gateway-reader';
import { DocumentDownloads } from './documents/document-download';
import { financeAttachments } from './attachments/finance-attachments';

export { financeSchema, createFinanceServices } from './schema';
export { financePermissions } from './permissions';
export { financeEnvSchema, type FinanceEnv, type WebhooksConfig } from './env';
export { FINANCE_SCHEMA, financeEntities, financeMigrations } from './entities';
export { FINANCE_CONSUMER, WEBHOOKS_CONSUMER, financeConsumer, webhooksConsumer } from './consumer';
export { WebhookDispatcher, DELIVERY_QUEUE } from './webhooks/webhook-dispatcher';
export { pruneEventFeed } from './event-feed/feed-retention';

export interface RunningFinance extends RunningDomainSubgraph {
  /** The `finance` queue's consumer: keeps the order snapshots invoices are drafted from. */
  consumer: RunningConsumer;
  /** The `webhooks` queue's consumer: the event feed and the webhook deliveries of every event. */
  webhooksConsumer: RunningConsumer;
  /** Sends webhook deliveries. */
  dispatcher: WebhookDispatcher;
}

export interface FinanceHooks {
  onQuery?: (sql: string) => void;
  /** The gateway's /graphql URL, when it is only known later than finance starts (the test stack); GATEWAY_URL otherwise. */
  gatewayUrl?: () => string;
}

const HOUR_MS = 3_600_000;

/**
 * Starts the finance subgraph, its outbox relay, its two event consumers (`finance`, `webhooks`),
 * the webhook dispatcher and the hourly retention sweep of the event feed (migrations are run by the
 * caller or `pnpm migrate`).
 */
export async function startFinance(env: FinanceEnv, port = env.FINANCE_PORT, hooks: FinanceHooks = {}): Promise<RunningFinance> {
  const services = createFinanceServices(env.webhooks, env.documents, financeAttachments(attachmentsConfigOf(env), createLogger('finance', env.LOG_LEVEL)), env.payments);
  const reader = new GatewayReader({ gatewayUrl: hooks.gatewayUrl ?? (() => env.GATEWAY_URL), keysDir: env.AUTH_KEYS_DIR, jwt: { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE } });
  const downloads = new DocumentDownloads(env.documents, reader, createLogger('finance', env.LOG_LEVEL).child({ component: 'documents' }));
  const running = await startDomainSubgraph(env, port, {
    name: 'finance',
    schema: FINANCE_SCHEMA,
    entities: financeEntities,
    migrations: financeMigrations,
    graphql: financeSchema(services),
    consumer: { consumer: financeConsumer(services), concurrency: env.CONSUMER_CONCURRENCY },
    onQuery: hooks.onQuery,
    documents: downloads.handle,
    files: services.attachments.handle,
    // Called only once the subgraph is up, so `running` is set by then.
    callbacks: paymentCallbacks({ orm: () => running.orm, callbacks: services.paymentCallbacks, logger: createLogger('finance', env.LOG_LEVEL).child({ component: 'payments' }) }),
  });
  const logger = createLogger('finance', env.LOG_LEVEL);
  const queuePrefix = eventQueuePrefix(env.DATABASE_URL);
  const dispatcher = new WebhookDispatcher({
    orm: running.orm,
    redisUrl: env.REDIS_URL,
    queuePrefix,
    logger: logger.child({ component: 'webhooks' }),
    config: env.webhooks,
    cipher: new FieldCipher(env.webhooks.encryption.keys, env.webhooks.encryption.currentKeyId),
    gatewayUrl: hooks.gatewayUrl ?? (() => env.GATEWAY_URL),
    keysDir: env.AUTH_KEYS_DIR,
    jwt: { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE },
  });
  let webhooks: RunningConsumer;
  try {
    await dispatcher.start();
    services.webhooks.attach(dispatcher);
    // One at a time: the feed's order is the order events were consumed in, and so is each entity's deliveries'.
    webhooks = await startConsumer({
      consumer: webhooksConsumer(dispatcher),
      orm: running.orm,
      schema: FINANCE_SCHEMA,
      redisUrl: env.REDIS_URL,
      queuePrefix,
      logger,
      concurrency: 1,
      afterConsume: (event, outcome) => dispatcher.afterConsume(event, outcome),
    });
  } catch (e) {
    // A half-started finance would keep its server, relay and connections open.
    await dispatcher.close().catch(() => undefined);
    await running.close();
    throw e;
  }
  // As the schema's owner (every workspace): the feed's retention, and deliveries whose job Redis lost.
  const owner = new Pool({ connectionString: env.DATABASE_URL, max: 1 });
  const prune = () => pruneEventFeed(owner, env.webhooks.feedRetentionDays).catch((err: unknown) => logger.warn({ err }, 'event feed retention sweep failed'));
  const requeue = () => dispatcher.requeueStuck(owner).catch((err: unknown) => logger.warn({ err }, 'webhook requeue sweep failed'));
  const sweepers = [setInterval(() => void prune(), HOUR_MS), ...(env.webhooks.sweepMs ? [setInterval(() => void requeue(), env.webhooks.sweepMs)] : [])];
  for (const timer of sweepers) timer.unref();
  // Files of invoices deleted ATTACHMENT_RETENTION_DAYS ago.
  const attachmentRetention = startAttachmentRetention(services.attachments, { tables: { Invoice: 'invoice' }, orm: running.orm, ownerUrl: env.DATABASE_URL, logger });
  return {
    ...running,
    consumer: running.consumer!,
    webhooksConsumer: webhooks,
    dispatcher,
    async close() {
      for (const timer of sweepers) clearInterval(timer);
      await attachmentRetention?.stop();
      await webhooks.close();
      await dispatcher.close();
      await owner.end();
      await running.close();
      services.attachments.close();
    },
  };
}
