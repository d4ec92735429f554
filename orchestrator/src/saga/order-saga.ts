import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, EventHandler } from '@prometric/core';
import type { Logger } from 'pino';
import { GatewayClient, PermanentStepError, TransientStepError, type SagaActor, type UserErrorShape } from './gateway-client';

export type SagaStatus = 'RUNNING' | 'COMPLETED' | 'COMPENSATING' | 'FAILED' | 'CANCELLED';
export type SagaStep = 'invoice' | 'reserve' | 'shortage';

/** What the finished steps produced: what compensations undo and what the shortage report shows. */
export interface SagaResults {
  invoiceId?: string;
  invoiceStatus?: string;
  reservationIds?: string[];
  /** Units not reservable, per product id (only products with a shortage). */
  shortage?: Record<string, number>;
  compensated?: string[];
}

export interface OrderSagaRow {
  orderId: string;
  organizationId: string;
  workspaceId: string;
  status: SagaStatus;
  currentStep: string | null;
  results: SagaResults;
  failureReason: string | null;
  version: number;
}

interface OrderCreatedPayload {
  id: string;
  number: string;
  status: string;
  currency: string;
  total: string;
  lines: { id: string; productId: string; quantity: number }[];
}

export interface SagaHooks {
  /** Test hook: called before each attempt of a step; throwing fails that attempt (a permanent failure once attempts run out). */
  beforeStep?: (step: SagaStep, orderId: string) => void | Promise<void>;
  /** Test hook: which events the saga handles (others are acknowledged without effect). */
  acceptEvent?: (event: DomainEvent) => boolean;
}

export interface OrderSagaOptions {
  client: GatewayClient;
  logger: Logger;
  /** In-process attempts of a step before its failure is permanent. */
  stepAttempts: number;
  /** How long the invoice step waits in-process for finance to see the order before handing the retry to BullMQ. */
  snapshotWaitMs?: number;
  hooks?: SagaHooks;
}

const CREATE_INVOICE = /* GraphQL */ `
  mutation SagaCreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) { invoice { id status } errors { code field message } }
  }`;
const ISSUE_INVOICE = /* GraphQL */ `
  mutation SagaIssueInvoice($id: ID!) { issueInvoice(id: $id) { invoice { id status } errors { code field message } } }`;
const VOID_INVOICE = /* GraphQL */ `
  mutation SagaVoidInvoice($id: ID!, $reason: String) { voidInvoice(id: $id, reason: $reason) { invoice { id status } errors { code field message } } }`;
const RESERVE_STOCK = /* GraphQL */ `
  mutation SagaReserveStock($input: ReserveStockInput!) {
    reserveStock(input: $input) { reservations { id quantity } shortage errors { code field message } }
  }`;
const RELEASE_RESERVATIONS = /* GraphQL */ `
  mutation SagaReleaseReservations($orderId: ID!) { releaseOrderReservations(orderId: $orderId) { errors { code field message } } }`;
