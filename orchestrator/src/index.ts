import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createLogger, createOrm, KeyStoreFile, startConsumer, type RunningConsumer } from '@prometric/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Constructor } from '@mikro-orm/core';
import type { OrchestratorEnv } from './env';
import { GatewayClient } from './saga/gateway-client';
import { loadSaga, orderSagaHandler, type OrderSagaRow, type SagaHooks } from './saga/order-saga';
import { Migration20261126170000 } from '../migrations/Migration20261126170000';

export { orchestratorEnvSchema, loadOrchestratorEnv, type OrchestratorEnv } from './env';
export { orderSagaHandler, loadSaga, type OrderSagaRow, type SagaHooks, type SagaResults, type SagaStatus, type SagaStep } from './saga/order-saga';
export { GatewayClient, PermanentStepError, TransientStepError } from './saga/gateway-client';

export const ORCHESTRATOR_SCHEMA = 'orchestrator';
/** The durable queue the orchestrator consumes (see DEFAULT_EVENT_ROUTES). */
export const ORCHESTRATOR_QUEUE = 'orchestrator';
export const orchestratorEntities: Constructor[] = [];
export const orchestratorMigrations = [{ name: 'Migration20261126170000', class: Migration20261126170000 }];

export interface RunningOrchestrator {
  consumer: RunningConsumer;
  /** The saga row of an order, or null. */
  saga(orderId: string): Promise<OrderSagaRow | null>;
  /** Resolves once the order's saga is COMPLETED, FAILED or CANCELLED (tests; rejects after `timeoutMs`). */
  waitForSaga(orderId: string, timeoutMs?: number): Promise<OrderSagaRow>;
  /**
   * Resolves once the `orchestrator` queue has nothing waiting or active. Delayed jobs (retries in
   * backoff) are not waited for: one may be minutes away.
   */
  flush(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the orchestrator: the `orchestrator` queue's durable consumer running the order-to-cash
 * saga. It connects to Postgres as the schema OWNER (DATABASE_URL), not the application role: it is
 * a system process that reads no request's data, and its own tables have no row-level security.
 * Cross-domain writes go through the owning subgraphs' mutations on the gateway (GATEWAY_URL).
 */
export async function startOrchestrator(env: OrchestratorEnv, hooks: SagaHooks = {}): Promise<RunningOrchestrator> {
  const logger = createLogger('orchestrator', env.LOG_LEVEL);
  const orm = await createOrm({ clientUrl: env.DATABASE_URL, schema: ORCHESTRATOR_SCHEMA, entities: orchestratorEntities, migrations: orchestratorMigrations, poolMax: env.CONSUMER_CONCURRENCY + 2 });
  const keys = await KeyStoreFile.open(env.AUTH_KEYS_DIR);
  const client = new GatewayClient(env.GATEWAY_URL, keys, { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
  const handler = orderSagaHandler({ client, logger, stepAttempts: env.SAGA_STEP_ATTEMPTS, hooks });
  const consumer = await startConsumer({
    queue: ORCHESTRATOR_QUEUE,
    orm,
    schema: ORCHESTRATOR_SCHEMA,
    redisUrl: env.REDIS_URL,
    handlers: { 'order.created': handler },
    logger,
    concurrency: env.CONSUMER_CONCURRENCY,
  });
  const queueConnection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue(ORCHESTRATOR_QUEUE, { connection: queueConnection });
  const read = (orderId: string) => loadSaga(orm.em.fork() as EntityManager, orderId);

  return {
    consumer,
    saga: read,
    async waitForSaga(orderId, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const saga = await read(orderId);
        if (saga && saga.status !== 'RUNNING' && saga.status !== 'COMPENSATING') return saga;
        if (Date.now() > deadline) throw new Error(`saga of order ${orderId} did not finish in ${timeoutMs} ms (${saga?.status ?? 'not started'})`);
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
      await consumer.close();
      await queue.close();
      queueConnection.disconnect();
      await orm.close(true);
    },
  };
}
