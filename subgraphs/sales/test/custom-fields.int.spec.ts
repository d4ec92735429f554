import { APP_DB_ROLE, Role } from '@prometric/core';
import { createProduct, errorCodes, gql, memberToken, signUpTenant, useStack, type Tenant } from '@prometric/testing';

const DEFINE = `mutation($input: DefineCustomFieldInput!) { defineCustomField(input: $input) { customField { id entity key label type options required } errors { code field message } } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id sku customFields } errors { code field message } } }`;
const PRODUCTS = `query($filter: ProductFilter) { products(first: 100, filter: $filter, orderBy: [{ field: SKU }]) { totalCount edges { node { sku customFields } } } }`;

describe('custom fields through the gateway', () => {
  const fx = useStack({ pg: true });
  let tenant: Tenant;

  const define = (input: Record<string, unknown>, token = tenant.token) => gql(fx.url, DEFINE, { input }, token);
  const product = (sku: string, customFields?: Record<string, unknown>, token = tenant.token) =>
    gql(fx.url, CREATE_PRODUCT, { input: { sku, name: sku, price: '1.00', ...(customFields === undefined ? {} : { customFields }) } }, token);
  const skus = async (filter: Record<string, unknown>, token = tenant.token) => {
    const r = await gql(fx.url, PRODUCTS, { filter }, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.products.edges.map((e: { node: { sku: string } }) => e.node.sku) as string[];
  };

  beforeAll(async () => {
    // A workspace of its own: the definitions below are the only ones it has.
    tenant = await signUpTenant(fx.url);
    for (const input of [
      { entity: 'PRODUCT', key: 'weight', type: 'NUMBER', label: 'Weight (kg)' },
      { entity: 'PRODUCT', key: 'colour', type: 'TEXT' },
      { entity: 'PRODUCT', key: 'size', type: 'SELECT', options: ['S', 'M', 'L'] },
      { entity: 'PRODUCT', key: 'launch', type: 'DATE' },
      { entity: 'PRODUCT', key: 'fragile', type: 'BOOLEAN' },
    ]) {
      const r = await define(input);
      expect(r.data!.defineCustomField.errors).toEqual([]);
    }
  });

  it('defines a field and lists the definitions of a type, by key', async () => {
    const r = await gql(fx.url, `query { customFields(entity: PRODUCT) { key label type options required } }`, {}, tenant.token);
    expect(r.data!.customFields).toEqual([
      { key: 'colour', label: 'colour', type: 'TEXT', options: null, required: false },
      { key: 'fragile', label: 'fragile', type: 'BOOLEAN', options: null, required: false },
      { key: 'launch', label: 'launch', type: 'DATE', options: null, required: false },
      { key: 'size', label: 'size', type: 'SELECT', options: ['S', 'M', 'L'], required: false },
      { key: 'weight', label: 'Weight (kg)', type: 'NUMBER', options: null, required: false },
    ]);
    expect((await gql(fx.url, `query { customFields(entity: ORDER) { key } }`, {}, tenant.token)).data!.customFields).toEqual([]);
  });

  it('refuses weight "abc" with INVALID on customFields.weight and creates nothing; takes 12.5 and stores it as a number', async () => {
    const refused = await product('W-ABC', { weight: 'abc' });
    expect(refused.data!.createProduct).toEqual({ product: null, errors: [{ code: 'INVALID', field: ['customFields', 'weight'], message: 'weight must be a number' }] });
    expect(await skus({ search: 'W-ABC' })).toEqual([]);

    const taken = await product('W-12', { weight: 12.5, colour: 'Oak brown', size: 'M', launch: '2026-03-01', fragile: true });
    expect(taken.data!.createProduct).toMatchObject({ product: { customFields: { weight: 12.5, colour: 'Oak brown', size: 'M', launch: '2026-03-01', fragile: true } }, errors: [] });
    const row = await fx.pg.query(`select custom_fields from sales.product where id = $1`, [taken.data!.createProduct.product.id]);
    expect(row.rows[0].custom_fields.weight).toBe(12.5);
  });

  it('refuses every value of the wrong type, an unknown key and a value outside the options, writing nothing', async () => {
    const r = await product('W-BAD', { weight: 'heavy', launch: '2026-02-30', fragile: 'yes', size: 'XL', colour: 7, shade: 'red' });
    expect(r.data!.createProduct.product).toBeNull();
    expect(r.data!.createProduct.errors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'customFields.weight'],
      ['INVALID', 'customFields.launch'],
      ['INVALID', 'customFields.fragile'],
      ['INVALID', 'customFields.size'],
      ['INVALID', 'customFields.colour'],
      ['INVALID', 'customFields.shade'],
    ]);
    expect(await skus({ search: 'W-BAD' })).toEqual([]);
  });

  it('checks updates too: a bad value changes nothing, a good one replaces the values', async () => {
    const id = (await product('W-UPD', { weight: 1 })).data!.createProduct.product.id;
    const UPDATE = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { name customFields } errors { code field } } }`;
    const refused = await gql(fx.url, UPDATE, { input: { id, name: 'Renamed', customFields: { weight: 'abc' } } }, tenant.token);
    expect(refused.data!.updateProduct).toEqual({ product: null, errors: [{ code: 'INVALID', field: ['customFields', 'weight'] }] });
    const read = await gql(fx.url, `query($id: ID!) { product(id: $id) { name customFields } }`, { id }, tenant.token);
    expect(read.data!.product).toEqual({ name: 'W-UPD', customFields: { weight: 1 } });
    const taken = await gql(fx.url, UPDATE, { input: { id, customFields: { weight: '2.75', size: 'L' } } }, tenant.token);
    expect(taken.data!.updateProduct).toEqual({ product: { name: 'W-UPD', customFields: { weight: 2.75, size: 'L' } }, errors: [] });
  });

  it('filters with gt, lt, eq, in and contains', async () => {
    await product('F-3', { weight: 3, colour: 'Pale blue', size: 'S', launch: '2025-06-01' });
    await product('F-15', { weight: 15, colour: 'Deep RED', size: 'L', launch: '2027-01-15' });
    await product('F-NONE');
    const f = (condition: Record<string, unknown>) => skus({ search: 'F-', customFields: [condition] });
    expect(await f({ key: 'weight', gt: 10 })).toEqual(['F-15']);
    expect(await f({ key: 'weight', lt: 10 })).toEqual(['F-3']);
    expect(await f({ key: 'weight', eq: 3 })).toEqual(['F-3']);
    expect(await f({ key: 'weight', eq: '15' })).toEqual(['F-15']);
    expect(await f({ key: 'size', in: ['S', 'L'] })).toEqual(['F-15', 'F-3']);
    expect(await f({ key: 'colour', contains: 'red' })).toEqual(['F-15']);
    expect(await f({ key: 'colour', contains: '%' })).toEqual([]);
    expect(await f({ key: 'launch', lt: '2026-01-01' })).toEqual(['F-3']);
    expect(await f({ key: 'launch', gt: '2026-01-01' })).toEqual(['F-15']);
    // Conditions add up.
    expect(await skus({ search: 'F-', customFields: [{ key: 'weight', gt: 2 }, { key: 'weight', lt: 10 }] })).toEqual(['F-3']);
    expect(await skus({ search: 'F-', customFields: [{ key: 'weight', gt: 2 }, { key: 'size', eq: 'L' }] })).toEqual(['F-15']);
  });

  it('refuses a bad filter with BAD_USER_INPUT on filter: unknown key, not one operator, wrong type, operator the type has not', async () => {
    for (const condition of [
      { key: 'shade', eq: 'red' },
      { key: 'weight' },
      { key: 'weight', gt: 1, lt: 5 },
      { key: 'weight', gt: 'abc' },
      { key: 'launch', lt: '01/02/2026' },
      { key: 'fragile', gt: true },
      { key: 'weight', contains: '1' },
      { key: 'size', in: [] },
    ]) {
      const r = await gql(fx.url, PRODUCTS, { filter: { customFields: [condition] } }, tenant.token);
      expect([condition, errorCodes(r), (r.errors?.[0]?.extensions as { argumentName?: string } | undefined)?.argumentName]).toEqual([condition, ['BAD_USER_INPUT'], 'filter']);
    }
  });

  it('asks for a required field on create with REQUIRED, and custom fields work on customers, deals and orders alike', async () => {
    const other = await signUpTenant(fx.url);
    for (const input of [
      { entity: 'CUSTOMER', key: 'segment', type: 'SELECT', options: ['RETAIL', 'WHOLESALE'], required: true },
      { entity: 'DEAL', key: 'source', type: 'TEXT' },
      { entity: 'ORDER', key: 'ship_by', type: 'DATE' },
    ]) {
      expect((await define(input, other.token)).data!.defineCustomField.errors).toEqual([]);
    }
    const CREATE_CUSTOMER = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id customFields } errors { code field } } }`;
    const missing = await gql(fx.url, CREATE_CUSTOMER, { input: { name: 'No segment' } }, other.token);
    expect(missing.data!.createCustomer).toEqual({ customer: null, errors: [{ code: 'REQUIRED', field: ['customFields', 'segment'] }] });
    const customer = await gql(fx.url, CREATE_CUSTOMER, { input: { name: 'Wholesaler', customFields: { segment: 'WHOLESALE' } } }, other.token);
    const customerId = customer.data!.createCustomer.customer.id as string;
    expect((await gql(fx.url, `query { customers(filter: { customFields: [{ key: "segment", eq: "WHOLESALE" }] }) { totalCount } }`, {}, other.token)).data!.customers.totalCount).toBe(1);

    const p = await createProduct(fx.url, other.token);
    const deal = await gql(fx.url, `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { customFields } errors { code field } } }`, {
      input: { title: 'Fair lead', customerId, lines: [{ productId: p.id, quantity: 1 }], customFields: { source: 'Trade fair' } },
    }, other.token);
    expect(deal.data!.createDeal).toEqual({ deal: { customFields: { source: 'Trade fair' } }, errors: [] });
    expect((await gql(fx.url, `query { deals(filter: { customFields: [{ key: "source", contains: "fair" }] }) { totalCount } }`, {}, other.token)).data!.deals.totalCount).toBe(1);

    const ORDER = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id customFields } errors { code field } } }`;
    const badOrder = await gql(fx.url, ORDER, { input: { customerId, lines: [{ productId: p.id, quantity: 1 }], customFields: { ship_by: 'soon' } } }, other.token);
    expect(badOrder.data!.createOrder).toEqual({ order: null, errors: [{ code: 'INVALID', field: ['customFields', 'ship_by'] }] });
    const order = await gql(fx.url, ORDER, { input: { customerId, lines: [{ productId: p.id, quantity: 1 }], customFields: { ship_by: '2027-02-01' } } }, other.token);
    expect(order.data!.createOrder.errors).toEqual([]);
    const orderId = order.data!.createOrder.order.id as string;
    const updated = await gql(fx.url, `mutation($input: UpdateOrderInput!) { updateOrder(input: $input) { order { customFields } errors { code field } } }`, { input: { id: orderId, customFields: { ship_by: '2027-01-20' } } }, other.token);
    expect(updated.data!.updateOrder).toEqual({ order: { customFields: { ship_by: '2027-01-20' } }, errors: [] });
    const before = await gql(fx.url, `query { orders(filter: { customFields: [{ key: "ship_by", lt: "2027-01-31" }] }) { edges { node { id } } } }`, {}, other.token);
    expect(before.data!.orders.edges).toEqual([{ node: { id: orderId } }]);
  });

  it('keeps definitions per workspace: another one neither sees them nor filters on them, and may define the same key', async () => {
    const other = await signUpTenant(fx.url);
    expect((await gql(fx.url, `query { customFields(entity: PRODUCT) { key } }`, {}, other.token)).data!.customFields).toEqual([]);
    expect(errorCodes(await gql(fx.url, PRODUCTS, { filter: { customFields: [{ key: 'weight', gt: 10 }] } }, other.token))).toEqual(['BAD_USER_INPUT']);
    const refused = await product('X-1', { weight: 5 }, other.token);
    expect(refused.data!.createProduct.errors).toEqual([{ code: 'INVALID', field: ['customFields', 'weight'], message: expect.any(String) }]);
    expect((await define({ entity: 'PRODUCT', key: 'weight', type: 'TEXT' }, other.token)).data!.defineCustomField.errors).toEqual([]);
    expect(await skus({ customFields: [{ key: 'weight', eq: '12.5' }] }, other.token)).toEqual([]);
    // Row-level security: as the application role in the other workspace, no definition of the first is visible.
    const visible = await inWorkspace(other.workspaceId, `select count(*)::int as n from sales.custom_field_definition where workspace_id = '${tenant.workspaceId}'`, APP_DB_ROLE);
    expect(visible.rows[0].n).toBe(0);
  });

  it('refuses a key twice (CONFLICT), a bad key, a SELECT without options; only custom_fields:write defines (SALES_REP is FORBIDDEN)', async () => {
    const twice = await define({ entity: 'PRODUCT', key: 'weight', type: 'NUMBER' });
    expect(twice.data!.defineCustomField).toEqual({ customField: null, errors: [{ code: 'CONFLICT', field: ['key'], message: 'PRODUCT already has a custom field weight' }] });
    // The same key on another type is another field.
    expect((await define({ entity: 'ORDER', key: 'weight', type: 'NUMBER' })).data!.defineCustomField.errors).toEqual([]);
    for (const [input, field] of [
      [{ entity: 'PRODUCT', key: 'Weight', type: 'NUMBER' }, 'key'],
      [{ entity: 'PRODUCT', key: '1st', type: 'NUMBER' }, 'key'],
      [{ entity: 'PRODUCT', key: 'grade', type: 'SELECT' }, 'options'],
      [{ entity: 'PRODUCT', key: 'grade', type: 'NUMBER', options: ['a'] }, 'options'],
    ] as const) {
      expect((await define(input)).data!.defineCustomField).toEqual({ customField: null, errors: [{ code: 'INVALID', field: [field], message: expect.any(String) }] });
    }
    const rep = await memberToken(fx.url, tenant, Role.SALES_REP);
    const forbidden = await define({ entity: 'PRODUCT', key: 'grade', type: 'TEXT' }, rep);
    expect(forbidden.data?.defineCustomField ?? null).toBeNull();
    expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
    // Reading the definitions needs only a login.
    expect((await gql(fx.url, `query { customFields(entity: PRODUCT) { key } }`, {}, rep)).data!.customFields).toHaveLength(5);
    expect(errorCodes(await gql(fx.url, `query { customFields(entity: PRODUCT) { key } }`, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('updates options, label and required (never the type), and deletes a definition so its key can be defined again', async () => {
    const owner = await signUpTenant(fx.url);
    const made = (await define({ entity: 'PRODUCT', key: 'grade', type: 'SELECT', options: ['A', 'B'] }, owner.token)).data!.defineCustomField.customField;
    const UPDATE = `mutation($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { customField { label options required } errors { code field } } }`;
    const updated = await gql(fx.url, UPDATE, { input: { id: made.id, label: 'Grade', options: ['A', 'B', 'C'], required: true } }, owner.token);
    expect(updated.data!.updateCustomField).toEqual({ customField: { label: 'Grade', options: ['A', 'B', 'C'], required: true }, errors: [] });
    expect((await gql(fx.url, UPDATE, { input: { id: made.id, options: [] } }, owner.token)).data!.updateCustomField.errors).toEqual([{ code: 'INVALID', field: ['options'] }]);
    expect((await product('G-1', {}, owner.token)).data!.createProduct.errors).toEqual([{ code: 'REQUIRED', field: ['customFields', 'grade'], message: expect.any(String) }]);
    expect((await product('G-2', { grade: 'C' }, owner.token)).data!.createProduct.errors).toEqual([]);
    // Another workspace cannot change it.
    expect((await gql(fx.url, UPDATE, { input: { id: made.id, label: 'Mine' } }, tenant.token)).data!.updateCustomField.errors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);

    const deleted = await gql(fx.url, `mutation($id: ID!) { deleteCustomField(id: $id) { customField { key } errors { code } } }`, { id: made.id }, owner.token);
    expect(deleted.data!.deleteCustomField).toEqual({ customField: { key: 'grade' }, errors: [] });
    expect((await product('G-3', {}, owner.token)).data!.createProduct.errors).toEqual([]);
    expect((await define({ entity: 'PRODUCT', key: 'grade', type: 'NUMBER' }, owner.token)).data!.defineCustomField.errors).toEqual([]);
  });

  it('answers eq through the GIN index on custom_fields, under row-level security (EXPLAIN in a tenant transaction)', async () => {
    // A workspace with 5,000 products (written straight to the table, weights 0–999), where the
    // index is worth using; with a handful of rows the planner rightly scans the workspace's rows.
    const bulk = await signUpTenant(fx.url);
    expect((await define({ entity: 'PRODUCT', key: 'weight', type: 'NUMBER' }, bulk.token)).data!.defineCustomField.errors).toEqual([]);
    await fx.pg.query(
      `insert into sales.product (id, organization_id, workspace_id, sku, name, price_amount, tax_rate, currency, custom_fields)
       select gen_random_uuid(), $1, $2, 'BULK-' || i, 'Bulk ' || i, 1, 0, 'USD', jsonb_build_object('weight', i % 1000)
       from generate_series(1, 5000) as i`,
      [bulk.organizationId, bulk.workspaceId],
    );
    await fx.pg.query('analyze sales.product');
    expect((await product('GIN-1', { weight: 1000.5 }, bulk.token)).data!.createProduct.errors).toEqual([]);
    fx.stack.salesQueries.length = 0;
    expect(await skus({ customFields: [{ key: 'weight', eq: 1000.5 }] }, bulk.token)).toEqual(['GIN-1']);
    // The page's statement exactly as the subgraph ran it (MikroORM's log, placeholders kept),
    // prepared and explained as the application role with the values it was given: the list's
    // rows are those the match function returns, found by id.
    // eslint-disable-next-line no-control-regex -- the log lines carry ANSI colours
    const logged = fx.stack.salesQueries.map((q) => q.replace(/\u001b\[[0-9;]*m/g, '')).find((q) => /^\[query\] select "p0"\.\* from "sales"\."product"/.test(q) && q.includes('custom_fields_match'));
    expect(logged).toBeDefined();
    const sql = logged!.replace(/^\[query\] /, '').replace(/ \[took [^\]]*\]$/, '');
    expect(sql).toContain('p0."id" in (select m from "sales"."product_custom_fields_match"($1::jsonb) m)');
    await fx.pg.query(`prepare custom_field_page as ${sql}`);
    const page = await inWorkspace(bulk.workspaceId, `explain execute custom_field_page('{"weight": 1000.5}', '${bulk.organizationId}', '${bulk.workspaceId}', 101)`, APP_DB_ROLE).finally(() => fx.pg.query('deallocate custom_field_page'));
    // The few ids the function finds are read by primary key, not the workspace's 5,000 rows.
    expect(planOf(page)).toMatch(/Function Scan on product_custom_fields_match/);
    expect(planOf(page)).toMatch(/Index Scan using product_pkey on product p0[^\n]*\n\s+Index Cond: \(id = m\.m\)/);

    // The function's own statement, as it runs (its owner, a generic plan for its parameter): the GIN index answers it.
    const body = (await fx.pg.query(`select prosrc from pg_proc where proname = 'product_custom_fields_match'`)).rows[0].prosrc as string;
    await fx.pg.query(`prepare custom_field_match(jsonb) as ${body.replace(/\bp_value\b/g, '$1')}`);
    const match = await inWorkspace(bulk.workspaceId, `explain execute custom_field_match('{"weight": 1000.5}')`, null, true).finally(() => fx.pg.query('deallocate custom_field_match'));
    expect(planOf(match)).toMatch(/Bitmap Index Scan on product_custom_fields_gin[^\n]*\n\s+Index Cond: \(custom_fields @> \$1\)/);
    // And the workspace's rows through it: exactly the one product.
    const found = await inWorkspace(bulk.workspaceId, `select count(*)::int as n from sales.product_custom_fields_match('{"weight": 1000.5}')`, APP_DB_ROLE);
    expect(found.rows[0].n).toBe(1);
    expect((await inWorkspace(tenant.workspaceId, `select count(*)::int as n from sales.product_custom_fields_match('{"weight": 1000.5}')`, APP_DB_ROLE)).rows[0].n).toBe(0);
  });

  const planOf = (r: { rows: { 'QUERY PLAN': string }[] }) => r.rows.map((row) => row['QUERY PLAN']).join('\n');

  /**
   * Runs `sql` inside a transaction of `workspaceId` (as the request's first statement declares it),
   * as `role` (the application role: row-level security applies) or as the owner, then rolls back.
   */
  async function inWorkspace(workspaceId: string, sql: string, role: string | null, genericPlan = false) {
    await fx.pg.query('begin');
    try {
      if (role) await fx.pg.query(`set local role ${role}`);
      await fx.pg.query(`select set_config('app.workspace_id', $1, true)`, [workspaceId]);
      if (genericPlan) await fx.pg.query('set local plan_cache_mode = force_generic_plan');
      return await fx.pg.query(sql);
    } finally {
      await fx.pg.query('rollback');
    }
  }
});