const CANCEL_ORDER = /* GraphQL */ `
  mutation SagaCancelOrder($id: ID!, $reason: String) { cancelOrder(id: $id, reason: $reason) { order { id status } errors { code field message } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const describeErrors = (errors: UserErrorShape[]) => errors.map((e) => `${e.code}: ${e.message}`).join('; ');

/** Reads one saga row (any tenant: the orchestrator connects as the schema owner). */
export async function loadSaga(em: EntityManager, orderId: string): Promise<OrderSagaRow | null> {
  const rows: any[] = await em.execute(`select * from "orchestrator"."order_saga" where "order_id" = ?`, [orderId]);
  const r = rows[0];
  if (!r) return null;
  return {
    orderId: r.order_id,
    organizationId: r.organization_id,
    workspaceId: r.workspace_id,
    status: r.status,
    currentStep: r.current_step,
    results: r.results ?? {},
    failureReason: r.failure_reason,
    version: r.version,
  };
}

async function saveSaga(em: EntityManager, orderId: string, status: SagaStatus, step: string | null, results: SagaResults, reason: string | null = null): Promise<void> {
  await em.execute(
    `update "orchestrator"."order_saga" set "status" = ?, "current_step" = ?, "results" = ?::jsonb, "failure_reason" = ?,
       "version" = "version" + 1, "updated_at" = now() where "order_id" = ?`,
    [status, step, JSON.stringify(results), reason, orderId],
  );
}

/**
 * The order-to-cash saga of an order created CONFIRMED (won deal): invoice (create + issue) →
 * reserve stock per line → record the shortage. Every step is a mutation of the owning subgraph
 * through the gateway with the idempotency key `saga:<orderId>:<step>[:<line>]`, so a redelivered
 * event or a retried step never doubles an effect. It runs inside the consumer's transaction, which
 * also writes the processed-message row: a transient failure rolls the saga row back and BullMQ
 * retries the whole event, replaying the finished steps through their idempotency keys.
 * A permanent failure compensates the finished steps in reverse (release reservations, void
 * invoice), cancels the order with the reason and leaves the saga FAILED.
 */
export function orderSagaHandler(options: OrderSagaOptions): EventHandler {
  const { client, logger, hooks = {} } = options;

  return async (em: EntityManager, event: DomainEvent) => {
    if (hooks.acceptEvent && !hooks.acceptEvent(event)) return;
    const order = event.payload as unknown as OrderCreatedPayload;
    if (order.status !== 'CONFIRMED') return; // drafts are confirmed by people, not by the saga
    if (!event.actorId) throw new PermanentStepError('order.created without an actor');
    const actor: SagaActor = { organizationId: event.organizationId, workspaceId: event.workspaceId, userId: event.actorId, currency: order.currency };

    await em.execute(
      `insert into "orchestrator"."order_saga" ("order_id", "organization_id", "workspace_id", "actor_id", "status", "current_step")
       values (?, ?, ?, ?, 'RUNNING', 'invoice') on conflict ("order_id") do nothing`,
      [order.id, event.organizationId, event.workspaceId, event.actorId],
    );
    const saga = (await loadSaga(em, order.id))!;
    if (saga.status !== 'RUNNING') return; // finished by an earlier delivery
    const results: SagaResults = { ...saga.results };
    const key = (step: string) => `saga:${order.id}:${step}`;

    /** Runs one step: transient failures go up to BullMQ; others are retried here, then are permanent. */
    const run = async <T>(step: SagaStep, body: () => Promise<T>): Promise<T> => {
      for (let attempt = 1; ; attempt++) {
        try {
          await hooks.beforeStep?.(step, order.id);
          return await body();
        } catch (e) {
          if (e instanceof TransientStepError) throw e;
          if (attempt >= options.stepAttempts) throw new PermanentStepError(`step ${step} failed: ${(e as Error).message}`);
          await sleep(50 * 2 ** (attempt - 1));
        }
      }
    };

    let step: SagaStep = 'invoice';
    try {
      // (1) Invoice: finance drafts it from its snapshot of the order, then issues it.
      await run('invoice', async () => {
        const deadline = Date.now() + (options.snapshotWaitMs ?? 3000);
        let invoice: { id: string; status: string } | null = null;
        for (;;) {
          const data = await client.mutate(actor, CREATE_INVOICE, { input: { orderId: order.id, idempotencyKey: key('invoice') } });
          const payload = data.createInvoice as { invoice: { id: string; status: string } | null; errors: UserErrorShape[] };
          if (payload.invoice) {
            invoice = payload.invoice;
            break;
          }
          if (payload.errors.some((e) => e.code === 'NOT_FOUND')) {
            // Finance has not consumed order.created yet.
            if (Date.now() < deadline) {
              await sleep(50);
              continue;
            }
            throw new TransientStepError('finance has not seen the order yet');
          }
          throw new Error(describeErrors(payload.errors));
        }
        results.invoiceId = invoice.id;
        if (invoice.status === 'DRAFT') {
          const data = await client.mutate(actor, ISSUE_INVOICE, { id: invoice.id });
          const payload = data.issueInvoice as { invoice: { id: string; status: string } | null; errors: UserErrorShape[] };
          if (!payload.invoice) throw new Error(describeErrors(payload.errors));
          invoice = payload.invoice;
        }
        results.invoiceStatus = invoice.status;
      });

      // (2) Reserve every line, split across warehouses; what is missing is a shortage, not an error.
      step = 'reserve';
      await run('reserve', async () => {
        const reservationIds: string[] = [];
        const shortage: Record<string, number> = {};
        for (const line of order.lines) {
          const data = await client.mutate(actor, RESERVE_STOCK, {
            input: { orderId: order.id, orderLineId: line.id, productId: line.productId, quantity: line.quantity, idempotencyKey: key(`reserve:${line.id}`) },
          });
          const payload = data.reserveStock as { reservations: { id: string }[]; shortage: number; errors: UserErrorShape[] };
          if (payload.errors.length) throw new Error(describeErrors(payload.errors));
          reservationIds.push(...payload.reservations.map((r) => r.id));
          if (payload.shortage > 0) shortage[line.productId] = (shortage[line.productId] ?? 0) + payload.shortage;
        }
        results.reservationIds = reservationIds;
        results.shortage = shortage;
      });

      // (3) The shortage stays on the saga row (production orders arrive with a later issue); the order stays CONFIRMED.
      step = 'shortage';
      await run('shortage', async () => undefined);

      await saveSaga(em, order.id, 'COMPLETED', null, results);
      logger.info({ orderId: order.id, shortage: results.shortage }, 'order saga completed');
    } catch (e) {
      if (!(e instanceof PermanentStepError)) throw e; // rolled back; BullMQ retries the event
      await compensate(em, step, e.message);
    }

    async function compensate(tx: EntityManager, failedStep: SagaStep, reason: string): Promise<void> {
      logger.warn({ orderId: order.id, step: failedStep, reason }, 'order saga failed; compensating');
      const compensated: string[] = [];
      // Reverse order of the steps. Each compensation is idempotent, so a retried delivery repeats them harmlessly.
      // Release even when the reserve step itself failed midway: some lines may have been reserved.
      if (failedStep !== 'invoice' || results.reservationIds?.length) {
        const data = await client.mutate(actor, RELEASE_RESERVATIONS, { orderId: order.id });
        const errors = (data.releaseOrderReservations as { errors: UserErrorShape[] }).errors;
        if (errors.length) throw new TransientStepError(`releaseOrderReservations: ${describeErrors(errors)}`);
        compensated.push('reserve');
      }
      if (results.invoiceId) {
        const data = await client.mutate(actor, VOID_INVOICE, { id: results.invoiceId, reason: `Order-to-cash saga failed: ${reason}` });
        const payload = data.voidInvoice as { invoice: { status: string } | null; errors: UserErrorShape[] };
        if (!payload.invoice && !payload.errors.every((e) => e.code === 'INVALID_TRANSITION')) {
          throw new TransientStepError(`voidInvoice: ${describeErrors(payload.errors)}`);
        }
        results.invoiceStatus = 'VOID';
        compensated.push('invoice');
      }
      // The reason becomes visible on the order: it is cancelled with it.
      const data = await client.mutate(actor, CANCEL_ORDER, { id: order.id, reason: `Order-to-cash saga failed: ${reason}`.slice(0, 500) });
      const payload = data.cancelOrder as { order: unknown; errors: UserErrorShape[] };
      if (!payload.order && !payload.errors.every((e) => e.code === 'INVALID_TRANSITION')) {
        throw new TransientStepError(`cancelOrder: ${describeErrors(payload.errors)}`);
      }
      compensated.push('order');
      results.compensated = compensated;
      await saveSaga(tx, order.id, 'FAILED', failedStep, results, reason);
    }
  };
}
