import { setTimeout as sleepUnlessAborted } from 'node:timers/promises';
import { call, shipOrder, soleWarehouse } from './demo-data';

/** What one move of the demo did, for its log; null when there was nothing to do. */
export type MoveResult = string | null;

type Move = (url: string, token: string) => Promise<MoveResult>;

const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

/** A customer buys: a deal with one or two products, won at once (the saga takes it from there). */
const winDeal: Move = async (url, token) => {
  const r = await call(url, `query { customers(first: 20) { edges { node { id name } } } products(first: 20) { edges { node { id sku } } } }`, {}, token);
  const customer = pick(r.customers.edges as { node: { id: string; name: string } }[])?.node;
  const finished = (r.products.edges as { node: { id: string; sku: string } }[]).map((e) => e.node).filter((p) => !/BOARD|SCREW|VARNISH/.test(p.sku));
  const product = pick(finished);
  if (!customer || !product) return null;
  const quantity = 1 + Math.floor(Math.random() * 5);
  const deal = await call(url, `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } errors { code message } } }`, { input: { title: `${customer.name}: ${quantity} × ${product.sku}`, customerId: customer.id, lines: [{ productId: product.id, quantity }] } }, token);
  await call(url, `mutation($id: ID!) { winDeal(id: $id) { deal { id } errors { code message } } }`, { id: deal.createDeal.deal.id }, token);
  return `won a deal: ${customer.name}, ${quantity} × ${product.sku}`;
};

/** A customer pays part (or the rest) of an open invoice. */
const payInvoice: Move = async (url, token) => {
  const r = await call(url, `query { invoices(first: 30, filter: { statusIn: [ISSUED, PARTIALLY_PAID] }) { edges { node { id number amountDue { amount } } } } }`, {}, token);
  const invoice = pick(r.invoices.edges as { node: { id: string; number: string; amountDue: { amount: string } } }[])?.node;
  if (!invoice) return null;
  const due = Number(invoice.amountDue.amount);
  const amount = Math.random() < 0.5 ? invoice.amountDue.amount : Math.max(0.01, Math.round(due * 50) / 100).toFixed(2);
  await call(url, `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } errors { code message } } }`, { input: { invoiceId: invoice.id, amount, method: 'KASPI' } }, token);
  return `payment of ${amount} on ${invoice.number}`;
};

/** The warehouse ships a READY order (from the one warehouse holding its reservations), or a shipment arrives. */
const shipOrDeliver: Move = async (url, token) => {
  const shipped = await call(url, `query { shipments(first: 20, filter: { status: SHIPPED }) { edges { node { id number } } } }`, {}, token);
  const arriving = pick(shipped.shipments.edges as { node: { id: string; number: string } }[])?.node;
  if (arriving && Math.random() < 0.4) {
    await call(url, `mutation($id: ID!) { deliverShipment(id: $id) { errors { code message } } }`, { id: arriving.id }, token);
    return `delivered ${arriving.number}`;
  }
  const r = await call(url, `query { orders(first: 30, filter: { status: READY }) { edges { node { id number reservations { status warehouse { id } } } } } }`, {}, token);
  const orders = (r.orders.edges as { node: { id: string; number: string; reservations: { status: string; warehouse: { id: string } }[] | null } }[]).map((e) => e.node);
  const order = pick(orders.filter((o) => soleWarehouse(o.reservations) !== null));
  if (!order) return null;
  await shipOrder(url, token, order.id, soleWarehouse(order.reservations)!, `KZ${Date.now() % 1_000_000}`);
  return `shipped ${order.number}`;
};

