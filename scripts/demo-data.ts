/** Demo credentials printed by `pnpm start`. */
export const DEMO_LOGIN = { email: 'demo@prometric.dev', password: 'prometric-demo' };

interface Response<T> {
  data?: T;
  errors?: { message: string }[];
}

/**
 * A response read by shape: the seed's calls are its own fixed documents, and every payload is checked
 * at run time (`call` throws on any error), as packages/testing's `gql` reads its answers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Data = Record<string, any>;

/** One GraphQL call; throws on a GraphQL error or on payload `errors` (what a seed must never meet). */
export async function call<T = Data>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Response<T>;
  if (body.errors?.length || !body.data) throw new Error(`demo: ${JSON.stringify(body.errors)} for ${query.slice(0, 80)}`);
  for (const payload of Object.values(body.data as Record<string, { errors?: { code: string; message: string }[] } | null>)) {
    if (payload?.errors?.length) throw new Error(`demo: ${JSON.stringify(payload.errors)} for ${query.slice(0, 80)}`);
  }
  return body.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The one warehouse holding an order's open reservations; null when none or several do (a shipment leaves one warehouse). */
export function soleWarehouse(reservations: { status: string; warehouse: { id: string } }[] | null): string | null {
  const from = new Set((reservations ?? []).filter((r) => r.status === 'RESERVED').map((r) => r.warehouse.id));
  return from.size === 1 ? [...from][0] : null;
}

/** Ships an order from a warehouse: a shipment created, picked and shipped. */
export async function shipOrder(url: string, token: string, orderId: string, warehouseId: string, trackingNumber: string): Promise<{ id: string; number: string }> {
  const created = await call(url, `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { shipment { id number } errors { code message } } }`, { input: { orderId, warehouseId } }, token);
  const shipment = created.createShipment.shipment as { id: string; number: string };
  await call(url, `mutation($id: ID!) { pickShipment(id: $id) { errors { code message } } }`, { id: shipment.id }, token);
  await call(url, `mutation($id: ID!, $tracking: String!) { shipShipment(id: $id, carrier: "Kazpost", trackingNumber: $tracking) { errors { code message } } }`, { id: shipment.id, tracking: trackingNumber }, token);
  return shipment;
}

/** Runs `work` over `items`, `limit` at a time (the seed stays gentle on a small machine). */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += limit) out.push(...(await Promise.all(items.slice(i, i + limit).map((item, j) => work(item, i + j)))));
  return out;
}

