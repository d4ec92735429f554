import http from 'node:http';
import { eventually, expectNothingWithin, gql, useStack } from '@prometric/testing';
import { guardedLookup } from '../src/webhooks/webhook-http';
import { WebhookReceiver } from './webhook-receiver';

const CREATE = /* GraphQL */ `
  mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret errors { code field message } } }`;
const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { webhook { id url } errors { code field message } } }`;
const DELIVERIES = /* GraphQL */ `query($id: ID) { webhookDeliveries(filter: { webhookId: $id }) { edges { node { status attempts statusCode error } } } }`;
const SUBMIT = /* GraphQL */ `mutation($input: SubmitExpenseInput!) { submitExpense(input: $input) { expense { id } errors { code } } }`;

/** A public address written as an IP literal (no DNS needed); nothing is ever sent to it here. */
const PUBLIC_URL = 'http://93.184.215.14/hook';

describe('webhooks in production mode: URLs to private addresses are refused (SSRF)', () => {
  // Its own database (and so its own queues): no other file's finance, which allows private URLs, takes its deliveries.
  const fx = useStack({ database: 'webhookssrf', pg: true, env: { WEBHOOKS_ALLOW_PRIVATE: 'false', WEBHOOKS_RETRY_BASE_MS: '100', WEBHOOKS_RETRY_WINDOW_MS: '60000' } });
  const receiver = new WebhookReceiver();
  beforeAll(() => receiver.start());
  afterAll(() => receiver.close());

  const rows = async () => (await fx.pg.query('select count(*)::int as c from finance.webhook where workspace_id = $1', [fx.owner.workspaceId])).rows[0].c as number;

  it('refuses loopback, private, link-local and metadata addresses with URL_NOT_ALLOWED, and stores nothing', async () => {
    for (const url of [`${receiver.url}/x`, 'http://localhost:8080/x', 'http://10.0.0.5/x', 'http://192.168.1.10/x', 'http://169.254.169.254/latest/meta-data', 'http://[::1]:8080/x', 'http://[::ffff:127.0.0.1]/x', 'http://0.0.0.0/x']) {
      const r = await gql(fx.url, CREATE, { input: { url, events: ['order.created'] } }, fx.owner.token);
      expect([url, r.data!.createWebhook.webhook, r.data!.createWebhook.secret, r.data!.createWebhook.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])]).toEqual([url, null, null, [['URL_NOT_ALLOWED', ['url']]]]);
    }
    const notHttp = await gql(fx.url, CREATE, { input: { url: 'file:///etc/passwd', events: ['order.created'] } }, fx.owner.token);
    expect(notHttp.data!.createWebhook.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID']);
    const withCredentials = await gql(fx.url, CREATE, { input: { url: 'http://user:pw@93.184.215.14/x', events: ['order.created'] } }, fx.owner.token);
    expect(withCredentials.data!.createWebhook.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID']);
    expect(await rows()).toBe(0);
    expect(receiver.received).toEqual([]);
  });

  it('accepts a public address, refuses moving it to a private one, and checks again when connecting (DNS rebinding)', async () => {
    const created = await gql(fx.url, CREATE, { input: { url: PUBLIC_URL, events: ['expense.submitted'] } }, fx.owner.token);
    expect(created.data!.createWebhook.errors).toEqual([]);
    const id: string = created.data!.createWebhook.webhook.id;
    const moved = await gql(fx.url, UPDATE, { id, input: { url: `${receiver.url}/rebound` } }, fx.owner.token);
    expect(moved.data!.updateWebhook.errors.map((e: { code: string }) => e.code)).toEqual(['URL_NOT_ALLOWED']);
    expect((await fx.pg.query('select url from finance.webhook where id = $1', [id])).rows[0].url).toBe(PUBLIC_URL);

    // As if the name now resolved to the receiver on loopback: the attempt is refused before connecting.
    await fx.pg.query('update finance.webhook set url = $2 where id = $1', [id, `${receiver.url}/rebound`]);
    await gql(fx.url, SUBMIT, { input: { description: 'x', category: 'OTHER', amount: '1.00', incurredOn: new Date().toISOString().slice(0, 10) } }, fx.owner.token);
    const log = await eventually('a refused attempt', async () => (await gql(fx.url, DELIVERIES, { id }, fx.owner.token)).data!.webhookDeliveries.edges, (e) => (e[0]?.node.attempts ?? 0) >= 1);
    expect(log[0].node).toMatchObject({ status: 'PENDING', statusCode: null, error: expect.stringContaining('not a public address') });
    await expectNothingWithin(300, 'a request reaching the private receiver', () => receiver.received);
  });

  it('the connect-time lookup refuses a host name that resolves to loopback', async () => {
    const error = await new Promise<Error>((resolve) => {
      const req = http.request(`${receiver.url.replace('127.0.0.1', 'localhost')}/by-name`, { method: 'POST', lookup: guardedLookup(false) }, () => resolve(new Error('connected')));
      req.on('error', resolve);
      req.end();
    });
    expect(error.message).toMatch(/localhost resolves to .*not a public address/);
    expect(receiver.received).toEqual([]);
  });
});
