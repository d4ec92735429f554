import { Role, permissionsOf, type Permission } from '@prometric/core';
import {
  createCustomer,
  createDeal,
  createProduct,
  errorCodes,
  gql,
  memberToken,
  useStack,
  type GraphQLResponse,
  startExtraGateway,
} from '@prometric/testing';

type Need = Permission | 'authenticated';

/**
 * One field of the matrix: a query, and the chain of fields from the root to it with what each
 * needs. The first link a role lacks must come back null with FORBIDDEN at exactly its path while
 * everything before it still resolves; a role with every permission gets data and no error.
 */
interface Case {
  field: string;
  query: string;
  vars: () => Record<string, unknown>;
  chain: { path: (string | number)[]; needs: Need }[];
  /** Mutations are sent with input that is refused by validation, so an allowed call writes nothing. */
  allowedCheck?: (data: Record<string, any>) => void;
}

const ROLES = Object.values(Role);

describe('field-level permissions through the gateway: every field × every role', () => {
  const fx = useStack();
  const tokens = new Map<Role, string>();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tokens.set(Role.OWNER, fx.owner.token);
    for (const role of ROLES.filter((r) => r !== Role.OWNER)) tokens.set(role, await memberToken(fx.url, fx.owner, role));
    ids.product = (await createProduct(fx.url, fx.owner.token, { cost: '12.00' })).id;
    ids.customer = (await createCustomer(fx.url, fx.owner.token)).id;
    const deal = await createDeal(fx.url, fx.owner.token, ids.customer, [{ productId: ids.product, quantity: 2 }]);
    ids.deal = deal.id;
    const win = await gql(fx.url, `mutation($id: ID!) { winDeal(id: $id) { deal { order { id } } } }`, { id: deal.id }, fx.owner.token);
    ids.order = win.data!.winDeal.deal.order.id;
  });

  const payloadHasErrors = (key: string) => (data: Record<string, any>) => expect(data[key].errors.length).toBeGreaterThan(0);
  const NO_SUCH = '00000000-0000-4000-8000-000000000000';

  const cases: Case[] = [
    { field: 'Query.me', query: `{ me { id } }`, vars: () => ({}), chain: [{ path: ['me'], needs: 'authenticated' }] },
    { field: 'Query.product', query: `query($id: ID!) { product(id: $id) { id } }`, vars: () => ({ id: ids.product }), chain: [{ path: ['product'], needs: 'products:read' }] },
    { field: 'Query.products', query: `{ products { totalCount } }`, vars: () => ({}), chain: [{ path: ['products'], needs: 'products:read' }] },
    { field: 'Query.customer', query: `query($id: ID!) { customer(id: $id) { id } }`, vars: () => ({ id: ids.customer }), chain: [{ path: ['customer'], needs: 'customers:read' }] },
    { field: 'Query.customers', query: `{ customers { totalCount } }`, vars: () => ({}), chain: [{ path: ['customers'], needs: 'customers:read' }] },
    { field: 'Query.deal', query: `query($id: ID!) { deal(id: $id) { id } }`, vars: () => ({ id: ids.deal }), chain: [{ path: ['deal'], needs: 'deals:read' }] },
    { field: 'Query.deals', query: `{ deals { totalCount } }`, vars: () => ({}), chain: [{ path: ['deals'], needs: 'deals:read' }] },
    { field: 'Query.order', query: `query($id: ID!) { order(id: $id) { id } }`, vars: () => ({ id: ids.order }), chain: [{ path: ['order'], needs: 'orders:read' }] },
    { field: 'Query.orders', query: `{ orders { totalCount } }`, vars: () => ({}), chain: [{ path: ['orders'], needs: 'orders:read' }] },
    {
      field: 'Product.cost',
      query: `query($id: ID!) { product(id: $id) { id cost { amount } } }`,
      vars: () => ({ id: ids.product }),
      chain: [{ path: ['product'], needs: 'products:read' }, { path: ['product', 'cost'], needs: 'products:cost' }],
    },
    {
      field: 'Customer.creditLimit',
      query: `query($id: ID!) { customer(id: $id) { id creditLimit { amount } } }`,
      vars: () => ({ id: ids.customer }),
      chain: [{ path: ['customer'], needs: 'customers:read' }, { path: ['customer', 'creditLimit'], needs: 'finance:read' }],
    },
    {
      field: 'Order.customer',
      query: `query($id: ID!) { order(id: $id) { id customer { name } } }`,
      vars: () => ({ id: ids.order }),
      chain: [{ path: ['order'], needs: 'orders:read' }, { path: ['order', 'customer'], needs: 'customers:read' }],
    },
    {
      field: 'Order.deal',
      query: `query($id: ID!) { order(id: $id) { id deal { title } } }`,
      vars: () => ({ id: ids.order }),
      chain: [{ path: ['order'], needs: 'orders:read' }, { path: ['order', 'deal'], needs: 'deals:read' }],
    },
    {
      field: 'OrderLine.product',
      query: `query($id: ID!) { order(id: $id) { id lines { quantity product { sku } } } }`,
      vars: () => ({ id: ids.order }),
      chain: [{ path: ['order'], needs: 'orders:read' }, { path: ['order', 'lines', 0, 'product'], needs: 'products:read' }],
    },
    {
      field: 'Deal.order',
      query: `query($id: ID!) { deal(id: $id) { id order { number } } }`,
      vars: () => ({ id: ids.deal }),
      chain: [{ path: ['deal'], needs: 'deals:read' }, { path: ['deal', 'order'], needs: 'orders:read' }],
    },
    {
      field: 'Deal.customer',
      query: `query($id: ID!) { deal(id: $id) { id customer { name } } }`,
      vars: () => ({ id: ids.deal }),
      chain: [{ path: ['deal'], needs: 'deals:read' }, { path: ['deal', 'customer'], needs: 'customers:read' }],
    },
    {
      field: 'DealLine.product',
      query: `query($id: ID!) { deal(id: $id) { id lines { quantity product { sku } } } }`,
      vars: () => ({ id: ids.deal }),
      chain: [{ path: ['deal'], needs: 'deals:read' }, { path: ['deal', 'lines', 0, 'product'], needs: 'products:read' }],
    },
    {
      field: 'Mutation.createProduct',
      query: `mutation { createProduct(input: { sku: "bad sku!", name: "", price: "1.00" }) { errors { code } } }`,
      vars: () => ({}),
      chain: [{ path: ['createProduct'], needs: 'products:write' }],
      allowedCheck: payloadHasErrors('createProduct'),
    },
    {
      field: 'Mutation.createCustomer',
      query: `mutation { createCustomer(input: { name: "" }) { errors { code } } }`,
      vars: () => ({}),
      chain: [{ path: ['createCustomer'], needs: 'customers:write' }],
      allowedCheck: payloadHasErrors('createCustomer'),
    },
    {
      field: 'Mutation.createDeal',
      query: `mutation($c: ID!) { createDeal(input: { title: "", customerId: $c, lines: [] }) { errors { code } } }`,
      vars: () => ({ c: ids.customer }),
      chain: [{ path: ['createDeal'], needs: 'deals:write' }],
      allowedCheck: payloadHasErrors('createDeal'),
    },
    {
      field: 'Mutation.moveDealStage',
      query: `mutation($id: ID!) { moveDealStage(id: $id, stage: QUALIFIED) { errors { code } } }`,
      vars: () => ({ id: NO_SUCH }),
      chain: [{ path: ['moveDealStage'], needs: 'deals:write' }],
      allowedCheck: payloadHasErrors('moveDealStage'),
    },
    {
      field: 'Mutation.createOrder',
      query: `mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [] }) { errors { code } } }`,
      vars: () => ({ c: ids.customer }),
      chain: [{ path: ['createOrder'], needs: 'orders:write' }],
      allowedCheck: payloadHasErrors('createOrder'),
    },
    {
      field: 'Mutation.cancelOrder',
      query: `mutation($id: ID!) { cancelOrder(id: $id) { errors { code } } }`,
      vars: () => ({ id: NO_SUCH }),
      chain: [{ path: ['cancelOrder'], needs: 'orders:write' }],
      allowedCheck: payloadHasErrors('cancelOrder'),
    },
    {
      field: 'Mutation.addMember',
      query: `mutation { addMember(input: { email: "not-an-email", role: VIEWER, name: "x", password: "long enough" }) { errors { code } } }`,
      vars: () => ({}),
      chain: [{ path: ['addMember'], needs: 'members:write' }],
      allowedCheck: payloadHasErrors('addMember'),
    },
  ];

  const has = (role: Role, need: Need) => need === 'authenticated' || permissionsOf(role).includes(need);
  const at = (data: unknown, path: (string | number)[]) => path.reduce<any>((v, k) => (v == null ? v : v[k]), data);

  it('covers at least 20 fields × 9 roles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(ROLES).toHaveLength(9);
  });

  it.each(cases.map((c) => [c.field, c] as const))('%s', async (_field, c) => {
    const failures: string[] = [];
    await Promise.all(
      ROLES.map(async (role) => {
        const r: GraphQLResponse = await gql(fx.url, c.query, c.vars(), tokens.get(role));
        const refused = c.chain.find((link) => !has(role, link.needs));
        const errorPaths = (r.errors ?? []).map((e) => `${e.extensions?.code}@${JSON.stringify(e.path)}`);
        if (!refused) {
          const value = at(r.data, c.chain[c.chain.length - 1].path);
          if (value == null || errorPaths.length) failures.push(`${role}: expected data, got ${JSON.stringify(r)}`);
          else c.allowedCheck?.(r.data!);
          return;
        }
        const expected = [`FORBIDDEN@${JSON.stringify(refused.path)}`];
        if (JSON.stringify(errorPaths) !== JSON.stringify(expected) || at(r.data, refused.path) !== null) {
          failures.push(`${role}: expected ${expected[0]} and null there, got ${JSON.stringify(r)}`);
        }
        // Everything on the way to the refused field still resolved.
        const parent = c.chain[c.chain.indexOf(refused) - 1];
        if (parent && at(r.data, [...parent.path, 'id']) == null) failures.push(`${role}: sibling id missing: ${JSON.stringify(r.data)}`);
      }),
    );
    expect(failures).toEqual([]);
  });

  it('puts one FORBIDDEN error at every list position of a refused field', async () => {
    await createProduct(fx.url, fx.owner.token);
    const r = await gql(fx.url, `{ products { edges { node { sku cost { amount } } } } }`, {}, tokens.get(Role.SALES_REP));
    const edges = r.data!.products.edges as { node: { sku: string; cost: null } }[];
    expect(edges.length).toBeGreaterThanOrEqual(2);
    expect(edges.every((e) => e.node.sku && e.node.cost === null)).toBe(true);
    expect(r.errors!.map((e) => e.path)).toEqual(edges.map((_, i) => ['products', 'edges', i, 'node', 'cost']));
  });

  it('makes no subgraph call at all when every field is refused', async () => {
    fx.stack.subgraphCalls.length = 0;
    const r = await gql(fx.url, `query($id: ID!) { deal(id: $id) { id } order(id: $id) { id } }`, { id: ids.order }, tokens.get(Role.HR));
    expect(r.data).toEqual({ deal: null, order: null });
    expect(errorCodes(r)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    // Gated root fields are nullable too: each refusal nulls its own field, never the whole data.
    const lists = await gql(fx.url, `{ products { totalCount } orders { totalCount } }`, {}, tokens.get(Role.HR));
    expect(lists.data).toEqual({ products: null, orders: null });
    expect(errorCodes(lists)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(fx.stack.subgraphCalls).toEqual([]);
  });

  it('answers UNAUTHENTICATED at the path of each protected field for an anonymous caller', async () => {
    const r = await gql(fx.url, `query($id: ID!) { product(id: $id) { id } order(id: $id) { id } }`, { id: ids.order });
    expect(r.data).toEqual({ product: null, order: null });
    expect((r.errors ?? []).map((e) => [e.extensions?.code, e.path])).toEqual([
      ['UNAUTHENTICATED', ['product']],
      ['UNAUTHENTICATED', ['order']],
    ]);
  });

  it('keeps refusing inside fragments and under aliases', async () => {
    const r = await gql(
      fx.url,
      `query($id: ID!) { mine: product(id: $id) { ...P } } fragment P on Product { sku secret: cost { amount } }`,
      { id: ids.product },
      tokens.get(Role.SALES_REP),
    );
    expect(r.data).toEqual({ mine: { sku: expect.any(String), secret: null } });
    expect(r.errors!.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['mine', 'secret']]]);
  });

  it('rejects the whole operation instead when configured to', async () => {
    const strict = await startExtraGateway(fx.stack, {
      authorizationMode: 'reject',
    });
    try {
      const r = await gql(strict.url, `query($id: ID!) { product(id: $id) { sku cost { amount } } }`, { id: ids.product }, tokens.get(Role.SALES_REP));
      expect(r.data ?? null).toBeNull();
      expect(errorCodes(r)).toEqual(['FORBIDDEN']);
      const ok = await gql(strict.url, `query($id: ID!) { product(id: $id) { sku } }`, { id: ids.product }, tokens.get(Role.SALES_REP));
      expect(ok.data!.product.sku).toBeTruthy();
    } finally {
      await strict.close();
    }
  });

  it('refuses the same fields at a subgraph reached directly (defence in depth)', async () => {
    const r = await gql(fx.stack.sales.url, `query($id: ID!) { product(id: $id) { sku cost { amount } } }`, { id: ids.product }, tokens.get(Role.SALES_REP));
    expect(r.data).toEqual({ product: { sku: expect.any(String), cost: null } });
    expect(r.errors!.map((e) => [e.extensions?.code, e.path, e.message])).toEqual([['FORBIDDEN', ['product', 'cost'], 'Not allowed']]);
    const entities = await gql(fx.stack.sales.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { name creditLimit { amount } } } }`, { r: [{ __typename: 'Customer', id: ids.customer }] }, tokens.get(Role.SALES_REP));
    expect(entities.data!._entities).toEqual([{ name: expect.any(String), creditLimit: null }]);
    expect(errorCodes(entities)).toEqual(['FORBIDDEN']);
  });
});
