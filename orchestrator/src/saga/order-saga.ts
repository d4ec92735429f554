import type { Pool } from 'pg';
import type { DomainEvent, HandlersOf, TenantKeys } from '@prometric/core';
import type { Logger } from 'pino';
import type { ORCHESTRATOR_CONSUMER } from '../consumer';
import { PermanentStepError, TransientStepError, type GatewayClient, type SagaActor } from './gateway-client';
import { compensate, compensationsFor, runStep, type StepContext } from './steps';
import {
  insertSaga,
  loadSaga,
  sagaRowsOn,
  saveSaga,
  staleSagas,
  withStep,
  type Compensation,
  type OrderSagaRow,
  type ReceivedOutput,
  type SagaOrder,
  type SagaRows,
  type SagaStep,
  type StepKey,
} from './saga-store';

export interface SagaHooks {
  /** Test hook: called before each attempt of a step or compensation (`compensate:<what>`); throwing fails that attempt. */
  beforeStep?: (step: SagaStep | `compensate:${Compensation}`, orderId: string) => void | Promise<void>;
  /**
   * Test hook: the workspaces `beforeStep` applies to (all when omitted). Every event is handled
   * whatever it says: test files share the queues, and an event this process takes must never be
   * dropped because another file's workspace owns it.
   */
  hooksApplyTo?: (workspaceId: string) => boolean;
}

export interface OrderSagaOptions {
  client: GatewayClient;
  /**
   * Connections of the application role, for the saga rows (under row-level security: each read and
   * save declares the saga's workspace) and the advisory locks of the drivers.
   */
  pool: Pool;
  logger: Logger;
  /** Failed attempts of one step (an unexpected error) before it counts as a permanent failure. */
  stepAttempts: number;
  /** How long the invoice step waits in-process for finance to see the order before retrying later. */
  snapshotWaitMs?: number;
  /** Longest pause between retries of a transient failure inside one drive. */
  maxBackoffMs?: number;
  /** How long one drive retries transient failures before giving the saga back (the sweeper resumes it). */
  transientBudgetMs?: number;
  hooks?: SagaHooks;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the saga keeps of an order event's payload. */
const sagaOrderOf = ({ id, number, status, currency, total, lines }: SagaOrder): SagaOrder => ({
  id,
  number,
  status,
  currency,
  total,
  lines: lines.map((l) => ({ id: l.id, productId: l.productId, quantity: l.quantity })),
});
const TERMINAL = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

/**
 * The order-to-cash saga of an order created CONFIRMED (a won deal), as a state machine persisted in
 * `orchestrator.order_saga`: invoice (create + issue) → reserve stock per line → production orders
 * for the shortage, the order IN_PRODUCTION, WAITING for their output → output reserved → order
 * READY → COMPLETED.
 *
 * Events only change the row, inside the consumer's transaction (with the processed-message row):
 * `order.created` starts it, `production.output_received` wakes it, `order.updated` to CANCELLED
 * turns it to compensation. The steps run afterwards, outside any database transaction, in `drive`:
 * one step at a time, each a mutation of the owning subgraph through the gateway with an idempotency
 * key, its result saved before the next begins. A driver holds a Postgres advisory lock on the order,
 * released by the server if its process dies; a saga left RUNNING or COMPENSATING is resumed by the
 * next delivery of its event (BullMQ retries and stalled-job recovery) or by the sweeper.
 *
 * A step refused for good (a UserError of the owner, or `stepAttempts` unexpected errors) compensates
 * the finished steps in reverse (production orders cancelled, reservations released, invoice voided)
 * and cancels the order with the reason, leaving the saga FAILED; a cancelled order runs the same
 * compensations and leaves it CANCELLED. Transient failures (a subgraph down, finance not caught up)
 * are retried with backoff and never undo a customer's order.
 */
export class OrderSaga {
  private readonly hooks: SagaHooks;

  constructor(private readonly options: OrderSagaOptions) {
    this.hooks = options.hooks ?? {};
  }