const FINISHED = [
  { sku: 'CHAIR-OAK', name: 'Oak chair', price: '149.90', cost: '80.00', bom: [['OAK-BOARD', 4], ['SCREW-BOX', 1], ['VARNISH', 1]] },
  { sku: 'TABLE-OAK', name: 'Oak table', price: '899.00', cost: '520.00', bom: [['OAK-BOARD', 12], ['SCREW-BOX', 2], ['VARNISH', 2]] },
  { sku: 'SHELF-PINE', name: 'Pine shelf', price: '79.50', cost: '31.00', bom: [['PINE-BOARD', 3], ['SCREW-BOX', 1]] },
  { sku: 'DESK-WALNUT', name: 'Walnut desk', price: '1190.00', cost: '640.00', bom: [['WALNUT-BOARD', 10], ['SCREW-BOX', 2], ['VARNISH', 2]] },
  { sku: 'STOOL-BIRCH', name: 'Birch stool', price: '59.00', cost: '24.00', bom: [['PINE-BOARD', 2], ['SCREW-BOX', 1]] },
] as const;
const COMPONENTS = [
  { sku: 'OAK-BOARD', name: 'Oak board 2 m', price: '18.00', cost: '11.00' },
  { sku: 'PINE-BOARD', name: 'Pine board 2 m', price: '7.00', cost: '4.00' },
  { sku: 'WALNUT-BOARD', name: 'Walnut board 2 m', price: '32.00', cost: '21.00' },
  { sku: 'SCREW-BOX', name: 'Box of 200 screws', price: '6.00', cost: '2.50' },
  { sku: 'VARNISH', name: 'Varnish 1 l', price: '14.00', cost: '8.00' },
] as const;
/** Finished goods on hand at the start: CHAIR and SHELF plenty, TABLE and DESK short (they go to production). */
const OPENING_STOCK: Record<string, [number, number]> = { 'CHAIR-OAK': [120, 40], 'TABLE-OAK': [2, 0], 'SHELF-PINE': [80, 30], 'DESK-WALNUT': [0, 1], 'STOOL-BIRCH': [60, 20] };
const CUSTOMERS = [
  ['Nomad Offices LLP', 'buyer@nomad.example'],
  ['Steppe Hotels', 'purchasing@steppe.example'],
  ['Altai Schools Foundation', 'supply@altai.example'],
  ['Caspian Coworking', 'ops@caspian.example'],
  ['Tengri Restaurants', 'chef@tengri.example'],
  ['Saryarka Clinics', 'admin@saryarka.example'],
];
const EMPLOYEES = [
  ['Aigerim Sadykova', 'Workshop lead', 'Assembly', '3400.00'],
  ['Daniyar Omarov', 'Carpenter', 'Assembly', '2600.00'],
  ['Madina Bekova', 'Finisher', 'Finishing', '2400.00'],
  ['Yerlan Abenov', 'Warehouse keeper', 'Logistics', '2100.00'],
  ['Zhanna Kim', 'Accountant', 'Office', '2900.00'],
];

/** What the seed made, for the demo mover and the tests. */
export interface DemoWorkspace {
  token: string;
  products: Record<string, string>;
  warehouses: { main: string; east: string };
  customers: string[];
}

/**
 * Seeds a demo workspace through the public API (so it exercises the same rules as any client),
 * once: a second start finds the demo login and leaves the data alone. A furniture maker with two
 * warehouses, components and bills of materials, suppliers with reorder rules, six customers, five
 * employees with a payroll run, and 30+ orders across every status: drafts, confirmed, cancelled,
 * won deals taken through the order-to-cash saga (invoiced, reserved, READY, or IN_PRODUCTION for
 * what is short, some of it being produced), shipped and delivered orders, invoices partly and fully
 * paid. Needs the orchestrator running (as `pnpm start` does). `credentials` default to the demo
 * login; tests pass their own, so a rerun against the same database seeds a fresh workspace.
 */
