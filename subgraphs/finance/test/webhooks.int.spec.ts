import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Webhook as StandardWebhook, WebhookVerificationError } from 'standardwebhooks';
import { pruneEventFeed } from '@prometric/finance';
import { Role } from '@prometric/core';
import { createCustomer, createDeal, createOrder, createProduct, errorCodes, eventually, expectNothingWithin, gql, memberToken, migrateIsolatedDatabase, operation, signUpTenant, useStack, type Tenant } from '@prometric/testing';
import { WebhookReceiver, type Received } from './webhook-receiver';

const CREATE = /* GraphQL */ `
  mutation($input: CreateWebhookInput!) {
    createWebhook(input: $input) { webhook { id url events status selections { entity fields document } } secret errors { code field message } }
  }`;
const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { webhook { id status disabledReason consecutiveFailures } secret errors { code field message } } }`;
const ROTATE = /* GraphQL */ `mutation($id: ID!) { rotateWebhookSecret(id: $id) { webhook { id } secret errors { code message } } }`;
const TEST = /* GraphQL */ `mutation($id: ID!) { testWebhook(id: $id) { delivery { id eventType status statusCode latencyMs attempts } errors { code message } } }`;
const DELETE = /* GraphQL */ `mutation($id: ID!) { deleteWebhook(id: $id) { deletedId errors { code message } } }`;
const REDELIVER = /* GraphQL */ `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { delivery { id eventId status redeliveryOf } errors { code field message } } }`;
const WEBHOOKS = /* GraphQL */ `query { webhooks(first: 50) { edges { node { id url status disabledReason consecutiveFailures } } } }`;
const DELIVERIES = /* GraphQL */ `
  query($webhookId: ID) { webhookDeliveries(filter: { webhookId: $webhookId }, first: 100) { edges { node { id eventId eventType aggregateId status attempts statusCode latencyMs error redeliveryOf } } } }`;
const SUBMIT = /* GraphQL */ `mutation($input: SubmitExpenseInput!) { submitExpense(input: $input) { expense { id number } errors { code message } } }`;
const APPROVE = /* GraphQL */ `mutation($id: ID!) { approveExpense(id: $id) { expense { id status } errors { code message } } }`;
const PAID = /* GraphQL */ `mutation($id: ID!, $paidOn: String!) { markExpensePaid(id: $id, paidOn: $paidOn) { expense { id status } errors { code message } } }`;
const EVENTS = /* GraphQL */ `
  query($after: String, $types: [String!], $first: Int) {
    events(after: $after, types: $types, first: $first) { edges { cursor node { id type aggregateId aggregateType aggregateVersion time payload } } pageInfo { hasNextPage endCursor } }
  }`;

const TODAY = new Date().toISOString().slice(0, 10);

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  aggregateId: string;
  status: string;
  attempts: number;
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
  redeliveryOf: string | null;
}

/**
 * A database of these tests' own: its queues (the event queues' prefix is the database's name) meet
 * only these stacks, so no other test file's finance, with other webhook settings, takes a delivery.
 */
let databaseUrl: string;
beforeAll(() => {
  databaseUrl = migrateIsolatedDatabase('webhooks');
}, 60_000);

/** Short retry delays and window, so retries, FAILED and disabling happen within a test. */
const WEBHOOK_ENV = { WEBHOOKS_RETRY_BASE_MS: '100', WEBHOOKS_RETRY_WINDOW_MS: '2500', WEBHOOKS_DISABLE_AFTER_FAILURES: '2', WEBHOOKS_ALLOW_PRIVATE: 'true' };

describe('webhooks: signed, selection-shaped deliveries to a real receiver', () => {
  const fx = useStack(() => ({ databaseUrl, pg: true, orchestrator: true, env: WEBHOOK_ENV }));
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
  });
  afterAll(() => receiver.close());

  const create = async (input: Record<string, unknown>, token = fx.owner.token) => {
    const r = await gql(fx.url, CREATE, { input }, token);
    const p = r.data?.createWebhook;
    if (!p?.webhook) throw new Error(`createWebhook failed: ${JSON.stringify(r)}`);
    return p as { webhook: { id: string; selections: { entity: string; fields: string; document: string }[] }; secret: string };
  };
  const deliveries = async (webhookId: string, token = fx.owner.token): Promise<Delivery[]> =>
    (await gql(fx.url, DELIVERIES, { webhookId }, token)).data!.webhookDeliveries.edges.map((e: { node: Delivery }) => e.node);
  const submitExpense = async (token = fx.owner.token) => {
    const r = await gql(fx.url, SUBMIT, { input: { description: 'Taxi', category: 'TRAVEL', amount: '12.50', incurredOn: TODAY } }, token);
    return r.data!.submitExpense.expense as { id: string; number: string };
  };
  /** Verifies a request with the Standard Webhooks reference library and returns its parsed body. */
  const verified = (secret: string, r: Received) => new StandardWebhook(secret).verify(r.body, r.headers) as { id: string; type: string; time: string; tenant: string; data: Record<string, unknown> };

  it('delivers order.created and invoice.issued of a won deal, signed and shaped by the selection, read with the owner\'s scopes', async () => {
    const { webhook, secret } = await create({
      url: `${receiver.url}/orders`,
      events: ['order.created', 'invoice.issued'],
      selections: [
        { entity: 'Order', fields: '{ number status total { amount currency } customer { name } }' },
        { entity: 'Invoice', fields: '{ number status total { amount } order { number } }' },
      ],
    });
    expect(secret).toMatch(/^whsec_/);
    // The query deliveries send, as `pnpm trust` would register it for TRUSTED_DOCUMENTS=enforce.
    expect(webhook.selections[0]).toEqual({
      entity: 'Order', fields: '{ number status total { amount currency } customer { name } }',
      document: 'query WebhookData($id: ID!) {\n  entity: order(id: $id) {\n    number\n    status\n    total {\n      amount\n      currency\n    }\n    customer {\n      name\n    }\n  }\n}',
    });
    // The secret is stored encrypted and never readable again.
    const stored = (await fx.pg.query('select secret_encrypted from finance.webhook where id = $1', [webhook.id])).rows[0].secret_encrypted;
    expect(stored).not.toContain(secret.slice(6));
    expect(errorCodes(await gql(fx.url, `query { webhooks { edges { node { secret } } } }`, {}, fx.owner.token))).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    const customer = await createCustomer(fx.url, fx.owner.token, { name: 'Webhook Customer' });
    const product = await createProduct(fx.url, fx.owner.token, { price: '100.00', taxRate: '0.12' });
    const deal = await createDeal(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 2 }]);
    const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, fx.owner.token);
    const order = won.data!.winDeal.deal.order as { id: string; number: string };

    const got = await eventually('order.created and invoice.issued at the receiver', async () => receiver.on('/orders'), (r) => r.length >= 2, { timeoutMs: 30_000 });
    const bodies = got.map((r) => verified(secret, r));
    const created = bodies.find((b) => b.type === 'order.created')!;
    const issued = bodies.find((b) => b.type === 'invoice.issued')!;
    const orderEvent = (await fx.pg.query(`select id from sales.outbox_event where type = 'order.created' and aggregate_id = $1`, [order.id])).rows[0].id;
    expect(created).toEqual({ id: orderEvent, type: 'order.created', time: expect.any(String), tenant: fx.owner.workspaceId, data: { number: order.number, status: 'CONFIRMED', total: { amount: '224.00', currency: 'USD' }, customer: { name: 'Webhook Customer' } } });
    expect(got.find((r) => r.body.includes('"order.created"'))!.headers['webhook-id']).toBe(orderEvent);
    expect(issued.data).toEqual({ number: expect.stringMatching(/^INV-/), status: 'ISSUED', total: { amount: '224.00' }, order: { number: order.number } });
    // A body changed in transit, or another secret, does not verify.
    expect(() => verified(secret, { ...got[0], body: got[0].body.replace('224.00', '1.00') })).toThrow(WebhookVerificationError);
    expect(() => verified(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, got[0])).toThrow(WebhookVerificationError);

    const log = await deliveries(webhook.id);
    expect(log).toHaveLength(2);
    for (const d of log) expect(d).toMatchObject({ status: 'SUCCEEDED', attempts: 1, statusCode: 200, error: null, latencyMs: expect.any(Number) });
  }, 60_000);

  it('reads the data with the scopes of whoever created the webhook: an API key limited to orders:read gets no customer', async () => {
    const keyed = await gql(fx.url, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key errors { code message } } }`, { input: { name: 'Partner hooks', scopes: ['orders:read', 'webhooks:write'] } }, fx.owner.token);
    const apiKey: string = keyed.data!.createApiKey.key;
    expect(apiKey).toMatch(/^pk_/);
    const beyond = await gql(fx.url, CREATE, { input: { url: `${receiver.url}/scoped`, events: ['order.created', 'invoice.issued'] } }, apiKey);
    expect(beyond.data!.createWebhook.errors).toEqual([expect.objectContaining({ code: 'SCOPE_NOT_HELD', field: ['events', '1'] })]);
    const ok = await create({ url: `${receiver.url}/scoped`, events: ['order.created'], selections: [{ entity: 'Order', fields: '{ number status }' }] }, apiKey);
    const refused = await create({ url: `${receiver.url}/scoped-refused`, events: ['order.created'], selections: [{ entity: 'Order', fields: '{ number customer { name } }' }] }, apiKey);

    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token);
    const order = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 1 }])).data!.createOrder.order;
    const [got] = await eventually('the order, read with orders:read', async () => receiver.on('/scoped'), (r) => r.length === 1);
    expect(verified(ok.secret, got).data).toEqual({ number: order.number, status: order.status });
    // The customer needs customers:read, which the key lacks: the read is refused, nothing is sent,
    // and since no retry changes a refusal, the delivery fails at once.
    const [attempt] = await eventually('a refused read', () => deliveries(refused.webhook.id), (d) => d[0]?.status === 'FAILED');
    expect(attempt).toMatchObject({ status: 'FAILED', attempts: 1, statusCode: null, error: 'The data could not be read: Not allowed' });
    expect(receiver.on('/scoped-refused')).toEqual([]);
  }, 30_000);

  it('retries after 500 answers with backoff, then succeeds: same id and body every attempt, the attempt count in the log', async () => {
    receiver.respond('/flaky', (nth) => (nth < 2 ? 500 : 200));
    const { webhook, secret } = await create({ url: `${receiver.url}/flaky`, events: ['expense.submitted'], selections: [{ entity: 'Expense', fields: '{ number status amount { amount } }' }] });
    const expense = await submitExpense();
    const got = await eventually('three attempts', async () => receiver.on('/flaky'), (r) => r.length >= 3);
    expect(got.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(new Set(got.map((r) => r.body)).size).toBe(1);
    for (const r of got) expect(verified(secret, r).data).toEqual({ number: expense.number, status: 'SUBMITTED', amount: { amount: '12.50' } });
    // Backoff: the attempts are spread out, not sent back to back.
    expect(got[2].at - got[0].at).toBeGreaterThanOrEqual(100);
    const [log] = await eventually('the delivery SUCCEEDED', () => deliveries(webhook.id), (d) => d[0]?.status === 'SUCCEEDED');
    expect(log).toMatchObject({ status: 'SUCCEEDED', attempts: 3, statusCode: 200, error: null });
    await expectNothingWithin(300, 'a fourth attempt', () => receiver.on('/flaky').slice(3));
  }, 30_000);

  it('keeps each entity\'s order: a later event waits until the earlier one was delivered', async () => {
    receiver.respond('/ordered', (nth) => (nth < 2 ? 500 : 200));
    const { webhook } = await create({ url: `${receiver.url}/ordered`, events: ['expense.submitted', 'expense.approved', 'expense.paid'] });
    const accountant = await memberToken(fx.url, fx.owner, Role.ACCOUNTANT);
    const expense = await submitExpense();
    expect((await gql(fx.url, APPROVE, { id: expense.id }, accountant)).data!.approveExpense.errors).toEqual([]);
    expect((await gql(fx.url, PAID, { id: expense.id, paidOn: TODAY }, accountant)).data!.markExpensePaid.errors).toEqual([]);
    const got = await eventually('three events delivered', async () => receiver.on('/ordered').filter((r) => r.status === 200), (r) => r.length >= 3);
    // Every request, failed ones included: submitted (twice refused, then accepted) strictly before the rest.
    const types = receiver.on('/ordered').map((r) => (JSON.parse(r.body) as { type: string }).type);
    expect(types).toEqual(['expense.submitted', 'expense.submitted', 'expense.submitted', 'expense.approved', 'expense.paid']);
    expect(got.map((r) => (JSON.parse(r.body) as { data: { id: string } }).data)).toEqual([{ id: expense.id }, { id: expense.id }, { id: expense.id }]);
    // The receiver answers before the dispatcher records the answer: wait for the last record.
    const log = await eventually('three deliveries recorded', () => deliveries(webhook.id), (d) => d.every((x) => x.status !== 'PENDING'));
    expect(log.map((d) => d.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
  }, 30_000);

  it('marks a delivery FAILED when the window closes, disables the endpoint after repeated failures, and redelivers once re-enabled', async () => {
    let healthy = false;
    receiver.respond('/dead', () => (healthy ? 200 : 500));
    const { webhook } = await create({ url: `${receiver.url}/dead`, events: ['expense.submitted'] });
    await submitExpense();
    await submitExpense();
    const failed = await eventually('both deliveries FAILED', () => deliveries(webhook.id), (d) => d.length === 2 && d.every((x) => x.status === 'FAILED'), { timeoutMs: 25_000 });
    for (const d of failed) {
      // Retried within the 2.5 s window (how often depends on the machine's load: at least once more).
      expect(d.attempts).toBeGreaterThanOrEqual(2);
      expect(d).toMatchObject({ statusCode: 500, error: 'The endpoint answered 500' });
    }
    const list = (await gql(fx.url, WEBHOOKS, {}, fx.owner.token)).data!.webhooks.edges.map((e: { node: { id: string } }) => e.node);
    expect(list.find((w: { id: string }) => w.id === webhook.id)).toEqual({
      id: webhook.id, url: `${receiver.url}/dead`, status: 'DISABLED', consecutiveFailures: 2, disabledReason: expect.stringContaining('2 deliveries in a row failed'),
    });
    // A disabled endpoint gets nothing new, and its deliveries are not sent again.
    await submitExpense();
    const requests = receiver.on('/dead').length;
    await expectNothingWithin(700, 'a delivery to a disabled endpoint', async () => (await deliveries(webhook.id)).slice(2));
    expect(receiver.on('/dead')).toHaveLength(requests);
    const refused = await gql(fx.url, REDELIVER, { id: failed[0].id }, fx.owner.token);
    expect(refused.data!.redeliverWebhook).toEqual({ delivery: null, errors: [expect.objectContaining({ code: 'INVALID_TRANSITION' })] });

    healthy = true;
    const enabled = await gql(fx.url, UPDATE, { id: webhook.id, input: { active: true } }, fx.owner.token);
    expect(enabled.data!.updateWebhook.webhook).toEqual({ id: webhook.id, status: 'ACTIVE', disabledReason: null, consecutiveFailures: 0 });
    const again = await gql(fx.url, REDELIVER, { id: failed[0].id }, fx.owner.token);
    expect(again.data!.redeliverWebhook.errors).toEqual([]);
    expect(again.data!.redeliverWebhook.delivery).toMatchObject({ eventId: failed[0].eventId, redeliveryOf: failed[0].id, status: 'PENDING' });
    const redelivered = await eventually('the redelivery SUCCEEDED', () => deliveries(webhook.id), (d) => d.some((x) => x.redeliveryOf === failed[0].id && x.status === 'SUCCEEDED'));
    expect(redelivered.find((x) => x.redeliveryOf)).toMatchObject({ attempts: 1, statusCode: 200 });
    expect(receiver.on('/dead').filter((r) => r.status === 200).map((r) => r.headers['webhook-id'])).toEqual([failed[0].eventId]);
  }, 60_000);

  it('never sends one workspace\'s events to another\'s endpoint, nor shows it its webhooks or deliveries', async () => {
    const other: Tenant = await signUpTenant(fx.url);
    const mine = await create({ url: `${receiver.url}/mine`, events: ['expense.submitted'] });
    const theirs = await create({ url: `${receiver.url}/theirs`, events: ['expense.submitted'] }, other.token);
    await submitExpense();
    await eventually('my delivery', async () => receiver.on('/mine'), (r) => r.length === 1);
    await expectNothingWithin(500, 'the other workspace receiving my event', () => receiver.on('/theirs'));
    expect(await deliveries(theirs.webhook.id, other.token)).toEqual([]);
    const [myDelivery] = await deliveries(mine.webhook.id);
    expect(await deliveries(mine.webhook.id, other.token)).toEqual([]);
    expect((await gql(fx.url, WEBHOOKS, {}, other.token)).data!.webhooks.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([theirs.webhook.id]);
    expect(errorCodes(await gql(fx.url, REDELIVER, { id: myDelivery.id }, other.token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(fx.url, UPDATE, { id: mine.webhook.id, input: { active: false } }, other.token))).toEqual(['NOT_FOUND']);
    // The other workspace's own event goes to its own endpoint only.
    await submitExpense(other.token);
    await eventually('their delivery', async () => receiver.on('/theirs'), (r) => r.length === 1);
    expect(JSON.parse(receiver.on('/theirs')[0].body).tenant).toBe(other.workspaceId);
    expect(receiver.on('/mine')).toHaveLength(1);
  }, 30_000);

  it('refuses bad input with typed errors and stores nothing; only webhooks:write manages webhooks', async () => {
    const before = (await fx.pg.query('select count(*)::int as c from finance.webhook where workspace_id = $1', [fx.owner.workspaceId])).rows[0].c;
    const bad = await gql(fx.url, CREATE, {
      input: { url: 'ftp://example.com/x', events: ['order.created', 'no.such'], filter: { nested: { a: 1 } }, selections: [{ entity: 'Order', fields: '{ number(' }, { entity: 'Reservation', fields: '{ id }' }], secret: 'short' },
    }, fx.owner.token);
    expect(bad.data!.createWebhook.webhook).toBeNull();
    expect(bad.data!.createWebhook.errors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'url'], ['INVALID', 'events.1'], ['INVALID', 'filter.nested'], ['INVALID', 'selections.0.fields'], ['INVALID', 'selections.1.entity'], ['INVALID', 'secret'],
    ]);
    expect((await fx.pg.query('select count(*)::int as c from finance.webhook where workspace_id = $1', [fx.owner.workspaceId])).rows[0].c).toBe(before);
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    expect(errorCodes(await gql(fx.url, CREATE, { input: { url: `${receiver.url}/x`, events: ['order.created'] } }, rep))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(fx.url, WEBHOOKS, {}, rep))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(fx.url, DELIVERIES, {}, rep))).toEqual(['FORBIDDEN']);
  });

  it('queues again a PENDING delivery whose job Redis lost (the sweep), and only once it has been idle', async () => {
    const { webhook } = await create({ url: `${receiver.url}/lost`, events: ['expense.submitted'] });
    const eventId = randomUUID();
    const aggregateId = randomUUID();
    // A delivery committed while its job never reached Redis (or Redis lost it since).
    await fx.pg.query(
      `insert into finance.webhook_delivery (id, organization_id, workspace_id, webhook_id, event_id, event_type, aggregate_type, aggregate_id, occurred_at, event_payload, updated_at)
       values ($1, $2, $3, $4, $5, 'expense.submitted', 'Expense', $6, now(), '{}', now() - interval '2 minutes')`,
      [randomUUID(), fx.owner.organizationId, fx.owner.workspaceId, webhook.id, eventId, aggregateId],
    );
    const owner = new Pool({ connectionString: databaseUrl, max: 1 });
    try {
      // Idle for two minutes: not yet "stuck" by a ten-minute measure, stuck by a one-minute one.
      await fx.stack.finance.dispatcher.requeueStuck(owner, 10 * 60_000);
      await expectNothingWithin(300, 'a delivery queued before it was idle long enough', () => receiver.on('/lost'));
      expect(await fx.stack.finance.dispatcher.requeueStuck(owner, 60_000)).toBeGreaterThanOrEqual(1);
    } finally {
      await owner.end();
    }
    const [got] = await eventually('the lost delivery', async () => receiver.on('/lost'), (r) => r.length === 1);
    expect(JSON.parse(got.body)).toMatchObject({ id: eventId, type: 'expense.submitted', data: { id: aggregateId } });
    expect((await deliveries(webhook.id))[0]).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
  });

  it('testWebhook sends a signed ping now; rotateWebhookSecret signs the next one with a new secret; deleteWebhook stops deliveries', async () => {
    const { webhook, secret } = await create({ url: `${receiver.url}/ping`, events: ['expense.submitted'], secret: `whsec_${Buffer.alloc(32, 9).toString('base64')}` });
    expect(secret).toBe(`whsec_${Buffer.alloc(32, 9).toString('base64')}`);
    const ping = await gql(fx.url, TEST, { id: webhook.id }, fx.owner.token);
    expect(ping.data!.testWebhook).toEqual({ delivery: { id: expect.any(String), eventType: 'webhook.test', status: 'SUCCEEDED', statusCode: 200, latencyMs: expect.any(Number), attempts: 1 }, errors: [] });
    expect(verified(secret, receiver.on('/ping')[0])).toMatchObject({ type: 'webhook.test', tenant: fx.owner.workspaceId, data: { webhookId: webhook.id } });

    const rotated = await gql(fx.url, ROTATE, { id: webhook.id }, fx.owner.token);
    const fresh: string = rotated.data!.rotateWebhookSecret.secret;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(secret);
    await gql(fx.url, TEST, { id: webhook.id }, fx.owner.token);
    const second = receiver.on('/ping')[1];
    expect(verified(fresh, second).type).toBe('webhook.test');
    expect(() => verified(secret, second)).toThrow(WebhookVerificationError);

    expect((await gql(fx.url, DELETE, { id: webhook.id }, fx.owner.token)).data!.deleteWebhook).toEqual({ deletedId: webhook.id, errors: [] });
    await submitExpense();
    await expectNothingWithin(500, 'a delivery to a deleted webhook', () => receiver.on('/ping').slice(2));
    expect(errorCodes(await gql(fx.url, TEST, { id: webhook.id }, fx.owner.token))).toEqual(['NOT_FOUND']);
  });
});

