import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PermanentStepError, TransientStepError, type GatewayClient, type SagaActor, type UserErrorShape } from './gateway-client';
import type { Compensation, OrderSagaRow, SagaResults, SagaStep } from './saga-store';
import {
  SagaCancelOrderDocument,
  SagaCancelProductionOrderDocument,
  SagaCreateCreditNoteDocument,
  SagaCreateInvoiceDocument,
  SagaCreateProductionOrderDocument,
  SagaFirstWarehouseDocument,
  SagaIssueInvoiceDocument,
  SagaMarkOrderReadyDocument,
  SagaOrderDocumentsDocument,
  SagaReleaseReservationsDocument,
  SagaReserveStockDocument,
  SagaStartOrderProductionDocument,
  SagaVoidInvoiceDocument,
  type SagaOrderDocumentsQuery,
} from './saga-documents';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const describeErrors = (errors: UserErrorShape[]) => errors.map((e) => `${e.code}: ${e.message}`).join('; ');

/** The operation's `field` (a payload, or the list a query reads); null only beside errors, which `mutate` already threw. */
async function call<T, V extends Record<string, unknown>, K extends keyof T>(client: GatewayClient, actor: SagaActor, document: TypedDocumentNode<T, V>, variables: V, field: K): Promise<NonNullable<T[K]>> {
  const data = await client.mutate(actor, document, variables);
  const value = data[field];
  if (value === null || value === undefined) throw new Error(`${String(field)} answered nothing`);
  return value;
}

const refused = (what: string, p: { errors: UserErrorShape[] }) => new PermanentStepError(`${what}: ${describeErrors(p.errors)}`);
/** An order already moved on (a second delivery, a person was faster) is not a failure of the saga. */
const onlyTransitionErrors = (p: { errors: UserErrorShape[] }) => p.errors.length > 0 && p.errors.every((e) => e.code === 'INVALID_TRANSITION' || e.code === 'INVALID_STATE');

export interface StepContext {
  client: GatewayClient;
  actor: SagaActor;
  saga: OrderSagaRow;
  results: SagaResults;
  /** How long the invoice step waits in-process for finance to see the order before handing the retry back. */
  snapshotWaitMs: number;
}

const key = (saga: OrderSagaRow, step: string) => `saga:${saga.orderId}:${step}`;

/**
 * Runs one forward step through the owning subgraphs' mutations (idempotency keys
 * `saga:<order>:<step>[:<line>]`, so a replayed step never doubles) and returns the step after it,
 * or null when the saga has nothing left to do until an event arrives (WAITING) or is done.
 */
