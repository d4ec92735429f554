import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { KeyStoreFile, eventQueuePrefix, outboxRowToEvent } from '@prometric/core';
import { GatewayClient, PermanentStepError } from '../src';
import { createCustomer, createDeal, createProduct, createWarehouse, deliverAgain, eventually, expectStockConsistent, gql, operation, receiveStock, testConfig, useStack } from '@prometric/testing';

/** An ad-hoc document for the client's own test (the saga's documents come typed from schema/generated). */
const document = <T = Record<string, any>>(query: string): TypedDocumentNode<T, Record<string, unknown>> => parse(query);

/** Failures injected per step (or `compensate:<what>`): the number of attempts still to fail. */
const failing = new Map<string, number>();
/** Workspaces of this file: the test hooks apply to them only (the queue is shared: this stack drives other files' sagas too, untouched). */
const workspaces = new Set<string>();

const ORDER_WITH_DOCUMENTS = /* GraphQL */ `
  query($id: ID!) {
    order(id: $id) {
      id status cancelReason
      reservations { id status quantity orderLineId product { id } }
      invoices { id status }
      productionOrders { id number status quantity product { id } }
    }
  }`;

describe('order-to-cash saga (orchestrator) through the real gateway', () => {
  const fx = useStack({
    database: 'saga',
    pg: true,
    orchestrator: {
      hooksApplyTo: (workspaceId) => workspaces.has(workspaceId),
      beforeStep: (step, orderId) => {
        const left = failing.get(step) ?? 0;
        if (left > 0) {
          failing.set(step, left - 1);
          throw new Error(`injected failure at ${step} of ${orderId}`);
        }
      },
    },
  });
  let customerId: string;
  let warehouseId: string;

  beforeAll(async () => {
    workspaces.add(fx.owner.workspaceId);
    customerId = (await createCustomer(fx.url, fx.owner.token)).id;
    warehouseId = (await createWarehouse(fx.url, fx.owner.token, { code: `W-${randomUUID().slice(0, 6)}`, name: 'Main' })).id;
  });

  const productWithStock = async (onHand: number) => {
    const product = await createProduct(fx.url, fx.owner.token, { price: '100.00', taxRate: '0.12' });
    if (onHand > 0) await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId, quantity: onHand });
    return product;
  };

  const winDeal = async (lines: { productId: string; quantity: number }[]) => {
    const deal = await createDeal(fx.url, fx.owner.token, customerId, lines);
    const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, fx.owner.token);
    const order = won.data?.winDeal?.deal?.order;
    if (!order) throw new Error(`winDeal failed: ${JSON.stringify(won)}`);
    return order as { id: string };
  };

  const contractOrder = async (id: string) => (await gql(fx.url, operation('sales', 'Order'), { id }, fx.owner.token)).data!.order;
  const documentsOf = async (id: string) => (await gql(fx.url, ORDER_WITH_DOCUMENTS, { id }, fx.owner.token)).data!.order;

  /** Nothing of the saga's is left standing: no live invoice, reservation or production order; the order is cancelled. */
  const expectFullyCompensated = async (orderId: string) => {
    const d = await documentsOf(orderId);
    expect(d.status).toBe('CANCELLED');
    expect(d.invoices.filter((i: any) => i.status !== 'VOID')).toEqual([]);
    expect(d.reservations.filter((x: any) => x.status === 'RESERVED')).toEqual([]);
    expect(d.productionOrders.filter((mo: any) => mo.status !== 'CANCELLED')).toEqual([]);
    return d;
  };

  it('happy path: an ISSUED invoice for the order total, every line reserved, the order READY', async () => {
    const a = await productWithStock(10);
    const b = await productWithStock(5);
    const order = await winDeal([{ productId: a.id, quantity: 3 }, { productId: b.id, quantity: 5 }]);
    const saga = await fx.stack.orchestrator!.waitForSaga(order.id);
    expect(saga.status).toBe('COMPLETED');
    expect(saga.results.shortage).toEqual({});
    expect(saga.results.done).toEqual(['invoice', 'reserve', 'ready']);

    const o = await contractOrder(order.id);
    expect(o.status).toBe('READY');
    expect(o.invoices).toHaveLength(1);
    expect(o.invoices[0].status).toBe('ISSUED');
    expect(o.invoices[0].total.amount).toBe(o.total.amount);
    expect(o.invoices[0].number).toMatch(/^INV-\d{4}-\d{6}$/);
    expect((await documentsOf(order.id)).productionOrders).toEqual([]);

    const r = await documentsOf(order.id);
    for (const line of o.lines) {
      const reserved = r.reservations.filter((x: any) => x.orderLineId === line.id && x.status === 'RESERVED').reduce((s: number, x: any) => s + x.quantity, 0);
      expect(reserved).toBe(line.quantity);
    }
    expect([...r.reservations.map((x: any) => x.id)].sort()).toEqual([...saga.results.reservationIds!].sort());
  });

  it('shortage: reserves what exists, requests production for the rest, the order IN_PRODUCTION and the saga WAITING', async () => {
    const a = await productWithStock(2);
    const none = await productWithStock(0);
    const order = await winDeal([{ productId: a.id, quantity: 5 }, { productId: none.id, quantity: 4 }]);
    const saga = await fx.stack.orchestrator!.waitForSaga(order.id, 20_000, ['WAITING']);
    expect(saga.results.shortage).toEqual({ [a.id]: 3, [none.id]: 4 });
    const d = await documentsOf(order.id);
    expect(d.status).toBe('IN_PRODUCTION');
    expect(d.reservations.filter((x: any) => x.status === 'RESERVED').map((x: any) => [x.product.id, x.quantity])).toEqual([[a.id, 2]]);
    expect(d.invoices.map((i: any) => i.status)).toEqual(['ISSUED']);
    // One PLANNED production order per short line, for exactly the missing quantity.
    expect(d.productionOrders.map((mo: any) => [mo.product.id, mo.quantity, mo.status]).sort()).toEqual([[a.id, 3, 'PLANNED'], [none.id, 4, 'PLANNED']].sort());
    expect(saga.results.productionOrders!.map((mo) => mo.id).sort()).toEqual(d.productionOrders.map((mo: any) => mo.id).sort());
  });

  it('the same order.created delivered twice has one effect', async () => {
    const a = await productWithStock(10);
    const order = await winDeal([{ productId: a.id, quantity: 4 }]);
    await fx.stack.orchestrator!.waitForSaga(order.id);
    const { rows } = await fx.pg.query(`select * from "sales"."outbox_event" where "aggregate_id" = $1 and "type" = 'order.created'`, [order.id]);
    const event = outboxRowToEvent(rows[0]);
    expect(await deliverAgain('orchestrator', event, `duplicate-${event.id}`, { databaseUrl: fx.databaseUrl })).toBe('duplicate');
    await fx.stack.orchestrator!.flush();
    const o = await contractOrder(order.id);
    expect(o.invoices).toHaveLength(1);
    const r = await documentsOf(order.id);
    expect(r.reservations).toHaveLength(1);
    expect(r.reservations[0]).toMatchObject({ status: 'RESERVED', quantity: 4 });
    const { rows: processed } = await fx.pg.query(`select count(*)::int as n from "orchestrator"."processed_message" where "event_id" = $1`, [event.id]);
    expect(processed[0].n).toBe(1);
  });

  // A step failing on every attempt is a permanent failure: whatever ran before it is undone.
  it.each([
    ['invoice', { shortage: false }],
    ['reserve', { shortage: false }],
    ['production', { shortage: true }],
    ['ready', { shortage: false }],
  ] as const)('a permanent failure at step %s compensates every finished step and cancels the order with the reason', async (step, { shortage }) => {
    const a = await productWithStock(shortage ? 1 : 10);
    const deal = await createDeal(fx.url, fx.owner.token, customerId, [{ productId: a.id, quantity: 2 }]);
    failing.set(step, 1000);
    try {
      const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, fx.owner.token);
      const orderId = won.data!.winDeal.deal.order.id as string;
      const saga = await fx.stack.orchestrator!.waitForSaga(orderId);
      expect(saga.status).toBe('FAILED');
      expect(saga.currentStep).toBe(step);
      expect(saga.failureReason).toMatch(new RegExp(`injected failure at ${step}`));
      expect(saga.results.compensated).toEqual(['production', 'reserve', 'invoice', 'order']);
      expect(saga.results.compensationErrors ?? []).toEqual([]);
      const d = await expectFullyCompensated(orderId);
      expect(d.cancelReason).toMatch(new RegExp(`saga failed: step ${step} failed: injected failure`));
      // The steps before the failing one did run (and were undone), the failing one never did.
      const order = ['invoice', 'reserve', 'production', 'ready'];
      expect(d.invoices.length).toBe(order.indexOf(step) > 0 ? 1 : 0);
    } finally {
      failing.delete(step);
    }
  });

  it('a step failing fewer times than its attempts is retried and the saga completes', async () => {
    const a = await productWithStock(10);
    const deal = await createDeal(fx.url, fx.owner.token, customerId, [{ productId: a.id, quantity: 1 }]);
    failing.set('reserve', 2); // attempts are 3
    try {
      const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, fx.owner.token);
      const saga = await fx.stack.orchestrator!.waitForSaga(won.data!.winDeal.deal.order.id);
      expect(saga.status).toBe('COMPLETED');
      expect((await documentsOf(saga.orderId)).reservations.map((x: any) => [x.status, x.quantity])).toEqual([['RESERVED', 1]]);
    } finally {
      failing.delete('reserve');
    }
  });

  it('a failure during compensation is retried until everything is undone', async () => {
    const a = await productWithStock(10);
    const deal = await createDeal(fx.url, fx.owner.token, customerId, [{ productId: a.id, quantity: 2 }]);
    failing.set('ready', 1000);
    failing.set('compensate:invoice', 4); // more than a step's attempts: compensations never give up
    try {
      const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, fx.owner.token);
      const orderId = won.data!.winDeal.deal.order.id as string;
      const saga = await fx.stack.orchestrator!.waitForSaga(orderId, 30_000);
      expect(saga.status).toBe('FAILED');
      expect(failing.get('compensate:invoice')).toBe(0);
      expect(saga.results.compensated).toEqual(['production', 'reserve', 'invoice', 'order']);
      await expectFullyCompensated(orderId);
    } finally {
      failing.delete('ready');
      failing.delete('compensate:invoice');
    }
  });

  it('cancelOrder after the saga completed releases the reservations and voids the invoice', async () => {
    const a = await productWithStock(10);
    const order = await winDeal([{ productId: a.id, quantity: 3 }]);
    await fx.stack.orchestrator!.waitForSaga(order.id);
    const cancelled = await gql(fx.url, operation('sales', 'CancelOrder'), { id: order.id, reason: 'customer changed their mind' }, fx.owner.token);
    expect(cancelled.data!.cancelOrder.errors).toEqual([]);
    const saga = await fx.stack.orchestrator!.waitForSaga(order.id, 20_000, ['CANCELLED']);
    expect(saga.results.compensated).toEqual(['production', 'reserve', 'invoice']);
    const d = await expectFullyCompensated(order.id);
    expect(d.cancelReason).toBe('customer changed their mind');
    expect(d.invoices.map((i: any) => i.status)).toEqual(['VOID']);
    expect(d.reservations.map((x: any) => x.status)).toEqual(['RELEASED']);
  });

  it('cancelOrder after a partial payment credits what is still due and records the refund a person must make', async () => {
    const a = await productWithStock(10);
    const order = await winDeal([{ productId: a.id, quantity: 1 }]); // 100.00 + 12% tax
    await fx.stack.orchestrator!.waitForSaga(order.id);
    const [invoice] = (await documentsOf(order.id)).invoices;
    const paid = await gql(fx.url, operation('finance', 'RecordPayment'), { input: { invoiceId: invoice.id, amount: '40.00', method: 'CASH' } }, fx.owner.token);
    expect(paid.data!.recordPayment.errors).toEqual([]);
    expect((await gql(fx.url, operation('sales', 'CancelOrder'), { id: order.id }, fx.owner.token)).data!.cancelOrder.errors).toEqual([]);
    const saga = await fx.stack.orchestrator!.waitForSaga(order.id, 20_000, ['CANCELLED']);
    expect(saga.results.compensationErrors).toEqual([expect.stringMatching(/40\.00 USD was paid; refund it/)]);
    const r = await gql(fx.url, `query($id: ID!) { invoice(id: $id) { status amountPaid { amount } amountCredited { amount } amountDue { amount } creditNotes { total { amount } } } }`, { id: invoice.id }, fx.owner.token);
    expect(r.data!.invoice).toEqual({ status: 'PAID', amountPaid: { amount: '40.00' }, amountCredited: { amount: '72.00' }, amountDue: { amount: '0.00' }, creditNotes: [{ total: { amount: '72.00' } }] });
    expect((await documentsOf(order.id)).reservations.map((x: any) => x.status)).toEqual(['RELEASED']);
  });

  it('cancelOrder while production is awaited cancels the production orders too', async () => {
    const none = await productWithStock(0);
    const order = await winDeal([{ productId: none.id, quantity: 2 }]);
    await fx.stack.orchestrator!.waitForSaga(order.id, 20_000, ['WAITING']);
    const cancelled = await gql(fx.url, operation('sales', 'CancelOrder'), { id: order.id }, fx.owner.token);
    expect(cancelled.data!.cancelOrder.errors).toEqual([]);
    await fx.stack.orchestrator!.waitForSaga(order.id, 20_000, ['CANCELLED']);
    const d = await expectFullyCompensated(order.id);
    expect(d.productionOrders.map((mo: any) => mo.status)).toEqual(['CANCELLED']);
  });
  it('issue 6 full flow: a deal won beyond stock → production order → released, worked, inspected, completed → the order READY with stock consistent', async () => {
    const m = (query: string, variables: Record<string, unknown>) => gql(fx.url, query, variables, fx.owner.token);
    const c1 = await productWithStock(20);
    const c2 = await productWithStock(20);
    const finished = await productWithStock(1);
    const bom = await m(`mutation($input: CreateBillOfMaterialsInput!) { createBillOfMaterials(input: $input) { billOfMaterials { id } errors { code message } } }`, {
      input: { productId: finished.id, components: [{ productId: c1.id, quantity: 2 }, { productId: c2.id, quantity: 1 }], activate: true },
    });
    expect(bom.data!.createBillOfMaterials.errors).toEqual([]);

    // 4 ordered, 1 in stock: production is requested for 3.
    const order = await winDeal([{ productId: finished.id, quantity: 4 }]);
    const waiting = await fx.stack.orchestrator!.waitForSaga(order.id, 20_000, ['WAITING']);
    expect(waiting.results.shortage).toEqual({ [finished.id]: 3 });
    const [mo] = (await documentsOf(order.id)).productionOrders;
    expect(mo).toMatchObject({ quantity: 3, status: 'PLANNED' });
    expect((await contractOrder(order.id)).status).toBe('IN_PRODUCTION');

    const stockOf = async (productId: string) => (await m(operation('operations', 'ProductStock'), { id: productId })).data!.product.stock;

    // Release: operations reserves the components (through production's event).
    expect((await m(operation('production', 'ReleaseProductionOrder'), { id: mo.id })).data!.releaseProductionOrder.errors).toEqual([]);
    await eventually('components reserved', () => stockOf(c1.id), (s) => s.reserved === 6);
    expect(await stockOf(c2.id)).toEqual({ onHand: 20, reserved: 3, available: 17 });
    expect((await m(operation('production', 'StartProductionOrder'), { id: mo.id })).data!.startProductionOrder.errors).toEqual([]);

    // Two steps on a work center, both done.
    const wc = await m(`mutation($input: CreateWorkCenterInput!) { createWorkCenter(input: $input) { workCenter { id } errors { message } } }`, { input: { code: `WC-${randomUUID().slice(0, 6)}`, name: 'Assembly bench' } });
    const workCenterId = wc.data!.createWorkCenter.workCenter.id;
    for (const [sequence, operationName] of [[1, 'Cutting'], [2, 'Assembly']] as const) {
      const wo = await m(`mutation($input: AddWorkOrderInput!) { addWorkOrder(input: $input) { workOrder { id } errors { message } } }`, {
        input: { productionOrderId: mo.id, sequence, operation: operationName, workCenterId, plannedMinutes: 30 },
      });
      const id = wo.data!.addWorkOrder.workOrder.id;
      expect((await m(`mutation($id: ID!) { startWorkOrder(id: $id) { errors { message } } }`, { id })).data!.startWorkOrder.errors).toEqual([]);
      expect((await m(`mutation($id: ID!) { completeWorkOrder(id: $id, actualMinutes: 25) { errors { message } } }`, { id })).data!.completeWorkOrder.errors).toEqual([]);
    }

    // A failed inspection blocks completion until a re-inspection passes.
    const inspect = (value: string) => m(`mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { inspection { result } errors { message } } }`, {
      input: { productionOrderId: mo.id, measurements: [{ name: 'length', value, target: '100.0', tolerance: '0.5' }] },
    });
    expect((await inspect('101.0')).data!.recordInspection.inspection.result).toBe('FAIL');
    const refused = await m(operation('production', 'CompleteProductionOrder'), { id: mo.id });
    expect(refused.data!.completeProductionOrder.productionOrder).toBeNull();
    expect(refused.data!.completeProductionOrder.errors.length).toBeGreaterThan(0);
    expect((await inspect('100.2')).data!.recordInspection.inspection.result).toBe('PASS');
    const completed = await m(operation('production', 'CompleteProductionOrder'), { id: mo.id });
    expect(completed.data!.completeProductionOrder).toEqual({ productionOrder: { id: mo.id, status: 'COMPLETED' }, errors: [] });

    // Operations consumes the components and receives the output; the saga reserves it and the order is READY.
    const done = await fx.stack.orchestrator!.waitForSaga(order.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.results.shortage).toEqual({});
    const d = await documentsOf(order.id);
    expect(d.status).toBe('READY');
    expect(d.reservations.filter((x: any) => x.status === 'RESERVED').reduce((n: number, x: any) => n + x.quantity, 0)).toBe(4);
    expect(d.productionOrders.map((x: any) => x.status)).toEqual(['COMPLETED']);
    expect(await stockOf(finished.id)).toEqual({ onHand: 4, reserved: 4, available: 0 });
    expect(await stockOf(c1.id)).toEqual({ onHand: 14, reserved: 0, available: 14 });
    expect(await stockOf(c2.id)).toEqual({ onHand: 17, reserved: 0, available: 17 });
    // Every level equals the sum of its ledger.
    await expectStockConsistent(fx.pg, [c1.id, c2.id, finished.id], { levels: 3 });
  }, 60_000);
  it("calls the subgraphs with the saga's own service role: what its steps need, nothing else", async () => {
    const keys = await KeyStoreFile.open(testConfig.keysDir);
    const client = new GatewayClient(fx.url, keys, { issuer: 'prometric-identity', audience: 'prometric-api' });
    const actor = { organizationId: fx.owner.organizationId, workspaceId: fx.owner.workspaceId, userId: fx.owner.userId, currency: 'USD' };
    const seen = await client.mutate(actor, document(`query { warehouses(first: 1) { totalCount } orders(first: 1) { totalCount } }`), {});
    expect(seen.warehouses.totalCount).toBeGreaterThan(0);
    // No HR, no members, no costs: refused at the gateway like any caller without the permission.
    await expect(client.mutate(actor, document(`query { employees(first: 1) { totalCount } }`), {})).rejects.toThrow(PermanentStepError);
    await expect(client.mutate(actor, document(`mutation($input: AddMemberInput!) { addMember(input: $input) { errors { code } } }`), { input: { email: 'x@y.z', role: 'ADMIN', name: 'X', password: 'long enough 1' } })).rejects.toThrow(/FORBIDDEN|refused/);
  });
  it('an order cancelled before the saga consumed its order.created: the saga starts CANCELLED and does nothing', async () => {
    const a = await productWithStock(10);
    const connection = new Redis(testConfig.redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('orchestrator', { connection, prefix: eventQueuePrefix(fx.databaseUrl) });
    const worker = fx.stack.orchestrator!.consumer.worker;
    try {
      // Hold the saga's queue while the order is won and cancelled at once.
      await worker.pause();
      const order = await winDeal([{ productId: a.id, quantity: 2 }]);
      expect((await gql(fx.url, operation('sales', 'CancelOrder'), { id: order.id, reason: 'changed my mind' }, fx.owner.token)).data!.cancelOrder.errors).toEqual([]);
      await fx.stack.sales.relay.flush();
      const eventsOf = async () => (await fx.pg.query(`select * from "sales"."outbox_event" where "aggregate_id" = $1 order by "aggregate_version"`, [order.id])).rows;
      const [created] = await eventsOf();
      expect(created.type).toBe('order.created');
      // order.created is delivered after the cancellation: take its job out, put it back later.
      expect(await queue.remove(created.id)).toBe(1);
      worker.resume();
      const cancelled = await fx.stack.orchestrator!.waitForSaga(order.id, 20_000, ['CANCELLED']);
      expect(cancelled.results).toEqual({});
      // Now order.created arrives, late.
      expect(await deliverAgain('orchestrator', outboxRowToEvent(created), `late-${created.id}`, { databaseUrl: fx.databaseUrl })).toBe('applied');
      await fx.stack.orchestrator!.flush();
      const saga = await fx.stack.orchestrator!.sagaOf(order.id);
      expect(saga).toMatchObject({ status: 'CANCELLED', cancelRequested: true, results: {} });
      const d = await documentsOf(order.id);
      expect(d).toMatchObject({ status: 'CANCELLED', invoices: [], reservations: [], productionOrders: [] });
    } finally {
      worker.resume();
      await queue.close();
      connection.disconnect();
    }
  });
});
