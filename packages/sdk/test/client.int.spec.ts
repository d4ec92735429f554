import { randomUUID } from 'node:crypto';
import {
  AddMemberDocument,
  CancelOrderDocument,
  CreateDealDocument,
  GraphQLResponseError,
  LoginDocument,
  MeDocument,
  OrderUpdatedDocument,
  PrometricError,
  RefreshTokenDocument,
  UserErrors,
  WinDealDocument,
  createClient,
  ok,
  type ClientOptions,
  type Tokens,
} from '../src';
import { createCustomer, createProduct, eventually, forgeToken, gql, shortLivedToken, subscribed, useStack } from '@prometric/testing';

/** The SDK against the real gateway and subgraphs: login, refresh-token rotation, typed errors, subscriptions. */
describe('@prometric/sdk against the real gateway', () => {
  const fx = useStack();
  const clients: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
  });

  /** A client on this stack whose requests (and token pairs) the test sees. */
  const sdk = (options: Omit<ClientOptions, 'url'>) => {
    const sent: string[] = [];
    const tokens: Tokens[] = [];
    const client = createClient({
      url: fx.url,
      retry: { baseDelayMs: 10 },
      ...options,
      onTokens: (t) => tokens.push(t),
      fetch: async (input, init) => {
        sent.push(JSON.parse(String(init?.body)).operationName);
        return fetch(input, init);
      },
    });
    clients.push(client);
    return { client, sent, tokens };
  };

  /** A fresh token pair of the owner (each test spends its own refresh token). */
  const ownerPair = async (): Promise<Tokens> => {
    const { client } = sdk({});
    const { login } = await client.request(LoginDocument, { email: fx.owner.email, password: fx.owner.password });
    return { accessToken: login.accessToken!, refreshToken: login.refreshToken! };
  };

  it('logs in on first use with email and password and sends typed documents', async () => {
    const { client, sent, tokens } = sdk({ credentials: { email: fx.owner.email, password: fx.owner.password } });
    const { me } = await client.request(MeDocument);
    expect(me).toMatchObject({ email: fx.owner.email, role: 'OWNER', workspace: { id: fx.owner.workspaceId } });
    expect(sent).toEqual(['Login', 'Me']);
    expect(tokens).toHaveLength(1);
    expect(client.tokens).toEqual(tokens[0]);
  });

  it('refreshes an expired access token once, rotating the refresh token, however many requests wait for it', async () => {
    const pair = await ownerPair();
    const expired = await forgeToken('expired', fx.owner);
    const { client, sent, tokens } = sdk({ credentials: { accessToken: expired, refreshToken: pair.refreshToken } });
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => client.request(MeDocument)));
    expect(answers.map((a) => a.me?.email)).toEqual(Array(5).fill(fx.owner.email));
    // One refresh for five requests: the refresh token is single-use, a second refresh would fail.
    expect(sent.filter((s) => s === 'RefreshToken')).toHaveLength(1);
    expect(sent.filter((s) => s === 'Me')).toHaveLength(5);
    expect(tokens).toHaveLength(1);
    expect(tokens[0].refreshToken).not.toBe(pair.refreshToken);
    // The old refresh token is spent: the rotation really happened on the server.
    const { client: other } = sdk({});
    const replay = await other.request(RefreshTokenDocument, { refreshToken: pair.refreshToken });
    expect(replay.refreshToken.accessToken ?? null).toBeNull();
    expect(replay.refreshToken.errors.map((e) => e.code)).toEqual(['INVALID_TOKEN']);
  });

  it('renews a token the gateway refuses (401) once and sends the request again', async () => {
    const pair = await ownerPair();
    const refused = await forgeToken('other-key', fx.owner);
    const { client, sent, tokens } = sdk({ credentials: { accessToken: refused, refreshToken: pair.refreshToken } });
    const { me } = await client.request(MeDocument);
    expect(me?.email).toBe(fx.owner.email);
    expect(sent).toEqual(['Me', 'RefreshToken', 'Me']);
    expect(tokens).toHaveLength(1);
  });

  it('with a spent refresh token and no password, fails UNAUTHENTICATED after one refresh attempt', async () => {
    const pair = await ownerPair();
    const { client: spender } = sdk({});
    ok((await spender.request(RefreshTokenDocument, { refreshToken: pair.refreshToken })).refreshToken);
    const { client, sent } = sdk({ credentials: { accessToken: await forgeToken('expired', fx.owner), refreshToken: pair.refreshToken } });
    const error = await client.request(MeDocument).catch((e) => e);
    expect(error).toBeInstanceOf(PrometricError);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(sent).toEqual(['RefreshToken']);
  });

  it('falls back to a new login when the refresh token is refused and the password is known', async () => {
    const { client, sent } = sdk({ credentials: { email: fx.owner.email, password: fx.owner.password, accessToken: await forgeToken('expired', fx.owner), refreshToken: 'spent.token' } });
    expect((await client.request(MeDocument)).me?.email).toBe(fx.owner.email);
    expect(sent).toEqual(['RefreshToken', 'Login', 'Me']);
  });

  it('does not retry a refused mutation: a typed error, one request, nothing created', async () => {
    const { client, sent } = sdk({ credentials: { accessToken: fx.owner.token } });
    const product = await createProduct(fx.url, fx.owner.token);
    const deals = async () => (await gql(fx.url, `{ deals(first: 1) { totalCount } }`, {}, fx.owner.token)).data!.deals.totalCount as number;
    const dealsBefore = await deals();
    // A variable of the wrong type: the gateway refuses the operation (BAD_USER_INPUT) before any subgraph runs it.
    const bad = await client
      .request(CreateDealDocument, { input: { title: 'Bad', customerId: randomUUID(), lines: [{ productId: product.id, quantity: 'three' as unknown as number }] } })
      .catch((e) => e);
    expect(bad).toBeInstanceOf(GraphQLResponseError);
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.attempts).toBe(1);
    // An unknown customer: an expected refusal, as data; `ok` turns it into UserErrors.
    const refused = await client.request(CreateDealDocument, { input: { title: 'Nobody', customerId: randomUUID(), lines: [{ productId: product.id, quantity: 1 }] } });
    expect(() => ok(refused.createDeal)).toThrow(UserErrors);
    expect(refused.createDeal?.deal ?? null).toBeNull();
    expect(sent).toEqual(['CreateDeal', 'CreateDeal']);
    expect(await deals()).toBe(dealsBefore);
  });

  it('subscribes over graphql-ws: an async iterator of typed results, ended by break', async () => {
    const { client } = sdk({ credentials: { email: fx.owner.email, password: fx.owner.password } });
    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token);
    const { createDeal } = await client.request(CreateDealDocument, { input: { title: 'Live', customerId: customer.id, lines: [{ productId: product.id, quantity: 2 }] } });
    const { winDeal } = await client.request(WinDealDocument, { id: ok(createDeal).deal!.id });
    const orderId = ok(winDeal).deal!.order!.id;

    const before = fx.stack.gateway.subscriptions.statsNow().subscribers;
    const live = await subscribed(fx.stack.gateway.subscriptions, () => client.subscribe(OrderUpdatedDocument, { id: orderId }));
    ok((await client.request(CancelOrderDocument, { id: orderId, reason: 'sdk test' })).cancelOrder);
    await fx.stack.sales.relay.flush();
    const seen: string[] = [];
    for await (const { orderUpdated } of live) {
      seen.push(orderUpdated!.status);
      if (orderUpdated!.status === 'CANCELLED') break;
    }
    expect(seen.at(-1)).toBe('CANCELLED');
    // break ended the subscription on the server too.
    await eventually('the subscription ended on the hub', async () => fx.stack.gateway.subscriptions.statsNow().subscribers, (n) => n === before);

    // return() while a next() waits ends both at once (no event needed to unblock it).
    const idle = await subscribed(fx.stack.gateway.subscriptions, () => client.subscribe(OrderUpdatedDocument, { id: orderId }));
    const pending = idle.next();
    await idle.return!();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    await eventually('the idle subscription ended on the hub', async () => fx.stack.gateway.subscriptions.statsNow().subscribers, (n) => n === before);
  });

  it('keeps a subscription across the gateway closing the socket at token expiry: reconnects with a refreshed token', async () => {
    const pair = await ownerPair();
    const { client, tokens } = sdk({ credentials: { accessToken: await shortLivedToken(fx.owner, 3), refreshToken: pair.refreshToken }, tokenRefreshSkewSeconds: 0 });
    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token);
    const deal = ok((await client.request(CreateDealDocument, { input: { title: 'Expiry', customerId: customer.id, lines: [{ productId: product.id, quantity: 1 }] } })).createDeal).deal!;
    const orderId = ok((await client.request(WinDealDocument, { id: deal.id })).winDeal).deal!.order!.id;
    expect(tokens).toEqual([]);

    const hub = fx.stack.gateway.subscriptions;
    const before = hub.statsNow().subscribers;
    const live = await subscribed(hub, () => client.subscribe(OrderUpdatedDocument, { id: orderId }));
    // The gateway closes the socket (4403 Token expired) when the 3 s token runs out; the client refreshes and subscribes again.
    await eventually('a refresh after the expiry close', async () => tokens.length, (n) => n === 1, { timeoutMs: 15_000 });
    await eventually('the subscription registered again', async () => hub.statsNow().subscribers, (n) => n === before + 1, { timeoutMs: 10_000 });
    ok((await client.request(CancelOrderDocument, { id: orderId, reason: 'after expiry' })).cancelOrder);
    await fx.stack.sales.relay.flush();
    for await (const { orderUpdated } of live) if (orderUpdated?.status === 'CANCELLED') break;
    expect(tokens).toHaveLength(1);
  }, 30_000);

  it('ends a refused subscription with a typed FORBIDDEN error', async () => {
    const email = `hr-${randomUUID()}@test.prometric.dev`;
    const password = 'member password 1';
    const { client: owner } = sdk({ credentials: { accessToken: fx.owner.token } });
    ok((await owner.request(AddMemberDocument, { input: { email, password, name: 'HR', role: 'HR' } })).addMember);
    const { client: hr } = sdk({ credentials: { email, password } });
    const error = await (async () => {
      for await (const _ of hr.subscribe(OrderUpdatedDocument, {})) return null;
      return null;
    })().catch((e) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error.code).toBe('FORBIDDEN');
  });
});