export async function seedDemo(gatewayUrl: string, log: (line: string) => void = () => undefined, credentials: { email: string; password: string } = DEMO_LOGIN): Promise<'created' | 'exists'> {
  const login = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, variables: { e: credentials.email, p: credentials.password } }),
  }).then((r) => r.json() as Promise<Response<{ login: { accessToken: string | null } }>>);
  if (login.data?.login.accessToken) return 'exists';
  const signUp = await call<{ signUp: { accessToken: string } }>(gatewayUrl, `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken errors { code message } } }`, {
    input: { organizationName: 'Prometric Demo Manufacturing', workspaceName: 'Head office', name: 'Dana Demo', ...credentials, currency: 'USD' },
  });
  const token = signUp.signUp.accessToken;
  const api = <T = Data>(query: string, variables: Record<string, unknown> = {}) => call<T>(gatewayUrl, query, variables, token);

  log('demo: catalogue, warehouses, stock and bills of materials');
  const products: Record<string, string> = {};
  await inBatches([...FINISHED, ...COMPONENTS], 5, async (p) => {
    const r = await api(`mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code message } } }`, {
      input: { sku: p.sku, name: p.name, price: p.price, cost: p.cost, taxRate: '0.12', idempotencyKey: `demo-${p.sku}` },
    });
    products[p.sku] = r.createProduct.product.id;
  });
  const warehouse = async (code: string, name: string) =>
    (await api(`mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { warehouse { id } errors { code message } } }`, { input: { code, name } })).createWarehouse.warehouse.id as string;
  const warehouses = { main: await warehouse('MAIN', 'Almaty workshop'), east: await warehouse('EAST', 'Astana depot') };
  const receive = (sku: string, warehouseId: string, quantity: number) =>
    quantity > 0
      ? api(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { movement { id } errors { code message } } }`, { input: { productId: products[sku], warehouseId, quantity, reference: 'Opening stock' } })
      : Promise.resolve(null);
  await inBatches(Object.entries(OPENING_STOCK), 3, ([sku, [main, east]]) => Promise.all([receive(sku, warehouses.main, main), receive(sku, warehouses.east, east)]));
  await inBatches([...COMPONENTS], 5, (c) => receive(c.sku, warehouses.main, 400));
  await inBatches([...FINISHED], 5, (f) =>
    api(`mutation($input: CreateBillOfMaterialsInput!) { createBillOfMaterials(input: $input) { billOfMaterials { id } errors { code message } } }`, {
      input: { productId: products[f.sku], components: f.bom.map(([sku, quantity]) => ({ productId: products[sku], quantity })), activate: true },
    }),
  );

  log('demo: suppliers and reorder rules');
  const supplier = async (name: string, email: string, leadTimeDays: number) =>
    (await api(`mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id } errors { code message } } }`, { input: { name, email, leadTimeDays, currency: 'USD' } })).createSupplier.supplier
      .id as string;
  const timber = await supplier('Zhetysu Timber', 'sales@zhetysu-timber.example', 7);
  const hardware = await supplier('Orda Hardware', 'orders@orda.example', 3);
  await inBatches([...COMPONENTS], 5, (c) =>
    api(`mutation($input: SetReorderRuleInput!) { setReorderRule(input: $input) { errors { code message } } }`, {
      input: { productId: products[c.sku], warehouseId: warehouses.main, supplierId: c.sku.endsWith('BOARD') ? timber : hardware, min: 100, max: 500, multiple: 50 },
    }),
  );

  log('demo: customers and employees');
  const customers = await inBatches(CUSTOMERS, 3, async ([name, email]) =>
    (await api(`mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { code message } } }`, { input: { name, email, creditLimit: '250000.00' } })).createCustomer.customer
      .id as string,
  );
  // One at a time: the first employee of a department creates it.
  await inBatches(EMPLOYEES, 1, ([name, position, department, salary], i) =>
    api(`mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } errors { code message } } }`, {
      input: { name, position, department, salary, email: `employee${i + 1}@prometric-demo.example`, hireDate: '2025-03-01T00:00:00Z' },
    }),
  );
  const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  await api(`mutation($period: String!) { createPayrollRun(period: $period) { payrollRun { id } errors { code message } } }`, { period: lastMonth });

  log('demo: orders');
  const lines = (i: number): { productId: string; quantity: number }[] => {
    const sku = ['CHAIR-OAK', 'SHELF-PINE', 'STOOL-BIRCH', 'TABLE-OAK', 'DESK-WALNUT'][i % 5];
    return [{ productId: products[sku], quantity: 2 + (i % 4) }, ...(i % 3 === 0 ? [{ productId: products['CHAIR-OAK'], quantity: 4 }] : [])];
  };
  const createOrder = async (i: number) =>
    (await api(`mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id } errors { code message } } }`, { input: { customerId: customers[i % customers.length], lines: lines(i) } })).createOrder.order
      .id as string;
  // Drafts (8), confirmed by hand (4), cancelled (4).
  await inBatches(Array.from({ length: 8 }, (_, i) => i), 4, (i) => createOrder(i));
  await inBatches(Array.from({ length: 4 }, (_, i) => i), 4, async (i) => api(`mutation($id: ID!) { confirmOrder(id: $id) { errors { code message } } }`, { id: await createOrder(i + 8) }));
  await inBatches(Array.from({ length: 4 }, (_, i) => i), 4, async (i) => api(`mutation($id: ID!) { cancelOrder(id: $id, reason: "Customer changed plans") { errors { code message } } }`, { id: await createOrder(i + 12) }));
  // Won deals (16): the saga invoices and reserves each; tables and desks are short and go to production.
  const won = await inBatches(Array.from({ length: 16 }, (_, i) => i), 4, async (i) => {
    const deal = await api(`mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } errors { code message } } }`, {
      input: { title: `${CUSTOMERS[i % CUSTOMERS.length][0]} — order ${i + 1}`, customerId: customers[i % customers.length], lines: lines(i) },
    });
    return (await api(`mutation($id: ID!) { winDeal(id: $id) { deal { order { id } } errors { code message } } }`, { id: deal.createDeal.deal.id })).winDeal.deal.order.id as string;
  });
  // Two open deals stay in the pipeline.
  await inBatches([0, 1], 2, (i) => api(`mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } errors { code message } } }`, { input: { title: `Pipeline deal ${i + 1}`, customerId: customers[i], lines: lines(i + 3) } }));

  log('demo: waiting for the saga');
  const statusOf = async (ids: string[]) => {
    const r = await api<{
      orders: { edges: { node: { id: string; status: string; invoices: { id: string; status: string; amountDue: { amount: string } }[] | null; reservations: { status: string; warehouse: { id: string } }[] | null } }[] };
    }>(
      `query { orders(first: 100, filter: { statusIn: [CONFIRMED, IN_PRODUCTION, READY] }) { edges { node { id status invoices { id status amountDue { amount } } reservations { status warehouse { id } } } } } }`,
    );
    return r.orders.edges.map((e) => e.node).filter((o) => ids.includes(o.id));
  };
  let settled = await statusOf(won);
  for (let waited = 0; waited < 90_000 && settled.filter((o) => o.status === 'READY' || o.status === 'IN_PRODUCTION').length < won.length; waited += 1000) {
    await sleep(1000);
    settled = await statusOf(won);
  }
  const ready = settled.filter((o) => o.status === 'READY');

  log('demo: payments, shipments and production');
  // Payments: half of one third of the invoices, all of another third.
  await inBatches(settled, 4, async (o, i) => {
    const invoice = o.invoices?.find((inv) => inv.status === 'ISSUED');
    if (!invoice || i % 3 === 2) return;
    const amount = i % 3 === 0 ? (Number(invoice.amountDue.amount) / 2).toFixed(2) : invoice.amountDue.amount;
    await api(`mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } errors { code message } } }`, { input: { invoiceId: invoice.id, amount, method: i % 2 ? 'BANK_TRANSFER' : 'KASPI' } });
  });
  // Ship four READY orders whose reservations sit in one warehouse; two of them are delivered.
  const shippable = ready.map((o) => ({ id: o.id, from: soleWarehouse(o.reservations) })).filter((o): o is { id: string; from: string } => o.from !== null);
  await inBatches(shippable.slice(0, 4), 2, async (o, i) => {
    const { id } = await shipOrder(gatewayUrl, token, o.id, o.from, `KZ${100000 + i}`);
    if (i < 2) await api(`mutation($id: ID!) { deliverShipment(id: $id) { errors { code message } } }`, { id });
  });
  // The shop floor: release and start a few production orders, so the production panel has work on it.
  const planned = await api<{ productionOrders: { edges: { node: { id: string } }[] } }>(`query { productionOrders(first: 10, filter: { status: PLANNED }) { edges { node { id } } } }`);
  await inBatches(planned.productionOrders.edges.slice(0, 3), 3, async ({ node }, i) => {
    await api(`mutation($id: ID!) { releaseProductionOrder(id: $id) { errors { code message } } }`, { id: node.id });
    if (i < 2) await api(`mutation($id: ID!) { startProductionOrder(id: $id) { errors { code message } } }`, { id: node.id });
  });
  return 'created';
}
