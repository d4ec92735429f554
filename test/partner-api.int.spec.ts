import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { createLogger } from '@prometric/core';
import { type RunningGateway } from '@prometric/gateway';
import { REPO_ROOT, createCustomer, createOrder, createProduct, errorCodes, gql, memberToken, signUpTenant, useStack, type GraphQLResponse, startExtraGateway } from '@prometric/testing';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix scopes expiresAt lastUsedAt revokedAt createdBy { id } } errors { code field message } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } errors { code field } } }`;
const KEYS = `query($filter: ApiKeyFilter) { apiKeys(first: 50, filter: $filter) { totalCount edges { node { id prefix scopes lastUsedAt revokedAt createdBy { id } } } } }`;
const ORDERS_AND_INVOICES = `{ orders(first: 5) { totalCount } invoices(first: 5) { totalCount } }`;
const ORDERS = `{ orders(first: 5) { totalCount } }`;

/** A request sent with the key in `X-Api-Key` instead of `Authorization`. */
async function withHeader(url: string, key: string, query: string): Promise<GraphQLResponse> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query }) });
  return { ...((await res.json()) as GraphQLResponse), status: res.status };
}

describe('API keys for integrations, through the real gateway', () => {
  const fx = useStack({ pg: true });
  const logs: string[] = [];
  let replica: RunningGateway;
  const owner = (query: string, variables: Record<string, unknown> = {}) => gql(fx.url, query, variables, fx.owner.token);
  const create = async (input: Record<string, unknown>, token = fx.owner.token) => (await gql(fx.url, CREATE, { input }, token)).data!.createApiKey;

  beforeAll(async () => {
    // A second gateway, as in production (introspection off), whose logs the test reads at debug level.
    const sink = new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) });
    replica = await startExtraGateway(fx.stack, { logger: createLogger('gateway', 'debug', sink) });
    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token);
    await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 1 }]);
  });
  afterAll(() => replica?.close());

  it('reads orders with an orders:read key and is refused invoices at their path; lastUsedAt moves', async () => {
    const created = await create({ name: 'Webshop sync', scopes: ['orders:read'] });
    expect(created.errors).toEqual([]);
    const { key, apiKey } = created;
    expect(key).toMatch(/^pk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey).toMatchObject({ name: 'Webshop sync', scopes: ['orders:read'], lastUsedAt: null, revokedAt: null, createdBy: { id: fx.owner.userId } });

    const read = await gql(fx.url, ORDERS_AND_INVOICES, {}, key);
    expect(read.data).toEqual({ orders: { totalCount: 1 }, invoices: null });
    expect(read.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[['invoices'], 'FORBIDDEN']]);
    const order = (await gql(fx.url, `{ orders(first: 1) { edges { node { id } } } }`, {}, key)).data!.orders.edges[0].node.id;
    const nested = await gql(fx.url, `query($id: ID!) { order(id: $id) { id invoices { id } } }`, { id: order }, key);
    expect(nested.data).toEqual({ order: { id: order, invoices: null } });
    expect(nested.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[['order', 'invoices'], 'FORBIDDEN']]);
    // The same key in X-Api-Key; writing is beyond its scopes.
    expect((await withHeader(fx.url, key, ORDERS)).data).toEqual({ orders: { totalCount: 1 } });
    const write = await gql(fx.url, `mutation { createCustomer(input: { name: "By key" }) { customer { id } errors { code } } }`, {}, key);
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);

    const listed = (await owner(KEYS)).data!.apiKeys.edges.map((e: { node: { id: string } }) => e.node).find((n: { id: string }) => n.id === apiKey.id);
    expect(Date.parse(listed.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(apiKey.lastUsedAt ?? '1970-01-01'));
    expect(Date.now() - Date.parse(listed.lastUsedAt)).toBeLessThan(60_000);
  });

  it('refuses a revoked key at once, on every gateway that was keeping its token', async () => {
    const { key, apiKey } = await create({ name: 'To revoke', scopes: ['orders:read'] });
    expect((await gql(fx.url, ORDERS, {}, key)).data).toEqual({ orders: { totalCount: 1 } });
    expect((await gql(replica.url, ORDERS, {}, key)).data).toEqual({ orders: { totalCount: 1 } });

    const revoked = await owner(REVOKE, { id: apiKey.id });
    expect(revoked.data!.revokeApiKey).toMatchObject({ apiKey: { id: apiKey.id }, errors: [] });
    for (const url of [fx.url, replica.url]) {
      const r = await gql(url, ORDERS, {}, key);
      expect([r.status, errorCodes(r), r.data ?? null]).toEqual([401, ['UNAUTHENTICATED'], null]);
      expect(errorCodes(await withHeader(url, key, ORDERS))).toEqual(['UNAUTHENTICATED']);
    }
    expect((await owner(REVOKE, { id: apiKey.id })).data!.revokeApiKey.errors).toEqual([{ code: 'INVALID_TRANSITION', field: ['id'] }]);
  });

  it('refuses an expired key from the moment it expires', async () => {
    const expiresAt = new Date(Date.now() + 1500);
    const { key, errors } = await create({ name: 'Short-lived', scopes: ['orders:read'], expiresAt: expiresAt.toISOString() });
    expect(errors).toEqual([]);
    expect((await gql(replica.url, ORDERS, {}, key)).data).toEqual({ orders: { totalCount: 1 } });
    // Waiting on the clock the key names, not on the system: the next request is past its expiry.
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 20));
    expect(errorCodes(await gql(replica.url, ORDERS, {}, key))).toEqual(['UNAUTHENTICATED']);
    expect((await create({ name: 'Past', scopes: ['orders:read'], expiresAt: new Date(Date.now() - 1000).toISOString() })).errors).toEqual([
      { code: 'INVALID', field: ['expiresAt'], message: expect.any(String) },
    ]);
  });

  it('refuses keys that are not keys', async () => {
    const { key } = await create({ name: 'Genuine', scopes: ['orders:read'] });
    const wrongSecret = `${key.slice(0, -4)}AAAA`;
    for (const bad of [wrongSecret, 'pk_0000000000000000_' + 'A'.repeat(43), 'pk_garbage']) {
      const r = await gql(fx.url, ORDERS, {}, bad);
      expect([bad.slice(0, 19), r.status, errorCodes(r)]).toEqual([bad.slice(0, 19), 401, ['UNAUTHENTICATED']]);
    }
  });

  it('never gives a key more than its creator holds (typed errors, nothing written)', async () => {
    const warehouse = await memberToken(fx.url, fx.owner, 'WAREHOUSE');
    const before = await fx.pg.query(`select count(*)::int as n from identity.api_key where workspace_id = $1`, [fx.owner.workspaceId]);
    const refused = await create({ name: 'Too much', scopes: ['orders:read', 'invoices:read', 'no:such'] }, warehouse);
    expect(refused).toMatchObject({ key: null, apiKey: null });
    expect(refused.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([
      ['SCOPE_NOT_HELD', ['scopes', '1']],
      ['INVALID', ['scopes', '2']],
    ]);
    expect((await create({ name: '', scopes: [] }, warehouse)).errors.map((e: { code: string }) => e.code)).toEqual(['REQUIRED', 'REQUIRED']);
    const after = await fx.pg.query(`select count(*)::int as n from identity.api_key where workspace_id = $1`, [fx.owner.workspaceId]);
    expect(after.rows[0].n).toBe(before.rows[0].n);

    // Within the creator's permissions it works; the member sees their own keys only, the owner all.
    const own = await create({ name: 'Stock feed', scopes: ['stock:read'] }, warehouse);
    expect(own.errors).toEqual([]);
    const mine = (await gql(fx.url, KEYS, {}, warehouse)).data!.apiKeys;
    expect(mine.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([own.apiKey.id]);
    expect((await owner(KEYS)).data!.apiKeys.totalCount).toBeGreaterThan(1);
    // A member may not revoke someone else's key; a key may not make keys.
    const ownerKey = await create({ name: 'Owner key', scopes: ['orders:read', 'members:write'] });
    expect((await gql(fx.url, REVOKE, { id: ownerKey.apiKey.id }, warehouse)).data!.revokeApiKey.errors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
    const byKey = await gql(fx.url, CREATE, { input: { name: 'Child', scopes: ['orders:read'] } }, ownerKey.key);
    expect(byKey.data!.createApiKey.errors.map((e: { code: string }) => e.code)).toEqual(['FORBIDDEN']);
  });

  it('keeps keys to their workspace', async () => {
    const other = await signUpTenant(fx.url);
    const theirs = await create({ name: 'Theirs', scopes: ['orders:read'] }, other.token);
    expect((await gql(fx.url, ORDERS, {}, theirs.key)).data).toEqual({ orders: { totalCount: 0 } });
    const listed = (await gql(fx.url, KEYS, {}, other.token)).data!.apiKeys;
    expect(listed.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([theirs.apiKey.id]);
    const ours = (await owner(KEYS)).data!.apiKeys.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ours).not.toContain(theirs.apiKey.id);
    expect((await owner(REVOKE, { id: theirs.apiKey.id })).data!.revokeApiKey.errors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
    expect((await gql(fx.url, ORDERS, {}, theirs.key)).data).toEqual({ orders: { totalCount: 0 } });
  });

  it('keeps no key whole in the database or in the logs', async () => {
    const { key, apiKey } = await create({ name: 'Secret keeper', scopes: ['orders:read'] });
    expect((await gql(replica.url, ORDERS, {}, key)).data).toEqual({ orders: { totalCount: 1 } });
    await gql(replica.url, ORDERS, {}, `${key.slice(0, -1)}x`);
    const secret = key.slice(apiKey.prefix.length + 1);
    const { rows } = await fx.pg.query(`select row_to_json(k)::text as row from identity.api_key k`);
    const dump = rows.map((r: { row: string }) => r.row).join('\n');
    expect(dump).toContain(apiKey.prefix);
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(key);
    const logged = logs.join('');
    expect(logged).toContain(apiKey.prefix);
    expect(logged).not.toContain(secret);
  });
});

describe('the API schema at /schema.graphql, and the members list', () => {
  const fx = useStack();

  it('lists the workspace\'s members with their roles, for members:read only', async () => {
    const MEMBERS = `query($filter: MemberFilter) { members(first: 10, filter: $filter, orderBy: [{ field: CREATED_AT }]) { totalCount edges { node { id role createdAt updatedAt metadata user { id email } } } } }`;
    const warehouse = await memberToken(fx.url, fx.owner, 'WAREHOUSE');
    const manager = await memberToken(fx.url, fx.owner, 'SALES_MANAGER');
    const all = (await gql(fx.url, MEMBERS, {}, fx.owner.token)).data!.members;
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e: { node: { role: string } }) => e.node.role)).toEqual(['OWNER', 'WAREHOUSE', 'SALES_MANAGER']);
    expect(all.edges[0].node).toMatchObject({ user: { id: fx.owner.userId, email: fx.owner.email }, metadata: {} });
    const filtered = (await gql(fx.url, MEMBERS, { filter: { roleIn: ['WAREHOUSE', 'HR'] } }, manager)).data!.members;
    expect(filtered.edges.map((e: { node: { role: string } }) => e.node.role)).toEqual(['WAREHOUSE']);
    const refused = await gql(fx.url, MEMBERS, {}, warehouse);
    expect([refused.data?.members ?? null, errorCodes(refused)]).toEqual([null, ['FORBIDDEN']]);
    const other = await signUpTenant(fx.url);
    expect((await gql(fx.url, MEMBERS, {}, other.token)).data!.members.edges.map((e: { node: { user: { id: string } } }) => e.node.user.id)).toEqual([other.userId]);
  });

  it('serves schema/api.graphql as text, also with introspection off', async () => {
    const production = await startExtraGateway(fx.stack);
    try {
      const introspection = await gql(production.url, `{ __schema { queryType { name } } }`);
      expect(errorCodes(introspection)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const res = await fetch(production.url.replace('/graphql', '/schema.graphql'));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const served = await res.text();
      expect(served).toBe(readFileSync(`${REPO_ROOT}/schema/api.graphql`, 'utf8'));
      expect(served).toContain('Requires scope `invoices:read`.');
    } finally {
      await production.close();
    }
  });
});
