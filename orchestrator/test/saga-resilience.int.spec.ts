import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  REPO_ROOT,
  createCustomer,
  createDeal,
  createProduct,
  eventually,
  createWarehouse,
  gql,
  operation,
  receiveStock,
  startPrivateRedis,
  testEnv,
  useStack,
  type PrivateRedis,
} from '@prometric/testing';
import { orchestratorEnvSchema, startOrchestrator } from '../src';

/**
 * The saga when things break: its process killed mid-burst, Redis restarted with jobs in it. This
 * file has a database and a Redis of its own, so its events meet only its own consumers.
 */
/** How long Redis stays down in the restart test (a duration of the scenario, not a wait for an effect). */
const REDIS_OUTAGE_MS = 500;
const ORDER_DOCUMENTS = /* GraphQL */ `
  query($id: ID!) { order(id: $id) { id status invoices { id status } reservations { status quantity orderLineId } lines { id quantity } } }`;

describe('order-to-cash saga resilience (own database and Redis)', () => {
  let redis: PrivateRedis;
  let customerId: string;
  let warehouseId: string;

  beforeAll(async () => {
    redis = await startPrivateRedis();
  }, 60_000);
  const fx = useStack(() => ({ database: 'resilience', redisUrl: redis.url, env: { OUTBOX_POLL_MS: '100' }, pg: true }));
  beforeAll(async () => {
    customerId = (await createCustomer(fx.url, fx.owner.token)).id;
    warehouseId = (await createWarehouse(fx.url, fx.owner.token, { code: `W-${randomUUID().slice(0, 6)}`, name: 'Main' })).id;
  });
  // After the stack's own afterAll (hooks run in declaration order): the stack needs its Redis to close.
  afterAll(async () => {
    await redis?.stop();
  });

  const startInProcess = () => startOrchestrator(orchestratorEnvSchema.parse({ ...testEnv({ DATABASE_URL: fx.databaseUrl, REDIS_URL: redis.url }), GATEWAY_URL: fx.url }));

  const productWithStock = async (onHand: number) => {
    const product = await createProduct(fx.url, fx.owner.token, { price: '10.00', taxRate: '0.12' });
    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId, quantity: onHand });
    return product;
  };

  const winDeals = async (productId: string, count: number, quantity: number, concurrency: number): Promise<string[]> => {
    const deals = [];
    for (let i = 0; i < count; i++) deals.push(await createDeal(fx.url, fx.owner.token, customerId, [{ productId, quantity }]));
    const orders: string[] = [];
    for (let i = 0; i < deals.length; i += concurrency) {
      const won = await Promise.all(deals.slice(i, i + concurrency).map((d) => gql(fx.url, operation('sales', 'WinDeal'), { id: d.id }, fx.owner.token)));
      orders.push(...won.map((w) => w.data!.winDeal.deal.order.id as string));
    }
    return orders;
  };

  const sagaStatuses = async (orderIds: string[]) => {
    const { rows } = await fx.pg.query(`select "status", count(*)::int as n from "orchestrator"."order_saga" where "order_id" = any($1) group by 1`, [orderIds]);
    return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
  };

  const waitAllCompleted = (orderIds: string[], timeoutMs: number) =>
    eventually('sagas not completed', () => sagaStatuses(orderIds), (statuses) => statuses.COMPLETED === orderIds.length, { timeoutMs, intervalMs: 100 });

  /** Exactly one effect per order: one ISSUED invoice, reservations summing to each line, no more. */
  const expectExactlyOnce = async (orderIds: string[]) => {
    for (const id of orderIds) {
      const o = (await gql(fx.url, ORDER_DOCUMENTS, { id }, fx.owner.token)).data!.order;
      expect([id, o.status]).toEqual([id, 'READY']);
      expect([id, o.invoices.map((i: any) => i.status)]).toEqual([id, ['ISSUED']]);
      for (const line of o.lines) {
        const reserved = o.reservations.filter((r: any) => r.orderLineId === line.id && r.status === 'RESERVED').reduce((s: number, r: any) => s + r.quantity, 0);
        expect([id, reserved]).toEqual([id, line.quantity]);
      }
    }
  };

  it('the orchestrator killed (SIGKILL) mid-burst and restarted finishes every saga exactly once', async () => {
    const product = await productWithStock(1000);
    const spawnOrchestrator = () => spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, 'orchestrator/src/main.ts')], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...testEnv({ DATABASE_URL: fx.databaseUrl, REDIS_URL: redis.url }),
        GATEWAY_URL: fx.url,
        SAGA_SWEEP_MS: '300',
        SAGA_STALE_MS: '1000',
        CONSUMER_STALLED_MS: '1500',
      },
      stdio: 'ignore',
    });
    let child: ChildProcess = spawnOrchestrator();
    try {
      const orders = await winDeals(product.id, 20, 2, 20);
      // Kill it while some sagas are done and others are still on their way.
      const going = await eventually(
        'the orchestrator getting going (some sagas COMPLETED, some RUNNING)',
        () => sagaStatuses(orders),
        (s) => (s.COMPLETED ?? 0) >= 1 && ((s.RUNNING ?? 0) >= 1 || s.COMPLETED === orders.length),
        { timeoutMs: 60_000, intervalMs: 10 },
      );
      if (going.COMPLETED === orders.length) throw new Error('every saga finished before the kill: the test proves nothing');
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const atKill = await sagaStatuses(orders);
      expect(atKill.COMPLETED ?? 0).toBeLessThan(orders.length);

      child = spawnOrchestrator();
      await waitAllCompleted(orders, 60_000);
      await expectExactlyOnce(orders);
      // Each order.created was applied once by the orchestrator however often it was delivered.
      const { rows } = await fx.pg.query(
        `select count(*)::int as n from "orchestrator"."processed_message" p join "sales"."outbox_event" e on e."id" = p."event_id"
         where e."type" = 'order.created' and e."aggregate_id" = any($1)`,
        [orders],
      );
      expect(rows[0].n).toBe(orders.length);
    } finally {
      child.kill('SIGKILL');
    }
  }, 150_000);

  it('Redis restarted (losing every queued job) during a burst of 100 won deals loses nothing: the outbox publishes the lost events again', async () => {
    const product = await productWithStock(1000);
    const orchestrator = await startInProcess();
    try {
      const first = await winDeals(product.id, 40, 1, 10);
      // Jobs pile up in Redis while the saga's worker is paused; then Redis dies with them.
      await orchestrator.consumer.worker.pause();
      const second = await winDeals(product.id, 30, 1, 10);
      await redis.kill();
      // An outage, not a blip: long enough for every client to see the connection refused and retry.
      await new Promise((resolve) => setTimeout(resolve, REDIS_OUTAGE_MS));
      await redis.start();
      orchestrator.consumer.worker.resume();
      const third = await winDeals(product.id, 30, 1, 10);
      const orders = [...first, ...second, ...third];
      expect(orders).toHaveLength(100);
      await waitAllCompleted(orders, 120_000);
      await expectExactlyOnce(orders);
      const republished = fx.stack.sales.relay.republishedCount;
      expect(republished).toBeGreaterThan(0);
      // Every order.created reached both of its queues (orchestrator and finance) in the end.
      await eventually(
        'order.created known delivered',
        async () => (await fx.pg.query(`select count(*)::int as n from "sales"."outbox_event" where "type" = 'order.created' and "aggregate_id" = any($1) and "delivered_at" is not null`, [orders])).rows[0].n,
        (n) => n === orders.length,
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      const stock = (await gql(fx.url, operation('operations', 'ProductStock'), { id: product.id }, fx.owner.token)).data!.product.stock;
      expect(stock).toEqual({ onHand: 1000, reserved: 100, available: 900 });
    } finally {
      await orchestrator.close();
    }
  }, 240_000);
});