  /** The consumer's handlers: they record the event's effect on the saga row, in the event's transaction. */
  handlers(): HandlersOf<typeof ORCHESTRATOR_CONSUMER> {
    return {
      'order.created': async (em, event) => {
        const order = event.payload;
        if (order.status !== 'CONFIRMED') return; // drafts are confirmed by people, not by the saga
        if (!event.actorId) throw new PermanentStepError('order.created without an actor');
        await insertSaga(em, sagaOrderOf(order), { ...event, actorId: event.actorId });
      },
      'order.updated': async (em, event) => {
        const order = event.payload;
        if (order.status !== 'CANCELLED' || order.previousStatus === 'CANCELLED') return;
        const saga = await loadSaga(em, event.aggregateId, true);
        if (!saga) {
          // Cancelled before its order.created was consumed (events are applied in parallel): the
          // saga starts out CANCELLED, so that order.created, arriving later, starts nothing.
          if (order.previousStatus === 'CONFIRMED' && event.actorId) {
            await insertSaga(em, sagaOrderOf(order), { ...event, actorId: event.actorId }, 'CANCELLED');
          }
          return;
        }
        // Cancelled by the saga's own compensation, or already finished with it: nothing to undo.
        if (saga.status === 'COMPENSATING' || saga.status === 'FAILED' || saga.status === 'CANCELLED') return;
        await saveSaga(em, saga, { status: 'COMPENSATING', cancelRequested: true, attempts: 0, failureReason: 'The order was cancelled' });
      },
      'production.output_received': async (em, event) => {
        const output = event.payload;
        if (!output.orderId) return;
        const saga = await loadSaga(em, output.orderId, true);
        if (!saga || TERMINAL.has(saga.status) || saga.status === 'COMPENSATING') return;
        const received: ReceivedOutput[] = saga.results.received ?? [];
        if (received.some((r) => r.productionOrderId === output.productionOrderId)) return;
        received.push({ productionOrderId: output.productionOrderId, orderLineId: output.orderLineId, productId: output.productId, quantity: output.quantity });
        const results = { ...saga.results, received };
        // While an earlier step still runs, the driver reaches `receive` on its own.
        await saveSaga(em, saga, saga.status === 'WAITING' ? { status: 'RUNNING', currentStep: 'receive', results, attempts: 0 } : { results });
      },
    };
  }

  /** The order an event concerns, for the drive that follows it. */
  orderOf(event: DomainEvent): string | null {
    if (event.type === 'production.output_received') return (event.payload as { orderId?: string | null }).orderId ?? null;
    return event.aggregateType === 'Order' ? event.aggregateId : null;
  }

  /**
   * Advances the saga of `orderId` (of the workspace `tenant`) as far as it can go now. Returns
   * without doing anything when another driver holds it. Throws when a transient failure outlasts
   * this drive's budget: the caller (a BullMQ job) is retried later, and the sweeper resumes it anyway.
   */
  async drive(orderId: string, tenant: TenantKeys): Promise<void> {
    const db = await this.options.pool.connect();
    try {
      const { rows } = await db.query('select pg_try_advisory_lock(hashtextextended($1, 0)) as locked', [orderId]);
      if (!rows[0].locked) return;
      try {
        await this.advance(sagaRowsOn(db, tenant), orderId);
      } finally {
        await db.query('select pg_advisory_unlock(hashtextextended($1, 0))', [orderId]);
      }
    } finally {
      db.release();
    }
  }

  /** Drives every saga nobody has moved for `staleMs`; returns how many it looked at. */
  async resumeStale(staleMs: number, limit = 50): Promise<number> {
    const db = await this.options.pool.connect();
    let stale: Awaited<ReturnType<typeof staleSagas>>;
    try {
      stale = await staleSagas(db, staleMs, limit);
    } finally {
      db.release();
    }
    for (const { orderId, tenant } of stale) {
      await this.drive(orderId, tenant).catch((err) => this.options.logger.warn({ err, orderId }, 'resumed saga did not finish; will retry'));
    }
    return stale.length;
  }