/** The shop floor moves a production order one step: PLANNED → RELEASED → IN_PROGRESS → COMPLETED. */
const advanceProduction: Move = async (url, token) => {
  const r = await call(url, `query { productionOrders(first: 30, filter: { statusIn: [PLANNED, RELEASED, IN_PROGRESS] }) { edges { node { id number status } } } }`, {}, token);
  const order = pick(r.productionOrders.edges as { node: { id: string; number: string; status: string } }[])?.node;
  if (!order) return null;
  const step = { PLANNED: 'releaseProductionOrder', RELEASED: 'startProductionOrder', IN_PROGRESS: 'completeProductionOrder' }[order.status]!;
  await call(url, `mutation($id: ID!) { ${step}(id: $id) { errors { code message } } }`, { id: order.id }, token);
  return `${step.replace('ProductionOrder', '')} ${order.number}`;
};

/** Timber and hardware arrive: components restocked in the first warehouse. */
const restock: Move = async (url, token) => {
  const r = await call(url, `query { warehouses(first: 1) { edges { node { id code } } } products(first: 20) { edges { node { id sku } } } }`, {}, token);
  const warehouse = (r.warehouses.edges as { node: { id: string; code: string } }[])[0]?.node;
  const component = pick((r.products.edges as { node: { id: string; sku: string } }[]).map((e) => e.node).filter((p) => /BOARD|SCREW|VARNISH/.test(p.sku)));
  if (!warehouse || !component) return null;
  const quantity = 50 + Math.floor(Math.random() * 100);
  await call(url, `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { movement { id } errors { code message } } }`, { input: { productId: component.id, warehouseId: warehouse.id, quantity, reference: 'Supplier delivery' } }, token);
  return `received ${quantity} × ${component.sku} into ${warehouse.code}`;
};

/** The moves `pnpm demo` draws from, with their weights. */
export const DEMO_MOVES: Record<string, { weight: number; move: Move }> = {
  deal: { weight: 3, move: winDeal },
  payment: { weight: 3, move: payInvoice },
  shipment: { weight: 2, move: shipOrDeliver },
  production: { weight: 3, move: advanceProduction },
  restock: { weight: 1, move: restock },
};

/** One move drawn by weight (or the named one); a move with nothing to do yields null. */
export function demoMove(url: string, token: string, name?: keyof typeof DEMO_MOVES): Promise<MoveResult> {
  if (name) return DEMO_MOVES[name].move(url, token);
  const total = Object.values(DEMO_MOVES).reduce((sum, m) => sum + m.weight, 0);
  let draw = Math.random() * total;
  for (const { weight, move } of Object.values(DEMO_MOVES)) {
    if ((draw -= weight) < 0) return move(url, token);
  }
  return winDeal(url, token);
}

/**
 * Moves the demo workspace every `intervalMs` as the login `credentials` until `signal` aborts
 * (`pnpm demo`, or `pnpm start` with DEMO_MOVE=1). A refused move (stock just taken by another
 * order, an invoice paid meanwhile) is logged and skipped; the access token is renewed every 5 minutes.
 */
export async function runDemoMover(
  url: string,
  credentials: { email: string; password: string },
  options: { intervalMs: number; signal: AbortSignal; log: (line: string) => void },
): Promise<void> {
  const login = async () =>
    (await call<{ login: { accessToken: string | null } }>(url, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken errors { code message } } }`, { e: credentials.email, p: credentials.password }))
      .login.accessToken!;
  let token = await login();
  let loggedInAt = Date.now();
  const at = () => new Date().toISOString().slice(11, 19);
  while (!options.signal.aborted) {
    try {
      if (Date.now() - loggedInAt > 5 * 60_000) {
        token = await login();
        loggedInAt = Date.now();
      }
      const did = await demoMove(url, token);
      if (did) options.log(`${at()} ${did}`);
    } catch (err) {
      options.log(`${at()} (skipped: ${err instanceof Error ? err.message.slice(0, 120) : String(err)})`);
    }
    // Node's abortable timer: no abort listener is left behind per move (they piled up, one per move).
    await sleepUnlessAborted(options.intervalMs, { signal: options.signal }).catch(() => undefined);
  }
}
