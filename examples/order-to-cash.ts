/**
 * Order to cash through @prometric/sdk: log in, make sure a product with stock and a customer exist,
 * create a deal, win it, and wait until the saga has made the order READY (invoice issued, lines
 * reserved), watching the `orderUpdated` subscription and, in case an update slipped by, polling.
 *
 *   PROMETRIC_URL=http://localhost:4000/graphql PROMETRIC_EMAIL=owner@example.com PROMETRIC_PASSWORD=… \
 *     node -r @swc-node/register examples/order-to-cash.ts
 *
 * Prints the READY order as JSON (the last line of the output); exits non-zero if it never got there.
 */
import {
  CreateCustomerDocument,
  CreateDealDocument,
  CreateProductDocument,
  CreateWarehouseDocument,
  OrderDocument,
  OrderUpdatedDocument,
  ProductsDocument,
  ReceiveStockDocument,
  WarehousesDocument,
  WinDealDocument,
  createClient,
  ok,
  type OrderQuery,
  type PrometricClient,
} from '@prometric/sdk';

export interface OrderToCashOptions {
  url: string;
  wsUrl?: string;
  email: string;
  password: string;
  /** The product sold (found by SKU, created when missing). */
  sku?: string;
  quantity?: number;
  /** How long to wait for READY (default 60 s). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface OrderToCashResult {
  order: NonNullable<OrderQuery['order']>;
  /** What saw the order become READY first. */
  seenBy: 'subscription' | 'poll';
  /** Milliseconds from winning the deal to seeing the order READY. */
  readyAfterMs: number;
}

/** The product `sku` with at least `quantity` available, creating it (and receiving stock) as needed. */
async function productInStock(client: PrometricClient, sku: string, quantity: number, log: (line: string) => void) {
  const { products } = await client.request(ProductsDocument, { first: 5, search: sku });
  let product = products?.edges.map((e) => e.node).find((p) => p.sku === sku);
  if (!product) {
    const created = ok((await client.request(CreateProductDocument, { input: { sku, name: 'SDK widget', price: '25.00', cost: '10.00', taxRate: '0.12' } })).createProduct).product!;
    log(`created product ${created.sku}`);
    product = { ...created, stock: { onHand: 0, reserved: 0, available: 0 } };
  }
  const available = product.stock?.available ?? 0;
  if (available < quantity) {
    const { warehouses } = await client.request(WarehousesDocument, { first: 1 });
    const warehouse =
      warehouses?.edges[0]?.node ?? ok((await client.request(CreateWarehouseDocument, { code: 'MAIN', name: 'Main warehouse' })).createWarehouse).warehouse!;
    const receive = quantity * 10;
    ok((await client.request(ReceiveStockDocument, { input: { productId: product.id, warehouseId: warehouse.id, quantity: receive, reference: 'sdk example' } })).receiveStock);
    log(`received ${receive} × ${sku} into ${warehouse.code}`);
  }
  return product;
}

/** Resolves when order `id` is READY: from the subscription or from a poll every second, whichever sees it first. */
async function untilReady(
  client: PrometricClient,
  updates: AsyncIterableIterator<{ orderUpdated?: { id: string; status: string } | null }>,
  id: string,
  timeoutMs: number,
  log: (line: string) => void,
) {
  let settled = false;
  const never = new Promise<never>(() => undefined);
  const bySubscription = (async () => {
    try {
      for await (const { orderUpdated } of updates) if (orderUpdated?.id === id && orderUpdated.status === 'READY') return 'subscription' as const;
    } catch (err) {
      // The poll carries on alone.
      log(`subscription ended: ${err instanceof Error ? err.message : String(err)}`);
    }
    return never;
  })();
  const byPoll = (async () => {
    while (!settled) {
      await new Promise((r) => setTimeout(r, 1000));
      if (settled) break;
      const { order } = await client.request(OrderDocument, { id });
      if (order?.status === 'READY') return 'poll' as const;
    }
    return never;
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`order ${id} not READY within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([bySubscription, byPoll, timeout]);
  } finally {
    settled = true;
    clearTimeout(timer);
    await updates.return?.();
  }
}

export async function orderToCash(options: OrderToCashOptions): Promise<OrderToCashResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const quantity = options.quantity ?? 3;
  const client = createClient({ url: options.url, wsUrl: options.wsUrl, credentials: { email: options.email, password: options.password } });
  try {
    await client.login();
    log(`logged in as ${options.email}`);
    const product = await productInStock(client, options.sku ?? 'SDK-WIDGET', quantity, log);
    const { customer } = ok((await client.request(CreateCustomerDocument, { input: { name: 'SDK example customer', email: 'buyer@example.com' } })).createCustomer);
    const { deal } = ok((await client.request(CreateDealDocument, { input: { title: 'SDK example deal', customerId: customer!.id, lines: [{ productId: product.id, quantity }] } })).createDeal);
    log(`deal ${deal!.title}: ${deal!.value.amount} ${deal!.value.currency}`);

    // Subscribed before the deal is won, so no update of the new order can come before it.
    const updates = client.subscribe(OrderUpdatedDocument, {});
    const wonAt = Date.now();
    const won = ok((await client.request(WinDealDocument, { id: deal!.id })).winDeal).deal!;
    const orderId = won.order!.id;
    log(`won: order ${won.order!.number} ${won.order!.status}`);

    const seenBy = await untilReady(client, updates, orderId, options.timeoutMs ?? 60_000, log);
    const readyAfterMs = Date.now() - wonAt;
    const { order } = await client.request(OrderDocument, { id: orderId });
    log(`order ${order!.number} is ${order!.status} (seen by ${seenBy}, ${readyAfterMs} ms after winning the deal)`);
    return { order: order!, seenBy, readyAfterMs };
  } finally {
    await client.close();
  }
}

if (require.main === module) {
  const env = (name: string, fallback?: string) => {
    const value = process.env[name] ?? fallback;
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  orderToCash({
    url: env('PROMETRIC_URL', 'http://localhost:4000/graphql'),
    wsUrl: process.env.PROMETRIC_WS_URL,
    email: env('PROMETRIC_EMAIL'),
    password: env('PROMETRIC_PASSWORD'),
    sku: process.env.PROMETRIC_SKU,
  }).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
