import { randomUUID } from 'node:crypto';
import { TransientStepError } from '../src';
import { createCustomer, createDeal, createOrder, createProduct, createWarehouse, eventually, gql, operation, receiveStock, signUpTenant, useStack, type Tenant } from '@prometric/testing';

/** Workspaces of this file: the test hooks apply to them only (the queue is shared: this stack drives other files' sagas too, untouched). */
const workspaces = new Set<string>();
/** Orders whose invoice step fails transiently once, then waits for `release` (to read the fulfilment mid-retry). */
const held = new Map<string, { failed: boolean; release: Promise<void> }>();

const FULFILMENT = /* GraphQL */ `
  query($id: ID!) {
    order(id: $id) {
      id status
      fulfilment {
        state sagaStatus blockedBy
        shortages { product { id sku } quantity }
        steps { name status at error }
      }
    }
  }`;

interface Step {
  name: string;
  status: string;
  at: string | null;
  error: string | null;
}

describe('Order.fulfilment: the saga, federated into sales’ Order', () => {
  const fx = useStack({
    database: 'fulfilment',
    orchestrator: {
      hooksApplyTo: (workspaceId) => workspaces.has(workspaceId),
      beforeStep: async (step, orderId) => {
        const hold = held.get(orderId);
        if (!hold || step !== 'invoice') return;
        if (!hold.failed) {
          hold.failed = true;
          throw new TransientStepError('finance has not seen the order yet');
        }
        await hold.release;
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

  const productWithStock = async (onHand: number, tenant: Tenant = fx.owner, warehouse = warehouseId) => {
    const product = await createProduct(fx.url, tenant.token, { price: '10.00' });
    if (onHand > 0) await receiveStock(fx.url, tenant.token, { productId: product.id, warehouseId: warehouse, quantity: onHand });
    return product;
  };

  const winDeal = async (lines: { productId: string; quantity: number }[], tenant: Tenant = fx.owner, customer = customerId) => {
    const deal = await createDeal(fx.url, tenant.token, customer, lines);
    const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, tenant.token);
    const order = won.data?.winDeal?.deal?.order;
    if (!order) throw new Error(`winDeal failed: ${JSON.stringify(won)}`);
    return order as { id: string };
  };

  const fulfilmentOf = async (id: string, token = fx.owner.token) => {
    const response = await gql(fx.url, FULFILMENT, { id }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.order?.fulfilment ?? null;
  };
  const statuses = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.name, s.status]));

  it('a won deal with stock: READY, every forward step DONE with its time, production SKIPPED, nothing blocking', async () => {
    const product = await productWithStock(10);
    const before = Date.now();
    const order = await winDeal([{ productId: product.id, quantity: 3 }]);
    await fx.stack.orchestrator!.waitForSaga(order.id);
    const f = await fulfilmentOf(order.id);
    expect(f).toMatchObject({ state: 'READY', sagaStatus: 'COMPLETED', blockedBy: null, shortages: [] });
    expect(statuses(f.steps)).toEqual({ INVOICE: 'DONE', RESERVE: 'DONE', PRODUCTION: 'SKIPPED', RECEIVE: 'SKIPPED', READY: 'DONE' });
    for (const step of f.steps as Step[]) {
      if (step.status === 'DONE') expect(Date.parse(step.at!)).toBeGreaterThanOrEqual(before - 1000);
      else expect(step.at).toBeNull();
      expect(step.error).toBeNull();
    }
    // In the saga's order.
    expect(Date.parse(f.steps[0].at)).toBeLessThanOrEqual(Date.parse(f.steps[4].at));
  });

  it('a shortage: WAITING_FOR_PRODUCTION, the missing units per product, and the production orders it waits for', async () => {
    const some = await productWithStock(2);
    const none = await productWithStock(0);
    const order = await winDeal([{ productId: some.id, quantity: 5 }, { productId: none.id, quantity: 4 }]);
    await fx.stack.orchestrator!.waitForSaga(order.id, 20_000, ['WAITING']);
    const f = await fulfilmentOf(order.id);
    expect(f.state).toBe('WAITING_FOR_PRODUCTION');
    expect(f.sagaStatus).toBe('WAITING');
    expect(f.shortages.map((s: { product: { id: string }; quantity: number }) => [s.product.id, s.quantity]).sort()).toEqual([[some.id, 3], [none.id, 4]].sort());
    // The product resolves through sales: the shortage names a real product.
    expect(f.shortages.find((s: { product: { id: string } }) => s.product.id === none.id).product.sku).toBe(none.sku);
    const numbers = (await gql(fx.url, `query($id: ID!) { order(id: $id) { productionOrders { number } } }`, { id: order.id }, fx.owner.token)).data!.order.productionOrders.map(
      (mo: { number: string }) => mo.number,
    );
    expect(numbers).toHaveLength(2);
    for (const number of numbers) expect(f.blockedBy).toContain(number);
    expect(statuses(f.steps)).toEqual({ INVOICE: 'DONE', RESERVE: 'DONE', PRODUCTION: 'DONE', RECEIVE: 'WAITING', READY: 'PENDING' });

    // Cancelled while waiting: the compensations appear, each DONE, and nothing is short any more.
    expect((await gql(fx.url, operation('sales', 'CancelOrder'), { id: order.id, reason: 'Customer changed their mind' }, fx.owner.token)).data!.cancelOrder.errors).toEqual([]);
    await fx.stack.orchestrator!.waitForSaga(order.id);
    const cancelled = await fulfilmentOf(order.id);
    expect(cancelled).toMatchObject({ state: 'CANCELLED', sagaStatus: 'CANCELLED', shortages: [] });
    expect(cancelled.blockedBy).toMatch(/cancelled/i);
    expect(statuses(cancelled.steps)).toEqual({
      INVOICE: 'DONE', RESERVE: 'DONE', PRODUCTION: 'DONE', RECEIVE: 'SKIPPED', READY: 'SKIPPED',
      UNDO_PRODUCTION: 'DONE', UNDO_RESERVE: 'DONE', UNDO_INVOICE: 'DONE',
    });
  });

  it('a dependency being retried shows as RETRYING with its error and in blockedBy, then clears', async () => {
    const product = await productWithStock(5);
    let release!: () => void;
    const deal = await createDeal(fx.url, fx.owner.token, customerId, [{ productId: product.id, quantity: 1 }]);
    // The order id is known only once won: hold by deal until then.
    const gate = new Promise<void>((resolve) => (release = resolve));
    const won = gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, fx.owner.token);
    const orderId = (await won).data!.winDeal.deal.order.id as string;
    held.set(orderId, { failed: false, release: gate });
    try {
      const retrying = await eventually('the invoice step retrying', () => fulfilmentOf(orderId), (f) => f?.steps?.[0]?.status === 'RETRYING', { timeoutMs: 15_000 });
      expect(retrying.state).toBe('INVOICING');
      expect(retrying.steps[0]).toMatchObject({ name: 'INVOICE', error: 'finance has not seen the order yet' });
      expect(retrying.blockedBy).toBe('Retrying invoice: finance has not seen the order yet');
    } finally {
      release();
    }
    await fx.stack.orchestrator!.waitForSaga(orderId);
    const done = await fulfilmentOf(orderId);
    expect(done).toMatchObject({ state: 'READY', blockedBy: null });
    expect(done.steps[0]).toMatchObject({ name: 'INVOICE', status: 'DONE', error: null });
  });

  it('a workspace without a warehouse: BLOCKED, saying why', async () => {
    const other = await signUpTenant(fx.url);
    workspaces.add(other.workspaceId);
    const product = await createProduct(fx.url, other.token, { price: '10.00' });
    const customer = (await createCustomer(fx.url, other.token)).id;
    const order = await winDeal([{ productId: product.id, quantity: 2 }], other, customer);
    await fx.stack.orchestrator!.waitForSaga(order.id);
    const f = await fulfilmentOf(order.id, other.token);
    expect(f).toMatchObject({ state: 'BLOCKED', sagaStatus: 'COMPLETED', shortages: [{ product: { id: product.id }, quantity: 2 }] });
    expect(f.blockedBy).toMatch(/no warehouse/);
    // The owner of this file's workspace cannot reach that order, nor its saga.
    const foreign = await gql(fx.url, FULFILMENT, { id: order.id }, fx.owner.token);
    expect(foreign.data!.order).toBeNull();
  });

  it('a draft order has no saga: NOT_STARTED with no steps', async () => {
    const product = await productWithStock(1);
    const created = await createOrder(fx.url, fx.owner.token, customerId, [{ productId: product.id, quantity: 1 }]);
    const id = created.data!.createOrder.order.id as string;
    expect(await fulfilmentOf(id)).toEqual({ state: 'NOT_STARTED', sagaStatus: null, blockedBy: null, shortages: [], steps: [] });
  });

  it('a page of orders shows each order’s fulfilment', async () => {
    const response = await gql(fx.url, `query { orders(first: 20) { edges { node { id fulfilment { state } } } } }`, {}, fx.owner.token);
    expect(response.errors).toBeUndefined();
    const states = response.data!.orders.edges.map((e: { node: { fulfilment: { state: string } } }) => e.node.fulfilment.state);
    expect(states.length).toBeGreaterThanOrEqual(4);
    expect(states).toEqual(expect.arrayContaining(['READY', 'CANCELLED', 'NOT_STARTED']));
  });
});
