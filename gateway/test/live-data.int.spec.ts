import {
  createCustomer,
  createOrder,
  createProduct,
  createWarehouse,
  eventually,
  expectNothingWithin,
  gql,
  memberToken,
  operation,
  receiveStock,
  signUpTenant,
  subscribed,
  useStack,
  wsClient,
  type LiveResult,
  type LiveSubscription,
  type Tenant,
  type WsClient,
} from '@prometric/testing';

/**
 * Live data beyond `orderUpdated`: stock levels, invoices, production orders and a live list of
 * orders (`ordersChanged`), each served by the gateway's hub with the same re-read through the
 * federated path, authorization, tenancy and coalescing as `orderUpdated`.
 */

const STOCK_LEVEL = `subscription($productId: ID, $warehouseId: ID) {
  stockLevelChanged(productId: $productId, warehouseId: $warehouseId) { onHand reserved available product { id sku } warehouse { code } }
}`;
const INVOICE = `subscription($id: ID) { invoiceUpdated(id: $id) { id number status version amountDue { amount } order { number } } }`;
const PRODUCTION = `subscription($id: ID) { productionOrderUpdated(id: $id) { id number status version quantity product { sku } } }`;
const ORDERS = `subscription($status: [OrderStatus!]) { ordersChanged(filter: { status: $status }) { change kind: __typename order { id number status customer { name } } } }`;

