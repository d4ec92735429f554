import { buildSchema, getNamedType, isInputObjectType, isEnumType, isListType, isNonNullType, type GraphQLField } from 'graphql';
import { REPO_ROOT, createCustomer, createOrder, createProduct, createWarehouse, errorCodes, eventually, gql, receiveStock, useStack } from '@prometric/testing';

// The API schema clients see.
const api = buildSchema(require(`${REPO_ROOT}/schema/api-schema.cjs`) as string);
// `events` is a feed, not a list: read in sequence order after a cursor, narrowed by type only.
// `search` is ranked by relevance across types: its order is the ranking, its filter the query.
const NOT_LISTS = ['events', 'search'];
const rootLists = Object.values(api.getQueryType()!.getFields()).filter((f) => getNamedType(f.type).name.endsWith('Connection') && !NOT_LISTS.includes(f.name));

const PRODUCTS = `query($filter: ProductFilter, $orderBy: [ProductOrderBy!]) { products(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { id sku metadata } } } }`;
const ORDERS = `query($filter: OrderFilter, $orderBy: [OrderOrderBy!], $first: Int, $after: String) {
  orders(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id number status total { amount } } } }
}`;

describe('every root list takes the same options', () => {
  it('has orderBy: [XOrderBy!] ({ field, direction }) and a filter with createdAt, updatedAt and metadata', () => {
    expect(rootLists.length).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    for (const list of rootLists) {
      const orderBy = list.args.find((a) => a.name === 'orderBy');
      const item = orderBy && (isListType(orderBy.type) ? orderBy.type.ofType : null);
      const input = item && isNonNullType(item) ? item.ofType : null;
      if (!input || !isInputObjectType(input) || !isEnumType(getNamedType(input.getFields().field?.type)) || !input.getFields().direction) problems.push(`${list.name}: orderBy`);
      const filter = getNamedType(list.args.find((a) => a.name === 'filter')?.type);
      const fields = filter && isInputObjectType(filter) ? filter.getFields() : {};
      for (const name of ['createdAt', 'updatedAt', 'metadata']) if (!fields[name]) problems.push(`${list.name}: filter.${name}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('uniform lists through the gateway', () => {
  const fx = useStack();
  const owner = (query: string, variables: Record<string, unknown> = {}) => gql(fx.url, query, variables, fx.owner.token);

  it('runs every root list with each of its sort fields, then a second key', async () => {
    for (const list of rootLists as GraphQLField<unknown, unknown>[]) {
      const orderBy = list.args.find((a) => a.name === 'orderBy')!;
      const input = getNamedType(orderBy.type);
      if (!isInputObjectType(input)) throw new Error(list.name);
      const sortFields = getNamedType(input.getFields().field.type);
      if (!isEnumType(sortFields)) throw new Error(list.name);
      for (const value of sortFields.getValues()) {
        const then = value.name === 'CREATED_AT' ? 'UPDATED_AT' : 'CREATED_AT';
        const r = await owner(`{ ${list.name}(first: 3, orderBy: [{ field: ${value.name}, direction: DESC }, { field: ${then} }]) { totalCount } }`);
        expect([list.name, value.name, r.errors]).toEqual([list.name, value.name, undefined]);
      }
    }
  });

  it('sets metadata on create and update, and finds a product by a metadata key and value', async () => {
    const tag = `t${Date.now()}`;
    const a = await createProduct(fx.url, fx.owner.token, { sku: `MD-A-${tag}` });
    const b = await owner(`mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id metadata } errors { code field } } }`, {
      input: { sku: `MD-B-${tag}`, name: 'With metadata', price: '1.00', metadata: { erpId: `B-${tag}`, batch: tag } },
    });
    expect(b.data!.createProduct).toMatchObject({ product: { metadata: { erpId: `B-${tag}`, batch: tag } }, errors: [] });
    const updated = await owner(`mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { metadata } errors { code } } }`, {
      input: { id: a.id, metadata: { erpId: `A-${tag}`, batch: tag } },
    });
    expect(updated.data!.updateProduct).toEqual({ product: { metadata: { erpId: `A-${tag}`, batch: tag } }, errors: [] });

    const byValue = await owner(PRODUCTS, { filter: { metadata: [{ key: 'erpId', value: `B-${tag}` }] } });
    expect(byValue.data!.products.edges.map((e: { node: { sku: string } }) => e.node.sku)).toEqual([`MD-B-${tag}`]);
    const byKey = await owner(PRODUCTS, { filter: { metadata: [{ key: 'batch', value: tag }] }, orderBy: [{ field: 'SKU', direction: 'DESC' }] });
    expect(byKey.data!.products.edges.map((e: { node: { sku: string } }) => e.node.sku)).toEqual([`MD-B-${tag}`, `MD-A-${tag}`]);
  });

  it('refuses bad metadata with INVALID on metadata, and creates nothing', async () => {
    const sku = `MD-BAD-${Date.now()}`;
    for (const metadata of [{ nested: { no: true } }, ['list'], { 'bad key!': 1 }, Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]))]) {
      const r = await owner(`mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }`, {
        input: { sku, name: 'Refused', price: '1.00', metadata },
      });
      expect(r.data!.createProduct).toEqual({ product: null, errors: [{ code: 'INVALID', field: ['metadata'] }] });
    }
    expect((await owner(PRODUCTS, { filter: { search: sku } })).data!.products.totalCount).toBe(0);
    const filter = await owner(PRODUCTS, { filter: { metadata: [{ key: 'drop table;', value: 1 }] } });
    expect(errorCodes(filter)).toEqual(['BAD_USER_INPUT']);
  });

  it('finds an order by its number, filters by status list and creation time, sorts and pages by any key', async () => {
    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token, { price: '10.00', taxRate: '0' });
    const created = [];
    for (const quantity of [3, 1, 2]) created.push((await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity }])).data!.createOrder.order);
    await owner(`mutation($id: ID!) { cancelOrder(id: $id, reason: "list test") { order { status } } }`, { id: created[1].id });
    const mine = { customerId: customer.id };

    const byNumber = await owner(ORDERS, { filter: { number: created[2].number } });
    expect(byNumber.data!.orders.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([created[2].id]);

    const cancelled = await owner(ORDERS, { filter: { ...mine, statusIn: ['CANCELLED'] } });
    expect(cancelled.data!.orders.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([created[1].id]);
    const both = await owner(ORDERS, { filter: { ...mine, statusIn: ['DRAFT', 'CANCELLED'] } });
    expect(both.data!.orders.totalCount).toBe(3);

    const byTotal = await owner(ORDERS, { filter: mine, orderBy: [{ field: 'TOTAL', direction: 'DESC' }] });
    expect(byTotal.data!.orders.edges.map((e: { node: { total: { amount: string } } }) => e.node.total.amount)).toEqual(['30.00', '20.00', '10.00']);

    // Two pages sorted by number ascending give the three orders once, in order.
    const first = await owner(ORDERS, { filter: mine, orderBy: [{ field: 'NUMBER' }], first: 2 });
    const second = await owner(ORDERS, { filter: mine, orderBy: [{ field: 'NUMBER' }], first: 2, after: first.data!.orders.pageInfo.endCursor });
    const numbers = [...first.data!.orders.edges, ...second.data!.orders.edges].map((e: { node: { number: string } }) => e.node.number);
    expect(numbers).toEqual(created.map((o) => o.number).sort());
    expect(second.data!.orders.pageInfo.hasNextPage).toBe(false);

    const since = await owner(`query($id: ID!) { order(id: $id) { createdAt } }`, { id: created[1].id });
    const later = await owner(ORDERS, { filter: { ...mine, createdAt: { from: since.data!.order.createdAt } } });
    expect(later.data!.orders.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([created[1].id, created[2].id].sort());
    const before = await owner(ORDERS, { filter: { ...mine, createdAt: { to: since.data!.order.createdAt } } });
    expect(before.data!.orders.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([created[0].id]);
  });

  it('refuses a sort key given twice and an inverted time range as BAD_USER_INPUT', async () => {
    expect(errorCodes(await owner(ORDERS, { orderBy: [{ field: 'NUMBER' }, { field: 'NUMBER', direction: 'DESC' }] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await owner(ORDERS, { filter: { createdAt: { from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' } } }))).toEqual(['BAD_USER_INPUT']);
  });

  it("pages a customer's invoices with cursors (the old list stays, deprecated), and refuses a malformed cursor", async () => {
    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token, { price: '10.00', taxRate: '0' });
    const invoiceIds: string[] = [];
    for (const quantity of [1, 2, 3]) {
      const order = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity }])).data!.createOrder.order;
      const drafted = await eventually(
        'finance to see the order',
        () => owner(`mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } errors { code } } }`, { input: { orderId: order.id } }),
        (r) => !!r.data?.createInvoice.invoice,
      );
      invoiceIds.push(drafted.data!.createInvoice.invoice.id);
    }
    const PAGE = `query($id: ID!, $after: String) { customer(id: $id) { invoices { id } invoicesConnection(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id total { amount } } } } } }`;
    const first = await owner(PAGE, { id: customer.id });
    expect(first.errors).toBeUndefined();
    const c1 = first.data!.customer.invoicesConnection;
    expect(c1.totalCount).toBe(3);
    expect(c1.pageInfo.hasNextPage).toBe(true);
    const second = await owner(PAGE, { id: customer.id, after: c1.pageInfo.endCursor });
    const c2 = second.data!.customer.invoicesConnection;
    expect([...c1.edges, ...c2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(invoiceIds);
    expect(c2.pageInfo.hasNextPage).toBe(false);
    expect(first.data!.customer.invoices.map((i: { id: string }) => i.id)).toEqual(invoiceIds);
    expect(errorCodes(await owner(PAGE, { id: customer.id, after: 'not-a-cursor' }))).toContain('BAD_USER_INPUT');
  });

  it('lists the stock ledger and reservations from the root, filtered and sorted', async () => {
    const warehouse = await createWarehouse(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token);
    for (const quantity of [5, 7]) await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: warehouse.id, quantity, reference: `PO-LIST-${quantity}` });
    const ledger = await owner(`query($f: StockMovementFilter) { stockMovements(filter: $f, orderBy: [{ field: QUANTITY, direction: DESC }]) { totalCount edges { node { quantity type reference } } } }`, {
      f: { productId: product.id, typeIn: ['RECEIPT'] },
    });
    expect(ledger.data!.stockMovements).toEqual({
      totalCount: 2,
      edges: [{ node: { quantity: 7, type: 'RECEIPT', reference: 'PO-LIST-7' } }, { node: { quantity: 5, type: 'RECEIPT', reference: 'PO-LIST-5' } }],
    });
    const customer = await createCustomer(fx.url, fx.owner.token);
    const order = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 4 }])).data!.createOrder.order;
    await owner(`mutation($input: ReserveStockInput!) { reserveStock(input: $input) { errors { code } } }`, { input: { orderId: order.id, productId: product.id, warehouseId: warehouse.id, quantity: 4 } });
    const reserved = await owner(`query($f: ReservationFilter) { reservations(filter: $f) { totalCount edges { node { quantity status } } } }`, { f: { orderId: order.id, statusIn: ['RESERVED'] } });
    expect(reserved.data!.reservations).toEqual({ totalCount: 1, edges: [{ node: { quantity: 4, status: 'RESERVED' } }] });
    const released = await owner(`query($f: ReservationFilter) { reservations(filter: $f) { totalCount } }`, { f: { orderId: order.id, statusIn: ['RELEASED'] } });
    expect(released.data!.reservations.totalCount).toBe(0);
  });
});