  private async advance(rows: SagaRows, orderId: string): Promise<void> {
    const { logger } = this.options;
    const startedAt = Date.now();
    let backoff = 50;
    for (;;) {
      const saga = await rows.load(orderId);
      if (!saga || TERMINAL.has(saga.status) || saga.status === 'WAITING') return;
      const context = this.context(saga);
      try {
        if (saga.status === 'RUNNING') {
          const step = (saga.currentStep ?? 'invoice') as SagaStep;
          await this.beforeStep(saga, step);
          const { next, waiting } = await runStep(step, context);
          // A step that hands over to itself and waits (receive, until all output arrived) is not done yet.
          const finished = !(waiting && next === step);
          const results = finished ? withStep(context.results, step, 'DONE') : context.results;
          if (finished) results.done = [...new Set([...(results.done ?? []), step])];
          const change = next === null
            ? { status: 'COMPLETED' as const, currentStep: null }
            : { status: waiting ? ('WAITING' as const) : ('RUNNING' as const), currentStep: next };
          if (await rows.save(saga, { ...change, results, attempts: 0 })) {
            logger.debug({ orderId, step, next: change.currentStep, status: change.status }, 'saga step done');
            if (change.status === 'COMPLETED') logger.info({ orderId, shortage: results.shortage }, 'order saga completed');
          }
        } else {
          await this.compensateAll(rows, saga, context);
        }
        backoff = 50;
      } catch (e) {
        const failed: StepKey = saga.status === 'RUNNING' ? ((saga.currentStep ?? 'invoice') as SagaStep) : `compensate:${compensationsFor(saga).find((c) => !saga.results.compensated?.includes(c)) ?? 'order'}`;
        const message = (e as Error).message;
        if (e instanceof TransientStepError) {
          // Not the step's fault (a subgraph down, finance not caught up): retry, never compensate for it.
          // What it waits on is recorded once (Order.fulfilment shows it), not at every retry.
          const last = saga.results.steps?.[failed];
          if (last?.status !== 'RETRYING' || last.error !== message) await rows.save(saga, { results: withStep(saga.results, failed, 'RETRYING', message) });
          if (Date.now() - startedAt > (this.options.transientBudgetMs ?? 30_000)) throw e;
          logger.debug({ orderId, err: e }, 'saga step waiting on a dependency');
          await sleep(backoff);
          backoff = Math.min(backoff * 2, this.options.maxBackoffMs ?? 2000);
          continue;
        }
        const attempts = saga.attempts + 1;
        const permanent = e instanceof PermanentStepError || attempts >= this.options.stepAttempts;
        const reason = `step ${saga.status === 'RUNNING' ? saga.currentStep : 'compensation'} failed: ${message}`;
        const retrying = withStep(saga.results, failed, 'RETRYING', message);
        if (saga.status === 'COMPENSATING') {
          // A compensation keeps being retried (giving up would leave the order half undone), but
          // not by this drive forever: past its budget the job is retried later, or the sweeper resumes.
          if (!(await rows.save(saga, { attempts, results: retrying }))) continue;
          logger.warn({ orderId, err: e, attempts }, 'saga compensation failed; retrying');
          if (Date.now() - startedAt > (this.options.transientBudgetMs ?? 30_000)) throw e;
        } else if (permanent) {
          if (!(await rows.save(saga, { status: 'COMPENSATING', attempts: 0, failureReason: reason, results: withStep(saga.results, failed, 'FAILED', message) }))) continue;
          logger.warn({ orderId, step: saga.currentStep, reason }, 'order saga failed; compensating');
          continue;
        } else if (!(await rows.save(saga, { attempts, results: retrying }))) {
          continue;
        }
        await sleep(backoff);
        backoff = Math.min(backoff * 2, this.options.maxBackoffMs ?? 2000);
      }
    }
  }

  /** Runs the compensations still to do, saving after each, then ends the saga FAILED or CANCELLED. */
  private async compensateAll(rows: SagaRows, saga: OrderSagaRow, context: StepContext): Promise<void> {
    let results = context.results;
    const reason = saga.cancelRequested ? 'Order cancelled' : `Order-to-cash saga failed: ${saga.failureReason ?? 'unknown'}`;
    let current = saga;
    for (const what of compensationsFor(saga)) {
      if (results.compensated?.includes(what)) continue;
      await this.beforeStep(saga, `compensate:${what}`);
      let problem: string | null;
      try {
        problem = await compensate(what, { ...context, saga: current }, reason);
      } catch (e) {
        // Refused for good (e.g. FORBIDDEN): retrying changes nothing; record it and go on.
        if (!(e instanceof PermanentStepError)) throw e;
        problem = `${what}: ${e.message}`;
      }
      results = withStep(results, `compensate:${what}`, problem ? 'FAILED' : 'DONE', problem ?? undefined);
      results.compensated = [...(results.compensated ?? []), what];
      if (problem) results.compensationErrors = [...(results.compensationErrors ?? []), problem];
      if (!(await rows.save(current, { results }))) return; // changed meanwhile: the caller reloads
      current = { ...current, results, version: current.version + 1 };
    }
    const status = saga.cancelRequested ? 'CANCELLED' : 'FAILED';
    if (await rows.save(current, { status, attempts: 0 })) {
      this.options.logger.info({ orderId: saga.orderId, status, compensated: results.compensated, errors: results.compensationErrors }, 'order saga compensated');
    }
  }

  /** The test hook before a step, for the workspaces it applies to. */
  private async beforeStep(saga: OrderSagaRow, step: SagaStep | `compensate:${Compensation}`): Promise<void> {
    if (!this.hooks.beforeStep || (this.hooks.hooksApplyTo && !this.hooks.hooksApplyTo(saga.workspaceId))) return;
    await this.hooks.beforeStep(step, saga.orderId);
  }

  private context(saga: OrderSagaRow): StepContext {
    const actor: SagaActor = { organizationId: saga.organizationId, workspaceId: saga.workspaceId, userId: saga.actorId!, currency: saga.order?.currency ?? 'USD' };
    return {
      client: this.options.client,
      actor,
      saga,
      results: structuredClone(saga.results),
      snapshotWaitMs: this.options.snapshotWaitMs ?? 3000,
    };
  }
}

export { loadSaga };
export type { OrderSagaRow };