describe('live stock, invoices, production and order lists through the gateway', () => {
  const clients: WsClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose().catch(() => undefined)));
  });
  const fx = useStack({ owner: false });
  let a: Tenant;
  let b: Tenant;
  const hub = () => fx.stack.gateway.subscriptions;
  const live = async (token: string, query: string, variables: Record<string, unknown> = {}): Promise<LiveSubscription> => {
    const client = wsClient(fx.url, token);
    clients.push(client);
    await client.connected;
    return subscribed(hub(), () => client.subscribe(query, variables));
  };
  const newOrder = async (tenant: Tenant, quantity = 3) => {
    const customer = await createCustomer(fx.url, tenant.token, { name: 'Live list customer' });
    const product = await createProduct(fx.url, tenant.token, { price: '10.00', taxRate: '0' });
    const order = (await createOrder(fx.url, tenant.token, customer.id, [{ productId: product.id, quantity }])).data!.createOrder.order as { id: string; number: string };
    await fx.stack.sales.relay.flush();
    return order;
  };
  const field = (r: LiveResult, name: string) => r.data?.[name] as Record<string, any> | undefined;

  beforeAll(async () => {
    [a, b] = await Promise.all([signUpTenant(fx.url), signUpTenant(fx.url)]);
  });

  it('stockLevelChanged: the level after each receipt and reservation, narrowed to one product and warehouse, never another workspace', async () => {
    const [product, other, warehouse] = await Promise.all([
      createProduct(fx.url, a.token, { sku: `LIVE-${Date.now()}` }),
      createProduct(fx.url, a.token),
      createWarehouse(fx.url, a.token, { code: `LV${Date.now() % 100000}` }),
    ]);
    const narrowed = await live(a.token, STOCK_LEVEL, { productId: product.id, warehouseId: warehouse.id });
    const everyLevelOfB = await live(b.token, STOCK_LEVEL);

    await receiveStock(fx.url, a.token, { productId: other.id, warehouseId: warehouse.id, quantity: 7 });
    await receiveStock(fx.url, a.token, { productId: product.id, warehouseId: warehouse.id, quantity: 10 });
    await fx.stack.operations.relay.flush();
    const first = await narrowed.waitForResult('10 on hand', (r) => field(r, 'stockLevelChanged')?.onHand === 10);
    expect(first.data!.stockLevelChanged).toEqual({ onHand: 10, reserved: 0, available: 10, product: { id: product.id, sku: product.sku }, warehouse: { code: warehouse.code } });

    const customer = await createCustomer(fx.url, a.token);
    const order = (await createOrder(fx.url, a.token, customer.id, [{ productId: product.id, quantity: 4 }])).data!.createOrder.order as { id: string };
    const reserved = await gql(
      fx.url,
      `mutation($input: ReserveStockInput!) { reserveStock(input: $input) { errors { code message } } }`,
      { input: { orderId: order.id, productId: product.id, warehouseId: warehouse.id, quantity: 4 } },
      a.token,
    );
    expect(reserved.errors).toBeUndefined();
    expect(reserved.data!.reserveStock.errors).toEqual([]);
    await fx.stack.operations.relay.flush();
    const second = await narrowed.waitForResult('4 reserved', (r) => field(r, 'stockLevelChanged')?.reserved === 4);
    expect(second.data!.stockLevelChanged).toMatchObject({ onHand: 10, reserved: 4, available: 6 });
    // The other product's receipt never reached the narrowed subscriber; nothing of A reached B.
    expect(narrowed.results.every((r) => field(r, 'stockLevelChanged')?.product.id === product.id)).toBe(true);
    await expectNothingWithin(500, "A's stock reaching B", () => everyLevelOfB.results.length);
  });

  it('stockLevelChanged is refused to a role without stock:read, and its product to one without products:read', async () => {
    const hr = await memberToken(fx.url, a, 'HR');
    const client = wsClient(fx.url, hr);
    clients.push(client);
    await client.connected;
    const refused = client.subscribe(STOCK_LEVEL);
    await expect(refused.error).resolves.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });

  it('invoiceUpdated: issued, then partly paid, in version order', async () => {
    const order = await newOrder(a);
    await gql(fx.url, `mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id: order.id }, a.token);
    const invoice = await eventually(
      'finance drafting the invoice (it has seen the order)',
      async () => (await gql(fx.url, `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } errors { code } } }`, { input: { orderId: order.id } }, a.token)).data!.createInvoice.invoice as { id: string } | null,
      (drafted) => drafted !== null,
    );
    const one = await live(a.token, INVOICE, { id: invoice!.id });
    const everyInvoiceOfB = await live(b.token, INVOICE);
    await gql(fx.url, `mutation($id: ID!) { issueInvoice(id: $id) { errors { code } } }`, { id: invoice!.id }, a.token);
    await fx.stack.finance.relay.flush();
    const issued = await one.waitForResult('the ISSUED invoice', (r) => field(r, 'invoiceUpdated')?.status === 'ISSUED');
    expect(issued.data!.invoiceUpdated).toMatchObject({ id: invoice!.id, number: expect.stringMatching(/^INV-/), status: 'ISSUED', amountDue: { amount: '30.00' }, order: { number: order.number } });

    await gql(fx.url, operation('finance', 'RecordPayment'), { input: { invoiceId: invoice!.id, amount: '10.00', method: 'CASH' } }, a.token);
    await fx.stack.finance.relay.flush();
    const paid = await one.waitForResult('the payment', (r) => field(r, 'invoiceUpdated')?.amountDue.amount === '20.00');
    expect(paid.data!.invoiceUpdated).toMatchObject({ status: 'PARTIALLY_PAID' });
    const versions = one.results.map((r) => field(r, 'invoiceUpdated')!.version as number);
    expect([...versions].sort((x, y) => x - y)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    await expectNothingWithin(300, "A's invoice reaching B", () => everyInvoiceOfB.results.length);
  });

  it('productionOrderUpdated: released and started, refused to a sales rep', async () => {
    const [product, component, warehouse] = await Promise.all([createProduct(fx.url, a.token, { sku: `MO-${Date.now()}` }), createProduct(fx.url, a.token), createWarehouse(fx.url, a.token)]);
    const bom = await gql(
      fx.url,
      `mutation($input: CreateBillOfMaterialsInput!) { createBillOfMaterials(input: $input) { errors { code } } }`,
      { input: { productId: product.id, components: [{ productId: component.id, quantity: 1 }], activate: true } },
      a.token,
    );
    expect(bom.data!.createBillOfMaterials.errors).toEqual([]);
    const created = await gql(
      fx.url,
      `mutation($input: CreateProductionOrderInput!) { createProductionOrder(input: $input) { productionOrder { id } errors { code message } } }`,
      { input: { productId: product.id, quantity: 2, warehouseId: warehouse.id } },
      a.token,
    );
    const id = created.data!.createProductionOrder.productionOrder.id as string;
    const watcher = await live(a.token, PRODUCTION, { id });
    for (const step of ['releaseProductionOrder', 'startProductionOrder']) {
      const r = await gql(fx.url, `mutation($id: ID!) { ${step}(id: $id) { errors { code message } } }`, { id }, a.token);
      expect(r.data![step].errors).toEqual([]);
    }
    await fx.stack.production.relay.flush();
    const started = await watcher.waitForResult('IN_PROGRESS', (r) => field(r, 'productionOrderUpdated')?.status === 'IN_PROGRESS');
    expect(started.data!.productionOrderUpdated).toMatchObject({ id, quantity: 2, product: { sku: product.sku } });
    expect(watcher.results.map((r) => field(r, 'productionOrderUpdated')!.status)).toEqual(expect.arrayContaining(['IN_PROGRESS']));

    const rep = await memberToken(fx.url, a, 'SALES_REP');
    const client = wsClient(fx.url, rep);
    clients.push(client);
    await client.connected;
    await expect(client.subscribe(PRODUCTION, { id }).error).resolves.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });

  it('ordersChanged: an order ENTERS the filtered list when confirmed, CHANGES within it, LEAVES it when cancelled; a DRAFT never shows', async () => {
    const confirmedList = await live(a.token, ORDERS, { status: ['CONFIRMED'] });
    const everything = await live(a.token, ORDERS);
    const listOfB = await live(b.token, ORDERS);
    const order = await newOrder(a);
    const changes = (subscription: LiveSubscription) =>
      subscription.results.map((r) => field(r, 'ordersChanged')).filter((c) => c?.order?.id === order.id).map((c) => `${c!.change}:${c!.order.status}`);

    // Created as a DRAFT: the unfiltered list sees it enter; the CONFIRMED list does not.
    await everything.waitForResult('the new order', (r) => field(r, 'ordersChanged')?.order?.id === order.id);
    expect(changes(everything)).toEqual(['ENTERED:DRAFT']);
    expect(everything.results.find((r) => field(r, 'ordersChanged')?.order?.id === order.id)!.data!.ordersChanged).toEqual({
      change: 'ENTERED',
      kind: 'OrderChange',
      order: { id: order.id, number: order.number, status: 'DRAFT', customer: { name: 'Live list customer' } },
    });

    await gql(fx.url, `mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id: order.id }, a.token);
    await fx.stack.sales.relay.flush();
    await confirmedList.waitForResult('ENTERED', (r) => field(r, 'ordersChanged')?.change === 'ENTERED' && field(r, 'ordersChanged')?.order.id === order.id);

    await gql(fx.url, `mutation($id: ID!, $notes: String) { updateOrder(input: { id: $id, notes: $notes }) { errors { code } } }`, { id: order.id, notes: 'call first' }, a.token);
    await fx.stack.sales.relay.flush();
    await confirmedList.waitForResult('CHANGED', (r) => field(r, 'ordersChanged')?.change === 'CHANGED' && field(r, 'ordersChanged')?.order.id === order.id);

    const cancelled = await gql(fx.url, `mutation($id: ID!) { cancelOrder(id: $id) { errors { code } } }`, { id: order.id }, a.token);
    expect(cancelled.errors).toBeUndefined();
    await fx.stack.sales.relay.flush();
    await confirmedList.waitForResult('LEFT', (r) => field(r, 'ordersChanged')?.change === 'LEFT' && field(r, 'ordersChanged')?.order.id === order.id);

    expect(changes(confirmedList)).toEqual(['ENTERED:CONFIRMED', 'CHANGED:CONFIRMED', 'LEFT:CANCELLED']);
    await eventually('the unfiltered list saw every step', async () => changes(everything), (seen) => seen.length === 4);
    expect(changes(everything)).toEqual(['ENTERED:DRAFT', 'CHANGED:CONFIRMED', 'CHANGED:CONFIRMED', 'CHANGED:CANCELLED']);
    await expectNothingWithin(300, "A's orders reaching B's list", () => listOfB.results.length);
  });

  it('refuses a list-level selection it cannot answer, with a typed error', async () => {
    const client = wsClient(fx.url, a.token);
    clients.push(client);
    await client.connected;
    const bad = client.subscribe(`subscription { ordersChanged { change ... on OrderChange { order { id } } } }`);
    await expect(bad.error).resolves.toEqual([expect.objectContaining({ message: expect.stringMatching(/no fragments/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });
});
