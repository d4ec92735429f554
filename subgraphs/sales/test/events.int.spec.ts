import { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import { EVENTS_CHANNEL, eventQueuePrefix, type DomainEvent } from '@prometric/core';
import { createCustomer, createDeal, createProduct, eventually, gql, operation, testConfig, useStack } from '@prometric/testing';

const op = (name: string) => operation('sales', name);

/** Collects the live events of one workspace from Redis pub/sub. */
async function listen(workspaceId: string) {
  const sub = new Redis(testConfig.redisUrl);
  const events: DomainEvent[] = [];
  sub.on('message', (_channel, message) => {
    const event = JSON.parse(message) as DomainEvent;
    if (event.workspaceId === workspaceId) events.push(event);
  });
  await sub.subscribe(EVENTS_CHANNEL);
  const waitFor = (what: string, predicate: (types: string[]) => boolean, ms = 5000) =>
    eventually(`live events: ${what}`, async () => events.map((e) => e.type), predicate, { timeoutMs: ms, intervalMs: 25 });
  return { events, waitFor, close: () => sub.quit() };
}

describe('domain events: outbox → BullMQ and pub/sub', () => {
  const fx = useStack({ pg: true });
  let queue: Queue;
  let queueConnection: Redis;
  let deal: { id: string };

  beforeAll(async () => {
    queueConnection = new Redis(testConfig.redisUrl, { maxRetriesPerRequest: null });
    queue = new Queue('orchestrator', { connection: queueConnection, prefix: eventQueuePrefix(testConfig.databaseUrl) });
    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token, { price: '10.00' });
    deal = await createDeal(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 2 }]);
  });
  afterAll(async () => {
    await queue?.close();
    queueConnection?.disconnect();
  });

  const outboxRows = async () =>
    (await fx.pg.query('select id, type, aggregate_version, published_at from sales.outbox_event where workspace_id = $1 order by created_at, id', [fx.owner.workspaceId])).rows;

  it('winDeal commits deal.won and order.created together and publishes each once, with jobId = event id', async () => {
    const live = await listen(fx.owner.workspaceId);
    try {
      const win = await gql(fx.url, op('WinDeal'), { id: deal.id }, fx.owner.token);
      const orderId = win.data!.winDeal.deal.order.id;
      await fx.stack.sales.relay.flush();
      await live.waitFor('deal.won and order.created', (types) => types.length >= 2);

      expect(live.events.map((e) => e.type).sort()).toEqual(['deal.won', 'order.created']);
      const created = live.events.find((e) => e.type === 'order.created')!;
      expect(created).toMatchObject({
        aggregateType: 'Order',
        aggregateId: orderId,
        aggregateVersion: 1,
        organizationId: fx.owner.organizationId,
        actorId: fx.owner.userId,
        payload: { id: orderId, status: 'CONFIRMED', dealId: deal.id, total: '22.40', lines: [expect.objectContaining({ quantity: 2 })] },
      });
      // Another test file's relay may hold a row (SKIP LOCKED) when ours flushes: whichever publishes it.
      await eventually('every outbox row published', outboxRows, (rows) => rows.every((r) => r.published_at !== null));

      // order.created goes to its consumers' queues; deal.won only to finance's `webhooks` queue (the
      // event feed), never to the orchestrator's, and is delivered once that queue completed it.
      const job = await queue.getJob(created.id);
      expect(job?.name).toBe('order.created');
      expect(job?.data).toEqual(created);
      expect(created.schemaVersion).toBe(1);
      const won = live.events.find((e) => e.type === 'deal.won')!;
      expect(await queue.getJob(won.id)).toBeUndefined();
      await eventually('deal.won delivered', async () => (await fx.pg.query('select delivered_at from sales.outbox_event where id = $1', [won.id])).rows[0].delivered_at, (at) => at !== null);
    } finally {
      await live.close();
    }
  });

  it('a status change is order.updated with the next version; re-publishing a row adds no second job', async () => {
    const live = await listen(fx.owner.workspaceId);
    try {
      const order = (await gql(fx.url, `query($id: ID!) { deal(id: $id) { order { id } } }`, { id: deal.id }, fx.owner.token)).data!.deal.order;
      await gql(fx.url, op('CancelOrder'), { id: order.id, reason: 'test' }, fx.owner.token);
      await fx.stack.sales.relay.flush();
      await live.waitFor('order.updated', (types) => types.includes('order.updated'));
      const updated = live.events.find((e) => e.type === 'order.updated')!;
      expect(updated).toMatchObject({ aggregateId: order.id, aggregateVersion: 2, payload: { status: 'CANCELLED', previousStatus: 'CONFIRMED' } });

      const before = await queue.getJob(updated.id);
      // As if the relay had crashed between publishing and marking the row.
      await fx.pg.query('update sales.outbox_event set published_at = null where id = $1', [updated.id]);
      await fx.stack.sales.relay.flush();
      // Another test file's relay may hold the row (SKIP LOCKED) when ours flushes: wait for whichever publishes it.
      await eventually('every outbox row published', outboxRows, (rows) => rows.every((r) => r.published_at !== null), { timeoutMs: 5000 });
      const after = await queue.getJob(updated.id);
      expect(after?.timestamp).toBe(before?.timestamp);
    } finally {
      await live.close();
    }
  });

  it('a refused mutation writes no event', async () => {
    const before = (await outboxRows()).length;
    const again = await gql(fx.url, op('WinDeal'), { id: deal.id }, fx.owner.token);
    expect(again.data!.winDeal.errors[0].code).toBe('INVALID_TRANSITION');
    const cancelled = (await gql(fx.url, `query($id: ID!) { deal(id: $id) { order { id } } }`, { id: deal.id }, fx.owner.token)).data!.deal.order;
    const cancelAgain = await gql(fx.url, op('CancelOrder'), { id: cancelled.id }, fx.owner.token);
    expect(cancelAgain.data!.cancelOrder.errors[0].code).toBe('INVALID_TRANSITION');
    expect((await outboxRows()).length).toBe(before);
  });
});
