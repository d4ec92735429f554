import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { KeyStoreFile, Role, TokenSigner } from '@prometric/core';
import { type RunningGateway } from '@prometric/gateway';
import {
  createCustomer,
  createOrder,
  createProduct,
  eventually,
  expectNothingWithin,
  forgeToken,
  gql,
  memberToken,
  operation,
  signUpTenant,
  subscribed,
  testConfig,
  useStack,
  wsClient,
  type LiveSubscription,
  type Tenant,
  type WsClient,
  startExtraGateway,
} from '@prometric/testing';

const ORDER_UPDATED = `subscription($id: ID) { orderUpdated(id: $id) { id number status version total { amount currency } createdBy { name } customer { name } } }`;
const UPDATE = `mutation($id: ID!, $notes: String) { updateOrder(input: { id: $id, notes: $notes }) { order { version } errors { code } } }`;

describe('subscriptions over WebSocket through the gateway', () => {
  const clients: WsClient[] = [];
  // Registered before the stack's own: jest runs afterAll hooks in declaration order, so the sockets close before the gateway.
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose().catch(() => undefined)));
  });
  const fx = useStack({ owner: false });
  let a: Tenant;
  let b: Tenant;
  const connect = (token: string | null, url = fx.url) => {
    const c = wsClient(url, token);
    clients.push(c);
    return c;
  };
  const newOrder = async (tenant: Tenant) => {
    const customer = await createCustomer(fx.url, tenant.token, { name: 'Live customer' });
    const product = await createProduct(fx.url, tenant.token, { price: '10.00', taxRate: '0' });
    return (await createOrder(fx.url, tenant.token, customer.id, [{ productId: product.id, quantity: 3 }])).data!.createOrder.order.id as string;
  };
  /** The result carrying exactly `version`: an order.created published late (by another test file's relay) may come first. */
  const waitVersion = (live: LiveSubscription, version: number) => live.waitForResult(`version ${version}`, (r) => r.data?.orderUpdated?.version === version);
  /** This stack's subscription hub: `subscribed` waits until it registered new subscriptions. */
  const hub = () => fx.stack.gateway.subscriptions;
  const update = async (tenant: Tenant, id: string, notes: string) => {
    const r = await gql(fx.url, UPDATE, { id, notes }, tenant.token);
    await fx.stack.sales.relay.flush();
    return r.data!.updateOrder.order.version as number;
  };

  beforeAll(async () => {
    [a, b] = await Promise.all([signUpTenant(fx.url), signUpTenant(fx.url)]);
  });
  it('delivers each change with fields from every subgraph (identity resolves createdBy)', async () => {
    const id = await newOrder(a);
    const client = connect(a.token);
    await client.connected;
    const live = await subscribed(hub(), () => client.subscribe(ORDER_UPDATED, { id }));
    await update(a, id, 'ring the bell');
    const event = await waitVersion(live, 2);
    expect(event).toEqual({
      data: { orderUpdated: { id, number: expect.stringMatching(/^SO-/), status: 'DRAFT', version: 2, total: { amount: '30.00', currency: 'USD' }, createdBy: { name: 'Test Owner' }, customer: { name: 'Live customer' } } },
    });
    await gql(fx.url, `mutation($id: ID!) { cancelOrder(id: $id) { errors { code } } }`, { id }, a.token);
    await fx.stack.sales.relay.flush();
    expect((await waitVersion(live, 3)).data!.orderUpdated).toMatchObject({ status: 'CANCELLED', version: 3 });
  });

  it("never delivers another workspace's events", async () => {
    const theirs = connect(b.token);
    const mine = connect(a.token);
    await Promise.all([theirs.connected, mine.connected]);
    const [bLive, aLive] = await subscribed(hub(), () => [theirs.subscribe(ORDER_UPDATED), mine.subscribe(ORDER_UPDATED)], 2);
    const id = await newOrder(a);
    await fx.stack.sales.relay.flush();
    await aLive.waitFor(1);
    expect(aLive.results[0].data!.orderUpdated.id).toBe(id);
    // A delivered, so B would have had it by now: give it a while longer to prove it never comes.
    await expectNothingWithin(500, "workspace A's order on workspace B's subscription", () => bLive.results);
  });

  it('applies field permissions to every event, and refuses the subscription without orders:read', async () => {
    const id = await newOrder(a);
    const warehouse = connect(await memberToken(fx.url, a, Role.WAREHOUSE));
    await warehouse.connected;
    const live = await subscribed(hub(), () => warehouse.subscribe(`subscription($id: ID) { orderUpdated(id: $id) { id version status customer { name } } }`, { id }));
    const hr = connect(await memberToken(fx.url, a, Role.HR));
    await hr.connected;
    const refused = hr.subscribe(ORDER_UPDATED, { id });
    await update(a, id, 'permissions');
    const event = await waitVersion(live, 2);
    expect(event.data).toEqual({ orderUpdated: { id, version: 2, status: 'DRAFT', customer: null } });
    expect(event.errors).toEqual([expect.objectContaining({ path: ['orderUpdated', 'customer'], extensions: { code: 'FORBIDDEN' } })]);
    const error = (await refused.error) as { message: string; extensions?: { code: string } }[];
    expect(error[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('delivers versions in increasing order and always the final state under 50 rapid updates', async () => {
    const id = await newOrder(a);
    const client = connect(a.token);
    await client.connected;
    const live = await subscribed(hub(), () => client.subscribe(`subscription($id: ID) { orderUpdated(id: $id) { version notes } }`, { id }));
    const updates = Array.from({ length: 50 }, (_, i) => gql(fx.url, UPDATE, { id, notes: `burst ${i}` }, a.token));
    await Promise.all(updates);
    await fx.stack.sales.relay.flush();
    const final = (await gql(fx.url, `query($id: ID!) { order(id: $id) { version notes } }`, { id }, a.token)).data!.order;
    expect(final.version).toBe(51);
    await live.waitForResult('version 51', (r) => r.data?.orderUpdated.version === 51, 10_000);
    const versions = live.results.map((r) => r.data!.orderUpdated.version as number);
    expect(versions.at(-1)).toBe(51);
    expect(live.results.at(-1)!.data!.orderUpdated.notes).toBe(final.notes);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]);
  });

  it('shares one re-read per event among subscribers with the same selection, tenant and scopes', async () => {
    // A workspace of its own: no other test's subscriptions react to its events.
    const c1 = await signUpTenant(fx.url);
    // The order's order.created must be behind the hub before counting: a workspace-wide watcher
    // receives it, then leaves, so only the update below is counted.
    const watcher = connect(c1.token);
    await watcher.connected;
    const all = await subscribed(hub(), () => watcher.subscribe(`subscription { orderUpdated { id version } }`));
    const id = await newOrder(c1);
    await fx.stack.sales.relay.flush();
    await all.waitForResult("the new order's order.created", (r) => r.data?.orderUpdated?.id === id);
    const watching = hub().statsNow().subscribers;
    all.dispose();
    await eventually('the watcher unsubscribed', async () => hub().statsNow().subscribers, (n) => n < watching);
    const subs = await subscribed(
      hub(),
      () =>
        Promise.all(
          Array.from({ length: 20 }, async () => {
            const c = connect(c1.token);
            await c.connected;
            return c.subscribe(`subscription($id: ID) { orderUpdated(id: $id) { id status version } }`, { id });
          }),
        ),
      20,
    );
    const before = fx.stack.gateway.subscriptions.statsNow();
    await update(c1, id, 'shared');
    await Promise.all(subs.map((s) => waitVersion(s, 2)));
    const after = fx.stack.gateway.subscriptions.statsNow();
    expect(after.reads - before.reads).toBe(1);
    expect(after.deliveries - before.deliveries).toBe(20);
  });

  it("fires on a change of the order's invoice too (composite version: the contract's OrderUpdated)", async () => {
    const id = await newOrder(a);
    await gql(fx.url, `mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id }, a.token);
    const client = connect(a.token);
    await client.connected;
    const live = await subscribed(hub(), () => client.subscribe(readFileSync(`${__dirname}/../../schema/operations/realtime.graphql`, 'utf8'), { id }));
    const waitFor = async (what: string, ok: (o: any) => boolean) =>
      (await live.waitForResult(what, (r) => !!r.data?.orderUpdated && ok(r.data.orderUpdated), 8000)).data!.orderUpdated;
    // Finance needs its snapshot of the order before it can invoice it.
    const invoice = await eventually(
      'finance drafting the invoice (it has seen the order)',
      async () => (await gql(fx.url, `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } errors { code } } }`, { input: { orderId: id } }, a.token)).data!.createInvoice.invoice as { id: string } | null,
      (drafted) => drafted !== null,
    );
    await gql(fx.url, `mutation($id: ID!) { issueInvoice(id: $id) { errors { code } } }`, { id: invoice!.id }, a.token);
    // Neither change moves the order's own version: only the invoice revision fires the subscription.
    expect(await waitFor('the ISSUED invoice', (o) => o.invoices[0]?.status === 'ISSUED')).toMatchObject({ id, status: 'CONFIRMED', invoices: [{ status: 'ISSUED', amountDue: { amount: '30.00' } }], productionOrders: [] });
    await gql(fx.url, operation('finance', 'RecordPayment'), { input: { invoiceId: invoice!.id, amount: '10.00', method: 'CASH' } }, a.token);
    expect(await waitFor('the payment', (o) => o.invoices[0]?.amountDue.amount === '20.00')).toMatchObject({ invoices: [{ status: 'PARTIALLY_PAID', amountDue: { amount: '20.00' } }] });
    // Deliveries never go back to an older state.
    const dues = live.results.map((r) => Number(r.data?.orderUpdated?.invoices[0]?.amountDue.amount ?? 30));
    expect([...dues].sort((x, y) => y - x)).toEqual(dues);
  });

  it('reaches subscribers on another gateway replica', async () => {
    const replica: RunningGateway = await startExtraGateway(fx.stack);
    try {
      const id = await newOrder(a);
      const client = connect(a.token, replica.url);
      await client.connected;
      // Registered on the replica before the change.
      const live = await subscribed(replica.subscriptions, () => client.subscribe(ORDER_UPDATED, { id }));
      await update(a, id, 'via replica A');
      expect((await waitVersion(live, 2)).data!.orderUpdated).toMatchObject({ id, version: 2, status: 'DRAFT' });
      await client.dispose();
    } finally {
      await replica.close();
    }
  });

  it('refuses an invalid subscription with validation errors, and keeps the connection', async () => {
    const client = connect(a.token);
    await client.connected;
    const bad = client.subscribe(`subscription { orderUpdated { nope } }`);
    const errors = (await bad.error) as { message: string }[];
    expect(errors[0].message).toMatch(/Cannot query field "nope"/);
    const again = client.subscribe(`subscription { orderUpdated { nope } }`);
    expect(((await again.error) as { message: string }[])[0].message).toMatch(/nope/);
    const id = await newOrder(a);
    const good = await subscribed(hub(), () => client.subscribe(`subscription($id: ID) { orderUpdated(id: $id) { id version } }`, { id }));
    await update(a, id, 'still connected');
    expect((await waitVersion(good, 2)).data!.orderUpdated.id).toBe(id);
  });

  describe('connection security', () => {
    const wsUrl = () => fx.url.replace(/^http/, 'ws');

    it('closes with 4408 when no connection_init arrives within 3 s', async () => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
      const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
      expect(code).toBe(4408);
    }, 10_000);

    it('closes with 4403 for a missing or forged token', async () => {
      expect((await connect(null).closed).code).toBe(4403);
      expect((await connect(await forgeToken('other-key', a)).closed).code).toBe(4403);
      expect((await connect(await forgeToken('expired', a)).closed).code).toBe(4403);
    });

    it('closes with 4403 when the token expires, so the client reconnects with a fresh one', async () => {
      const signer = new TokenSigner(() => keys.current(), { issuer: 'prometric-identity', audience: 'prometric-api' });
      const keys = await KeyStoreFile.open(testConfig.keysDir);
      const token = await signer.signAccessToken({ userId: a.userId, organizationId: a.organizationId, workspaceId: a.workspaceId, role: 'OWNER', currency: 'USD' }, 2);
      const client = connect(token);
      await client.connected;
      const started = Date.now();
      const { code } = await client.closed;
      expect(code).toBe(4403);
      expect(Date.now() - started).toBeLessThan(4000);
    }, 10_000);

    it('refuses frames over 1 MiB', async () => {
      const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
      await new Promise((r) => socket.on('open', r));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${a.token}` } }));
      await new Promise((r) => socket.once('message', r));
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: ORDER_UPDATED, variables: { pad: 'x'.repeat(1_100_000) } } }));
      const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
      expect(code).toBe(1009);
    });
  });
});
