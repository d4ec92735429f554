import { join } from 'node:path';
import { print } from 'graphql';
import { DEFAULT_RATE_LIMITS, readTrustedDocuments, type RunningGateway } from '@prometric/gateway';
import { REPO_ROOT, createCustomer, createOrder, createProduct, gql, subscribed, useStack, wsClient, startExtraGateway } from '@prometric/testing';
import * as generated from '../../schema/generated/graphql';

const UPDATE = `mutation($id: ID!, $notes: String) { updateOrder(input: { id: $id, notes: $notes }) { order { version } errors { code } } }`;
const PAGE = 'query { products(first: 20) { totalCount edges { node { id sku name } } } }';

/**
 * A subscription's events are re-read by the gateway itself (a query derived from the subscription,
 * run in process): they must reach a subscriber of a production gateway (trusted documents enforced,
 * rate limits on), and must not spend the subscriber's budget, which other members' changes would
 * otherwise drain.
 */
describe('subscriptions behind the edge (enforced documents, rate limits)', () => {
  const fx = useStack();
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startExtraGateway(fx.stack, {
      trustedDocuments: { mode: 'enforce', documents: readTrustedDocuments(join(REPO_ROOT, 'schema/trusted-documents.json')) },
      rateLimits: { ...DEFAULT_RATE_LIMITS, userPointsPerMinute: 800 },
    });
  });
  afterAll(() => gateway.close());

  it('delivers every event of a registered subscription, spending none of the subscriber budget', async () => {
    const customer = await createCustomer(fx.url, fx.owner.token, { name: 'Edge customer' });
    const product = await createProduct(fx.url, fx.owner.token, { price: '10.00', taxRate: '0' });
    const id = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 1 }])).data!.createOrder.order.id as string;
    const client = wsClient(gateway.url, fx.owner.token);
    try {
      await client.connected;
      const live = await subscribed(gateway.subscriptions, () => client.subscribe(print(generated.OrderUpdatedDocument), { id }));
      // More re-reads (~57 points each) than the budget of 800 points would pay for.
      for (let i = 0; i < 16; i++) {
        await gql(fx.url, UPDATE, { id, notes: `edge ${i}` }, fx.owner.token);
        await fx.stack.sales.relay.flush();
        await live.waitForResult(`update ${i}`, (r) => r.data?.orderUpdated?.id === id && live.results.length > i);
      }
      expect(live.results.every((r) => r.errors === undefined && r.data?.orderUpdated?.id === id)).toBe(true);
      // The budget is the subscriber's still: two pages spend twice one page's cost from the full 800.
      const remaining = [];
      for (let i = 0; i < 2; i++) {
        const page = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${fx.owner.token}` },
          body: JSON.stringify({ query: print(generated.ProductsDocument), variables: { first: 20 } }),
        });
        expect(page.status).toBe(200);
        remaining.push(Number(page.headers.get('ratelimit-remaining')));
      }
      const pageCost = remaining[0] - remaining[1];
      expect(pageCost).toBeGreaterThan(0);
      expect(remaining[0]).toBe(800 - pageCost);
    } finally {
      await client.dispose();
    }
  }, 30_000);

  it('still refuses an ad hoc document over HTTP', async () => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${fx.owner.token}` }, body: JSON.stringify({ query: PAGE }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', reason: 'DOCUMENT_NOT_TRUSTED' });
  });
});