export async function runStep(step: SagaStep, c: StepContext): Promise<{ next: SagaStep | null; waiting?: boolean }> {
  const { client, actor, saga, results } = c;
  const order = saga.order!;
  switch (step) {
    case 'invoice': {
      // Finance drafts the invoice from its snapshot of the order (kept from sales' events), then issues it.
      const deadline = Date.now() + c.snapshotWaitMs;
      let invoice: { id: string; status: string };
      for (;;) {
        const p = await call(client, actor, SagaCreateInvoiceDocument, { input: { orderId: order.id, idempotencyKey: key(saga, 'invoice') } }, 'createInvoice');
        if (p.invoice) {
          invoice = p.invoice;
          break;
        }
        if (p.errors.some((e) => e.code === 'NOT_FOUND')) {
          if (Date.now() < deadline) {
            await sleep(50);
            continue;
          }
          throw new TransientStepError('finance has not seen the order yet');
        }
        throw refused('createInvoice', p);
      }
      results.invoiceId = invoice.id;
      if (invoice.status === 'DRAFT') {
        const p = await call(client, actor, SagaIssueInvoiceDocument, { id: invoice.id }, 'issueInvoice');
        if (!p.invoice) throw refused('issueInvoice', p);
        invoice = p.invoice;
      }
      results.invoiceStatus = invoice.status;
      return { next: 'reserve' };
    }
    case 'reserve': {
      // Every line, split across warehouses; what is missing is a shortage, not an error.
      const reservationIds: string[] = [];
      const shortage: Record<string, number> = {};
      const shortLines: { id: string; productId: string; quantity: number }[] = [];
      for (const line of order.lines) {
        const p = await call(client, actor, SagaReserveStockDocument, {
          input: { orderId: order.id, orderLineId: line.id, productId: line.productId, quantity: line.quantity, idempotencyKey: key(saga, `reserve:${line.id}`) },
        }, 'reserveStock');
        if (p.errors.length) throw refused('reserveStock', p);
        reservationIds.push(...p.reservations.map((r) => r.id));
        const missing = p.shortage;
        if (missing > 0) {
          shortage[line.productId] = (shortage[line.productId] ?? 0) + missing;
          shortLines.push({ id: line.id, productId: line.productId, quantity: missing });
        }
      }
      Object.assign(results, { reservationIds, shortage, shortLines });
      return { next: shortLines.length ? 'production' : 'ready' };
    }
    case 'production': {
      // A production order per short line, into the first warehouse (by code); the order waits for them.
      const warehouses = await call(client, actor, SagaFirstWarehouseDocument, {}, 'warehouses');
      const warehouseId = warehouses.edges[0]?.node.id;
      if (!warehouseId) {
        results.productionSkipped = 'The workspace has no warehouse to produce into; the shortage stays on the order.';
        return { next: null };
      }
      const requests = [];
      for (const line of results.shortLines ?? []) {
        const p = await call(client, actor, SagaCreateProductionOrderDocument, {
          input: { productId: line.productId, quantity: line.quantity, warehouseId, orderId: order.id, orderLineId: line.id, idempotencyKey: key(saga, `production:${line.id}`) },
        }, 'createProductionOrder');
        const mo = p.productionOrder;
        if (!mo) throw refused('createProductionOrder', p);
        requests.push({ id: mo.id, number: mo.number, orderLineId: line.id, productId: line.productId, quantity: line.quantity });
      }
      results.productionOrders = requests;
      const p = await call(client, actor, SagaStartOrderProductionDocument, { id: order.id }, 'startOrderProduction');
      if (!p.order && !onlyTransitionErrors(p)) throw refused('startOrderProduction', p);
      // Not WAITING yet: output may have arrived while this step ran; `receive` decides.
      return { next: 'receive' };
    }
    case 'receive': {
      // Output of requested production arrived in stock: reserve it for the order's line.
      for (const output of results.received ?? []) {
        if (output.reserved) continue;
        const p = await call(client, actor, SagaReserveStockDocument, {
          input: { orderId: order.id, orderLineId: output.orderLineId, productId: output.productId, quantity: output.quantity, idempotencyKey: key(saga, `receive:${output.productionOrderId}`) },
        }, 'reserveStock');
        if (p.errors.length) throw refused('reserveStock', p);
        results.reservationIds = [...(results.reservationIds ?? []), ...p.reservations.map((r) => r.id)];
        const reserved = output.quantity - p.shortage;
        if (results.shortage?.[output.productId]) {
          results.shortage[output.productId] = Math.max(0, results.shortage[output.productId] - reserved);
          if (!results.shortage[output.productId]) delete results.shortage[output.productId];
        }
        output.reserved = true;
      }
      const pending = (results.productionOrders ?? []).filter((mo) => !(results.received ?? []).some((r) => r.productionOrderId === mo.id));
      return pending.length || Object.keys(results.shortage ?? {}).length ? { next: 'receive', waiting: true } : { next: 'ready' };
    }
    case 'ready': {
      const p = await call(client, actor, SagaMarkOrderReadyDocument, { id: order.id }, 'markOrderReady');
      if (!p.order && !onlyTransitionErrors(p)) throw refused('markOrderReady', p);
      return { next: null };
    }
  }
}

