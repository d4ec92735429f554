import { Pool } from 'pg';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { appDatabaseUrl, createLogger, createOrm, defineConsumer, eventQueuePrefix, inTenantClientTransaction, KeyStoreFile, startConsumer, type RunningConsumer } from '@prometric/core';
import type { Constructor } from '@mikro-orm/core';
import type { OrchestratorEnv } from './env';
import { GatewayClient } from './saga/gateway-client';
import { OrderSaga, type SagaHooks } from './saga/order-saga';
import { ORCHESTRATOR_CONSUMER } from './consumer';
import { loadSaga, sagaTenant, type OrderSagaRow } from './saga/saga-store';
import { Migration20261126170000 } from '../migrations/Migration20261126170000';
import { Migration20261126170100 } from '../migrations/Migration20261126170100';
import { Migration20261204100100 } from '../migrations/Migration20261204100100';

export { orchestratorEnvSchema, loadOrchestratorEnv, type OrchestratorEnv } from './env';
export { OrderSaga, type SagaHooks } from './saga/order-saga';
export { loadSaga, sagaRowsOn, type OrderSagaRow, type SagaResults, type SagaRows, type SagaStatus, type SagaStep } from './saga/saga-store';
export { GatewayClient, PermanentStepError, TransientStepError } from './saga/gateway-client';

export { ORCHESTRATOR_CONSUMER } from './consumer';
export { orchestratorSchema, orchestratorPermissions } from './fulfilment/schema';
export { startOrchestratorSubgraph } from './fulfilment/fulfilment-subgraph';
export { fulfilmentOf } from './fulfilment/fulfilment';

export const ORCHESTRATOR_SCHEMA = 'orchestrator';
export const orchestratorEntities: Constructor[] = [];
export const orchestratorMigrations = [
  { name: 'Migration20261126170000', class: Migration20261126170000 },
  { name: 'Migration20261126170100', class: Migration20261126170100 },
  { name: 'Migration20261204100100', class: Migration20261204100100 },
];

export interface RunningOrchestrator {
  consumer: RunningConsumer;
  saga: OrderSaga;
  /** The saga row of an order, or null. */
  sagaOf(orderId: string): Promise<OrderSagaRow | null>;
  /** Resolves once the order's saga is in one of `statuses` (default: finished; tests; rejects after `timeoutMs`). */
  waitForSaga(orderId: string, timeoutMs?: number, statuses?: string[]): Promise<OrderSagaRow>;
  /**
   * Resolves once the `orchestrator` queue has nothing waiting or active. Delayed jobs (retries in
   * backoff) are not waited for: one may be minutes away.
   */
  flush(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the orchestrator: the `orchestrator` queue's durable consumer, which records each event's
 * effect on the order's saga row and then drives the saga (see `OrderSaga`), and the sweeper that
 * resumes sagas whose driver died or whose job was lost. It connects to Postgres as the application
 * role (`DATABASE_APP_URL`, see `appDatabaseUrl`), like a request: its tables are under row-level
 * security, every transaction declares the saga's workspace first, and what spans workspaces (the
 * sweeper's list, a saga's workspace by order id) goes through narrow lookup functions that return
 * keys only. Cross-domain writes go through the owning subgraphs' mutations on the gateway (GATEWAY_URL).
 */
export async function startOrchestrator(env: OrchestratorEnv, hooks: SagaHooks = {}): Promise<RunningOrchestrator> {
  const logger = createLogger('orchestrator', env.LOG_LEVEL);
  const appUrl = appDatabaseUrl(env);
  const orm = await createOrm({ clientUrl: appUrl, schema: ORCHESTRATOR_SCHEMA, entities: orchestratorEntities, migrations: orchestratorMigrations, poolMax: env.CONSUMER_CONCURRENCY + 2 });
  // Drivers hold one connection each (their advisory lock) while they call the gateway.
  const pool = new Pool({ connectionString: appUrl, max: env.CONSUMER_CONCURRENCY + 4 });
  const keys = await KeyStoreFile.open(env.AUTH_KEYS_DIR);
  const client = new GatewayClient(env.GATEWAY_URL, keys, { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
  const saga = new OrderSaga({ client, pool, logger, stepAttempts: env.SAGA_STEP_ATTEMPTS, hooks });
  const queuePrefix = eventQueuePrefix(env.DATABASE_URL);
  const consumer = await startConsumer({
    consumer: defineConsumer(ORCHESTRATOR_CONSUMER, saga.handlers()),
    queuePrefix,
    orm,
    schema: ORCHESTRATOR_SCHEMA,
    redisUrl: env.REDIS_URL,
    // After the event's transaction: the steps call other services and must not hold it open.
    afterConsume: async (event) => {
      const orderId = saga.orderOf(event);
      if (orderId) await saga.drive(orderId, { organizationId: event.organizationId, workspaceId: event.workspaceId });
    },
    logger,
    concurrency: env.CONSUMER_CONCURRENCY,
    stalledIntervalMs: env.CONSUMER_STALLED_MS,
  });
  let sweeping: Promise<unknown> | null = null;
  const sweeper = setInterval(() => {
    sweeping ??= saga.resumeStale(env.SAGA_STALE_MS)
      .catch((err) => logger.warn({ err }, 'saga sweep failed'))
      .finally(() => (sweeping = null));
  }, env.SAGA_SWEEP_MS);
  const queueConnection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue(ORCHESTRATOR_CONSUMER.queue, { connection: queueConnection, prefix: queuePrefix });
  queueConnection.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  queue.on('error', (err) => logger.warn({ err }, 'queue connection error'));
  const read = async (orderId: string) => {
    const db = await pool.connect();
    try {
      const tenant = await sagaTenant(db, orderId);
      return tenant ? await inTenantClientTransaction(db, tenant, () => loadSaga(db, orderId)) : null;
    } finally {
      db.release();
    }
  };

  return {
    consumer,
    saga,
    sagaOf: read,
    async waitForSaga(orderId, timeoutMs = 20_000, statuses = ['COMPLETED', 'FAILED', 'CANCELLED']) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const row = await read(orderId);
        if (row && statuses.includes(row.status)) return row;
        if (Date.now() > deadline) throw new Error(`saga of order ${orderId} did not reach ${statuses.join('/')} in ${timeoutMs} ms (${row?.status ?? 'not started'})`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async flush(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
        if (Object.values(counts).every((n) => n === 0)) return;
        if (Date.now() > deadline) throw new Error(`orchestrator queue not drained: ${JSON.stringify(counts)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    async close() {
      clearInterval(sweeper);
      await sweeping;
      await consumer.close();
      await queue.close();
      queueConnection.disconnect();
      await pool.end();
      await orm.close(true);
    },
  };
}
