import { Client } from 'pg';
import { Role } from '@prometric/core';
import { createProduct, errorCodes, gql, memberToken, operation, signUpTenant, testConfig, useStack } from '@prometric/testing';

const op = (name: string) => operation('sales', name);

describe('products through the gateway', () => {
  const fx = useStack({ owner: { currency: 'EUR' } });

  const count = async (token = fx.owner.token) => (await gql(fx.url, op('Products'), { first: 1 }, token)).data!.products.totalCount as number;

  it('creates a product priced in the workspace currency (contract CreateProduct)', async () => {
    const r = await gql(fx.url, op('CreateProduct'), { input: { sku: 'CHAIR-01', name: 'Oak chair', price: '149.90', cost: '80.00', taxRate: '0.12' } }, fx.owner.token);
    expect(r.data!.createProduct).toEqual({
      product: { id: expect.any(String), sku: 'CHAIR-01', name: 'Oak chair', price: { amount: '149.90', currency: 'EUR' }, cost: { amount: '80.00', currency: 'EUR' }, taxRate: '0.12' },
      errors: [],
    });
  });

  it('refuses a duplicate SKU with CONFLICT and writes nothing', async () => {
    await createProduct(fx.url, fx.owner.token, { sku: 'DUP-1' });
    const before = await count();
    const r = await gql(fx.url, op('CreateProduct'), { input: { sku: 'DUP-1', name: 'Again', price: '1.00' } }, fx.owner.token);
    expect(r.data!.createProduct).toEqual({ product: null, errors: [{ code: 'CONFLICT', field: ['sku'], message: expect.stringContaining('DUP-1') }] });
    expect(await count()).toBe(before);
  });

  it('refuses invalid amounts and SKUs field by field, writing nothing', async () => {
    const before = await count();
    const r = await gql(fx.url, op('CreateProduct'), { input: { sku: 'bad sku!', name: '', price: '-1.00', cost: '-2', taxRate: '1.5' } }, fx.owner.token);
    expect(r.data!.createProduct.product).toBeNull();
    expect(r.data!.createProduct.errors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['cost', 'name', 'price', 'sku', 'taxRate']);
    expect(await count()).toBe(before);
  });

  it('refuses a float where a Decimal string belongs', async () => {
    const r = await gql(fx.url, op('CreateProduct'), { input: { sku: 'FLOAT-1', name: 'Float', price: 19.99 } }, fx.owner.token);
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('returns the first product when a create is retried with the same idempotency key', async () => {
    const input = { sku: 'IDEM-1', name: 'Once', price: '5.00', idempotencyKey: 'create-idem-1' };
    const [a, b] = await Promise.all([
      gql(fx.url, op('CreateProduct'), { input }, fx.owner.token),
      gql(fx.url, op('CreateProduct'), { input }, fx.owner.token),
    ]);
    const c = await gql(fx.url, op('CreateProduct'), { input }, fx.owner.token);
    const ids = [a, b, c].map((r) => r.data!.createProduct.product.id);
    expect(new Set(ids).size).toBe(1);
    expect([a, b, c].every((r) => r.data!.createProduct.errors.length === 0)).toBe(true);
    const search = await gql(fx.url, op('Products'), { search: 'IDEM-1' }, fx.owner.token);
    expect(search.data!.products.totalCount).toBe(1);
  });

  it('pages with opaque cursors, a total count and a capped page size', async () => {
    const tenant = await signUpTenant(fx.url);
    for (let i = 0; i < 5; i++) await createProduct(fx.url, tenant.token, { sku: `PG-${i}`, name: `Page item ${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const r: any = await gql(fx.url, op('Products'), { first: 2, after }, tenant.token);
      expect(r.data.products.totalCount).toBe(5);
      seen.push(...r.data.products.edges.map((e: { node: { sku: string } }) => e.node.sku));
      after = r.data.products.pageInfo.hasNextPage ? r.data.products.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(['PG-0', 'PG-1', 'PG-2', 'PG-3', 'PG-4']);
    const huge = await gql(fx.url, `{ products(first: 100000) { edges { node { id } } } }`, {}, tenant.token);
    expect(huge.data!.products.edges).toHaveLength(5);
    const badCursor = await gql(fx.url, op('Products'), { first: 2, after: 'garbage' }, tenant.token);
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by search and by custom fields', async () => {
    const tenant = await signUpTenant(fx.url);
    for (const input of [{ entity: 'PRODUCT', key: 'color', type: 'TEXT' }, { entity: 'PRODUCT', key: 'size', type: 'NUMBER' }]) {
      await gql(fx.url, `mutation($input: DefineCustomFieldInput!) { defineCustomField(input: $input) { errors { code } } }`, { input }, tenant.token);
    }
    await createProduct(fx.url, tenant.token, { sku: 'RED-1', name: 'Red lamp', customFields: { color: 'red', size: 2 } });
    await createProduct(fx.url, tenant.token, { sku: 'BLU-1', name: 'Blue lamp', customFields: { color: 'blue' } });
    const search = await gql(fx.url, op('Products'), { search: 'red' }, tenant.token);
    expect(search.data!.products.edges.map((e: any) => e.node.sku)).toEqual(['RED-1']);
    const custom = await gql(fx.url, `query($f: [CustomFieldFilter!]) { products(filter: { customFields: $f }) { edges { node { sku customFields } } } }`, { f: [{ key: 'color', eq: 'blue' }] }, tenant.token);
    expect(custom.data!.products.edges).toEqual([{ node: { sku: 'BLU-1', customFields: { color: 'blue' } } }]);
  });

  it('updates a product, leaving omitted fields alone', async () => {
    const p = await createProduct(fx.url, fx.owner.token, { sku: 'UPD-1', price: '10.00', taxRate: '0.05' });
    const r = await gql(fx.url, `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { name price { amount } taxRate } errors { code } } }`, { input: { id: p.id, price: '12.50' } }, fx.owner.token);
    expect(r.data!.updateProduct).toEqual({ product: { name: 'Widget', price: { amount: '12.50' }, taxRate: '0.05' }, errors: [] });
  });

  it('hides cost from roles without products:cost while the rest of the product resolves', async () => {
    const p = await createProduct(fx.url, fx.owner.token, { sku: 'COST-1', cost: '42.00' });
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const r = await gql(fx.url, `query($id: ID!) { product(id: $id) { sku cost { amount } price { amount } } }`, { id: p.id }, rep);
    expect(r.data!.product).toEqual({ sku: 'COST-1', cost: null, price: { amount: '100.00' } });
    expect(r.errors).toEqual([expect.objectContaining({ path: ['product', 'cost'], extensions: { code: 'FORBIDDEN' } })]);
  });

  it('refuses writes to roles without products:write, and reads without a token', async () => {
    const viewer = await memberToken(fx.url, fx.owner, Role.VIEWER);
    const r = await gql(fx.url, op('CreateProduct'), { input: { sku: 'NOPE', name: 'No', price: '1.00' } }, viewer);
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    const anon = await gql(fx.url, op('Products'), { first: 1 });
    expect(errorCodes(anon)).toEqual(['UNAUTHENTICATED']);
  });

  it("never shows another tenant's product, by id, in lists or through _entities", async () => {
    const other = await signUpTenant(fx.url);
    const theirs = await createProduct(fx.url, other.token, { sku: 'SECRET-1', name: 'Their secret' });
    const byId = await gql(fx.url, `query($id: ID!) { product(id: $id) { id } }`, { id: theirs.id }, fx.owner.token);
    expect(byId.data!.product).toBeNull();
    expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
    const list = await gql(fx.url, op('Products'), { search: 'SECRET-1' }, fx.owner.token);
    expect(list.data!.products.totalCount).toBe(0);
    // Straight to the subgraph, the way the gateway resolves references.
    const entities = await gql(fx.stack.sales.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id sku } } }`, { r: [{ __typename: 'Product', id: theirs.id }] }, fx.owner.token);
    expect(entities.data!._entities).toEqual([null]);
  });

  it('soft-deletes: hidden from every read, kept with who and when, SKU free again', async () => {
    const p = await createProduct(fx.url, fx.owner.token, { sku: 'GONE-1' });
    const del = await gql(fx.url, `mutation($id: ID!) { deleteProduct(id: $id) { product { id } errors { code } } }`, { id: p.id }, fx.owner.token);
    expect(del.data!.deleteProduct).toEqual({ product: { id: p.id }, errors: [] });
    expect(errorCodes(await gql(fx.url, `query($id: ID!) { product(id: $id) { id } }`, { id: p.id }, fx.owner.token))).toEqual(['NOT_FOUND']);
    expect((await gql(fx.url, op('Products'), { search: 'GONE-1' }, fx.owner.token)).data!.products.totalCount).toBe(0);
    const again = await gql(fx.url, `mutation($id: ID!) { deleteProduct(id: $id) { errors { code } } }`, { id: p.id }, fx.owner.token);
    expect(again.data!.deleteProduct.errors[0].code).toBe('NOT_FOUND');
    const pg = new Client({ connectionString: testConfig.databaseUrl });
    await pg.connect();
    try {
      const { rows } = await pg.query('select deleted_at, deleted_by from sales.product where id = $1', [p.id]);
      expect(rows).toEqual([{ deleted_at: expect.any(Date), deleted_by: fx.owner.userId }]);
    } finally {
      await pg.end();
    }
    const reused = await createProduct(fx.url, fx.owner.token, { sku: 'GONE-1' });
    expect(reused.id).not.toBe(p.id);
  });

  it('resolves N entity references with one SQL statement', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await createProduct(fx.url, fx.owner.token)).id);
    fx.stack.salesQueries.length = 0;
    const r = await gql(fx.stack.sales.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id sku } } }`, { r: ids.map((id) => ({ __typename: 'Product', id })) }, fx.owner.token);
    expect(r.data!._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(fx.stack.salesQueries.filter((q) => /from "sales"\."product"/.test(q))).toHaveLength(1);
  });
});