describe('event feed: events(after:, types:)', () => {
  const fx = useStack(() => ({ databaseUrl, pg: true, env: WEBHOOK_ENV }));

  const submit = async (token = fx.owner.token) =>
    (await gql(fx.url, SUBMIT, { input: { description: 'Feed', category: 'OTHER', amount: '5.00', incurredOn: TODAY } }, token)).data!.submitExpense.expense as { id: string };
  const page = (vars: Record<string, unknown>, token = fx.owner.token) => gql(fx.url, EVENTS, vars, token);
  const types = (r: Awaited<ReturnType<typeof page>>) => r.data!.events.edges.map((e: { node: { type: string } }) => e.node.type);

  it('pages oldest first, catches up after a cursor, filters by type, and shows nothing of another workspace', async () => {
    const first = await submit();
    const second = await submit();
    const all = await eventually('both submissions in the feed', () => page({}), (r) => (r.data?.events.edges.length ?? 0) >= 2);
    expect(all.data!.events.edges.map((e: { node: { aggregateId: string } }) => e.node.aggregateId)).toEqual([first.id, second.id]);
    expect(all.data!.events.edges[0].node).toMatchObject({ type: 'expense.submitted', aggregateType: 'Expense', aggregateVersion: 1, payload: expect.objectContaining({ id: first.id, status: 'SUBMITTED' }) });
    const outboxId = (await fx.pg.query(`select id from finance.outbox_event where aggregate_id = $1`, [first.id])).rows[0].id;
    expect(all.data!.events.edges[0].node.id).toBe(outboxId);

    // One at a time: the cursor of page one starts page two, with nothing repeated.
    const one = await page({ first: 1 });
    expect(one.data!.events.pageInfo.hasNextPage).toBe(true);
    const two = await page({ first: 1, after: one.data!.events.pageInfo.endCursor });
    expect(two.data!.events.edges[0].node.aggregateId).toBe(second.id);

    // A partner that was down reads exactly what happened since its cursor.
    const cursor = all.data!.events.pageInfo.endCursor;
    const accountant = await memberToken(fx.url, fx.owner, Role.ACCOUNTANT);
    await gql(fx.url, APPROVE, { id: first.id }, accountant);
    const third = await submit();
    const caughtUp = await eventually('the new events after the cursor', () => page({ after: cursor }), (r) => (r.data?.events.edges.length ?? 0) >= 2);
    expect(caughtUp.data!.events.edges.map((e: { node: { type: string; aggregateId: string } }) => [e.node.type, e.node.aggregateId])).toEqual([['expense.approved', first.id], ['expense.submitted', third.id]]);
    const onlyApproved = await page({ types: ['expense.approved'] });
    expect(types(onlyApproved)).toEqual(['expense.approved']);
    // An empty page keeps the cursor where it was.
    const empty = await page({ after: caughtUp.data!.events.pageInfo.endCursor });
    expect(empty.data!.events).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: caughtUp.data!.events.pageInfo.endCursor } });

    const other = await signUpTenant(fx.url);
    expect((await page({}, other.token)).data!.events.edges).toEqual([]);
    await submit(other.token);
    const theirs = await eventually('their own event', () => page({}, other.token), (r) => (r.data?.events.edges.length ?? 0) === 1);
    expect(theirs.data!.events.edges[0].node.aggregateId).not.toBe(first.id);
  }, 30_000);

  it('keeps events for the retention period: older ones are pruned, newer ones stay', async () => {
    const recent = await submit();
    await eventually('the recent event', () => page({}), (r) => r.data!.events.edges.some((e: { node: { aggregateId: string } }) => e.node.aggregateId === recent.id));
    const old = randomUUID();
    await fx.pg.query(
      `insert into finance.feed_event (id, type, schema_version, aggregate_type, aggregate_id, aggregate_version, organization_id, workspace_id, occurred_at, received_at, payload)
       values ($1, 'expense.submitted', 1, 'Expense', $2, 1, $3, $4, now() - interval '40 days', now() - interval '40 days', '{}')`,
      [old, randomUUID(), fx.owner.organizationId, fx.owner.workspaceId],
    );
    const ids = async () => (await page({ first: 100 })).data!.events.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids()).toContain(old);
    const owner = new Pool({ connectionString: databaseUrl, max: 1 });
    try {
      expect((await pruneEventFeed(owner, 30)).events).toBeGreaterThanOrEqual(1);
    } finally {
      await owner.end();
    }
    const after = await ids();
    expect(after).not.toContain(old);
    expect(after.length).toBeGreaterThanOrEqual(1);
  });

  it('authorizes each type by the reader\'s scopes: a sales rep sees no expense events and may not ask for them', async () => {
    await submit();
    await eventually('the owner sees the event', () => page({}), (r) => (r.data?.events.edges.length ?? 0) >= 1);
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    expect(types(await page({}, rep)).filter((t: string) => t.startsWith('expense.'))).toEqual([]);
    expect(errorCodes(await page({ types: ['expense.submitted'] }, rep))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await page({ types: ['no.such'] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await page({ after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(fx.url, EVENTS, {}, null))).toEqual(['UNAUTHENTICATED']);
  });
});