type OrderDocuments = NonNullable<SagaOrderDocumentsQuery['order']>;

/**
 * The compensations, in the order they run (the reverse of the steps). Every one is derived from
 * the order's current documents rather than from what the saga recorded, so a step whose result
 * had not been saved (its driver died right after the call) is undone too.
 */
export function compensationsFor(saga: OrderSagaRow): Compensation[] {
  return saga.cancelRequested ? ['production', 'reserve', 'invoice'] : ['production', 'reserve', 'invoice', 'order'];
}

async function orderDocuments(c: StepContext): Promise<OrderDocuments> {
  const data = await c.client.mutate(c.actor, SagaOrderDocumentsDocument, { id: c.saga.orderId });
  if (!data.order) throw new TransientStepError('order not readable');
  return data.order;
}

/**
 * Runs one compensation; each is idempotent (a replay finds the effect already undone). A refusal
 * that will not heal is returned as a message (the saga records it and goes on); anything else throws
 * so the compensation is retried.
 */
export async function compensate(what: Compensation, c: StepContext, reason: string): Promise<string | null> {
  const { client, actor, saga, results } = c;
  switch (what) {
    case 'production': {
      const problems: string[] = [];
      for (const mo of (await orderDocuments(c)).productionOrders ?? []) {
        // A completed production order stays as it is: its output is ordinary stock now.
        if (mo.status === 'COMPLETED' || mo.status === 'CANCELLED') continue;
        const p = await call(client, actor, SagaCancelProductionOrderDocument, { id: mo.id, reason }, 'cancelProductionOrder');
        if (!p.productionOrder && !onlyTransitionErrors(p)) problems.push(`${mo.number}: ${describeErrors(p.errors)}`);
      }
      return problems.length ? `cancelProductionOrder: ${problems.join('; ')}` : null;
    }
    case 'reserve': {
      const p = await call(client, actor, SagaReleaseReservationsDocument, { orderId: saga.orderId }, 'releaseOrderReservations');
      if (p.errors.length) throw new TransientStepError(`releaseOrderReservations: ${describeErrors(p.errors)}`);
      return null;
    }
    case 'invoice': {
      const problems: string[] = [];
      for (const invoice of (await orderDocuments(c)).invoices ?? []) {
        if (invoice.status === 'VOID') continue;
        const p = await call(client, actor, SagaVoidInvoiceDocument, { id: invoice.id, reason }, 'voidInvoice');
        if (p.invoice) {
          if (invoice.id === results.invoiceId) results.invoiceStatus = 'VOID';
          continue;
        }
        // Money has moved, so it cannot be voided: what is still due is reversed by a credit note; what
        // was paid needs a refund, which only a person can make.
        if (Number(invoice.amountDue.amount) > 0) {
          const credit = await call(client, actor, SagaCreateCreditNoteDocument, {
            input: {
              invoiceId: invoice.id,
              lines: [{ description: `Order cancelled: ${invoice.amountDue.amount} not due any more`, amount: invoice.amountDue.amount }],
              reason,
              idempotencyKey: key(saga, `credit:${invoice.id}`),
            },
          }, 'createCreditNote');
          if (!credit.creditNote) {
            problems.push(`invoice ${invoice.id} (${invoice.status}): ${describeErrors(credit.errors)}`);
            continue;
          }
        }
        if (Number(invoice.amountPaid.amount) > 0) problems.push(`invoice ${invoice.id}: ${invoice.amountPaid.amount} ${invoice.amountPaid.currency} was paid; refund it`);
      }
      return problems.length ? `invoice: ${problems.join('; ')}` : null;
    }
    case 'order': {
      const p = await call(client, actor, SagaCancelOrderDocument, { id: saga.orderId, reason: reason.slice(0, 500) }, 'cancelOrder');
      if (!p.order && !onlyTransitionErrors(p)) return `cancelOrder: ${describeErrors(p.errors)}`;
      return null;
    }
  }
}
