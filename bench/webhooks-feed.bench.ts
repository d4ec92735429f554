import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { FieldCipher, appDatabaseUrl, consumeEvent, createLogger, createOrm, eventQueuePrefix, type DomainEvent } from '@prometric/core';
import { DELIVERY_QUEUE, FINANCE_SCHEMA, WebhookDispatcher, financeEntities, financeEnvSchema, financeMigrations, webhooksConsumer } from '@prometric/finance';
import { migrateIsolatedDatabase, testConfig } from '@prometric/testing';

/**
 * How many events per second finance's `webhooks` consumer takes in — one at a time by design, so the
 * event feed's order is its commit order: each event is one transaction (advisory lock, feed row,
 * a delivery per matching webhook) followed by queueing the deliveries first in line. Measured with 0
 * and with BENCH_WEBHOOKS (default 5) subscribed webhooks in the workspace. Env: BENCH_EVENTS (default 1000).
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1000);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 5);

const expenseEvent = (organizationId: string, workspaceId: string): DomainEvent => {
  const id = randomUUID();
  return {
    id: randomUUID(), type: 'expense.submitted', schemaVersion: 1, aggregateType: 'Expense', aggregateId: id, aggregateVersion: 1,
    organizationId, workspaceId, actorId: null, occurredAt: new Date().toISOString(),
    payload: { id, number: 'EXP-2026-000001', status: 'SUBMITTED', category: 'OTHER', description: 'bench', amount: '1.00', currency: 'USD', incurredOn: '2026-01-01', submittedBy: null, approvedBy: null, paidOn: null, source: null },
  };
};

async function main(): Promise<void> {
  const databaseUrl = migrateIsolatedDatabase('webhooksbench');
  const env = financeEnvSchema.parse({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, REDIS_URL: testConfig.redisUrl, LOG_LEVEL: 'silent' });
  const orm = await createOrm({ clientUrl: appDatabaseUrl(env), schema: FINANCE_SCHEMA, entities: financeEntities, migrations: financeMigrations, poolMax: 2 });
  const queuePrefix = eventQueuePrefix(databaseUrl);
  const dispatcher = new WebhookDispatcher({
    orm, redisUrl: env.REDIS_URL, queuePrefix, logger: createLogger('bench', 'silent'), config: env.webhooks,
    cipher: new FieldCipher(env.webhooks.encryption.keys, env.webhooks.encryption.currentKeyId),
    gatewayUrl: () => 'http://127.0.0.1:9/graphql', keysDir: env.AUTH_KEYS_DIR, jwt: { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE },
  });
  const consumer = webhooksConsumer(dispatcher);
  const owner = new Client({ connectionString: databaseUrl });
  await owner.connect();
  try {
    for (const webhooks of [0, WEBHOOKS]) {
      const organizationId = randomUUID();
      const workspaceId = randomUUID();
      for (let i = 0; i < webhooks; i++) {
        await owner.query(
          `insert into finance.webhook (id, organization_id, workspace_id, url, events, secret_encrypted, owner_role, owner_id, owner_currency, owner_scopes)
           values ($1, $2, $3, 'http://127.0.0.1:9/hook', '["expense.submitted"]', 'x', 'OWNER', $4, 'USD', '[]')`,
          [randomUUID(), organizationId, workspaceId, randomUUID()],
        );
      }
      const started = performance.now();
      for (let i = 0; i < EVENTS; i++) {
        const event = expenseEvent(organizationId, workspaceId);
        await dispatcher.afterConsume(event, await consumeEvent(orm, { consumer, schema: FINANCE_SCHEMA }, event));
      }
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`webhooks consumer, ${webhooks} webhooks: ${EVENTS} events in ${seconds.toFixed(2)} s = ${Math.round(EVENTS / seconds)} events/s (${((seconds * 1000) / EVENTS).toFixed(2)} ms each)\n`);
    }
    process.stdout.write(`machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  } finally {
    // The deliveries queued here go nowhere: drop them with the queue.
    const connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(DELIVERY_QUEUE, { connection, prefix: queuePrefix });
    await queue.obliterate({ force: true });
    await queue.close();
    connection.disconnect();
    await dispatcher.close();
    await owner.end();
    await orm.close(true);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
