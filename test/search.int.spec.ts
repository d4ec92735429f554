import { randomUUID } from 'node:crypto';
import { Role } from '@prometric/core';
import { createCustomer, createOrder, createProduct, gql, memberToken, signUpTenant, useStack } from '@prometric/testing';

const SEARCH = /* GraphQL */ `
  query($query: String!, $types: [SearchType!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { type rank snippet node { __typename id ... on Product { sku name } ... on Customer { name } ... on Order { number } ... on Employee { name } } } }
    }
  }`;

interface Hit {
  type: string;
  rank: number;
  snippet: string;
  node: { __typename: string; id: string; sku?: string; name?: string; number?: string } | null;
}

describe('search: one query over the workspace, through the gateway', () => {
  const fx = useStack();
  const tag = randomUUID().slice(0, 6);
  const ids: Record<string, string> = {};

  const search = async (variables: Record<string, unknown>, token = fx.owner.token) => {
    const response = await gql(fx.url, SEARCH, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data!.search as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Hit }[] };
  };
  const hits = async (query: string, token = fx.owner.token, types?: string[]) => (await search({ query, types }, token)).edges.map((e) => e.node);

  beforeAll(async () => {
    ids.chair = (await createProduct(fx.url, fx.owner.token, { sku: `CHAIR-${tag}`, name: 'Oak chair' })).id;
    ids.table = (await createProduct(fx.url, fx.owner.token, { sku: `TABLE-${tag}`, name: 'Oak dining table' })).id;
    // A product whose name mentions the other's SKU: the exact SKU must still rank first.
    ids.cover = (await createProduct(fx.url, fx.owner.token, { sku: `COVER-${tag}`, name: `Seat cover for chair-${tag}` })).id;
    ids.customer = (await createCustomer(fx.url, fx.owner.token, { name: 'Birchwood Interiors', email: `buyer-${tag}@birchwood.test` })).id;
    const order = await createOrder(fx.url, fx.owner.token, ids.customer, [{ productId: ids.chair, quantity: 2 }]);
    ids.order = order.data!.createOrder.order.id;
    ids.orderNumber = order.data!.createOrder.order.number;
    const hired = await gql(fx.url, `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
      input: { name: 'Margaret Oakley', email: `margaret-${tag}@test.prometric.dev`, position: 'Upholsterer', salary: '3000.00' },
    }, fx.owner.token);
    ids.employee = hired.data!.createEmployee.employee.id;
  });

  it('finds "oak chr" → "Oak chair" by word prefixes and typos, with the words marked', async () => {
    const found = await hits('oak chr', fx.owner.token, ['PRODUCT']);
    expect(found[0]).toMatchObject({ type: 'PRODUCT', node: { __typename: 'Product', id: ids.chair, name: 'Oak chair' } });
    expect(found[0].snippet).toContain('<mark>Oak</mark>');
    // A misspelt name is found by similarity.
    expect((await hits('Birchwod Interiors', fx.owner.token, ['CUSTOMER'])).map((h) => h.node?.id)).toContain(ids.customer);
  });

  it('ranks an exact SKU first, above a record that only mentions it', async () => {
    const found = await hits(`chair-${tag}`, fx.owner.token, ['PRODUCT']);
    expect(found.map((h) => h.node!.id).slice(0, 2)).toEqual([ids.chair, ids.cover]);
    expect(found[0].rank).toBeGreaterThanOrEqual(100);
    expect(found[1].rank).toBeLessThan(100);
  });

  it('finds an order by its number and by its customer’s name, and every type at once', async () => {
    expect((await hits(ids.orderNumber, fx.owner.token, ['ORDER']))[0]).toMatchObject({ type: 'ORDER', node: { id: ids.order, number: ids.orderNumber } });
    expect((await hits('birchwood', fx.owner.token, ['ORDER'])).map((h) => h.node!.id)).toContain(ids.order);
    const all = await hits('oak');
    expect(new Set(all.map((h) => h.type))).toEqual(new Set(['PRODUCT', 'EMPLOYEE']));
  });

  it('hides a type the caller may not read: a SALES_REP never sees employees', async () => {
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const theirs = await hits('oak', rep);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((h) => h.type !== 'EMPLOYEE')).toBe(true);
    // Even asked for by name: nothing, and no error.
    expect(await hits('Margaret', rep, ['EMPLOYEE'])).toEqual([]);
    expect((await hits('Margaret', fx.owner.token, ['EMPLOYEE'])).map((h) => h.node!.id)).toEqual([ids.employee]);
  });

  it('never returns another workspace’s records', async () => {
    const other = await signUpTenant(fx.url);
    await createProduct(fx.url, other.token, { sku: `CHAIR-OTHER-${tag}`, name: 'Oak chair' });
    const mine = await hits('oak chair', fx.owner.token, ['PRODUCT']);
    expect(mine.map((h) => h.node!.sku)).not.toContain(`CHAIR-OTHER-${tag}`);
    const theirs = await hits('oak chair', other.token);
    expect(theirs.map((h) => h.node!.sku)).toEqual([`CHAIR-OTHER-${tag}`]);
  });

  it('pages with cursors and counts when asked', async () => {
    const first = await search({ query: 'oak', first: 1 });
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(3);
    const second = await search({ query: 'oak', first: 5, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.node!.id)).not.toContain(first.edges[0].node.node!.id);
    expect(second.edges).toHaveLength(2);
  });

  it('refuses an empty or oversized query and a bad cursor with BAD_USER_INPUT, and an anonymous caller', async () => {
    for (const [variables, argumentName] of [[{ query: '   ' }, 'query'], [{ query: 'x'.repeat(101) }, 'query'], [{ query: 'oak', after: 'garbage' }, 'after']] as const) {
      const response = await gql(fx.url, SEARCH, variables, fx.owner.token);
      expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName }) })]);
    }
    // Quotes and operators of tsquery are only text.
    expect(await hits(`oak & ! ' :* (`, fx.owner.token, ['CUSTOMER'])).toEqual([]);
    const anonymous = await gql(fx.url, SEARCH, { query: 'oak' });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
