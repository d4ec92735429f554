import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  REPO_ROOT,
  cpuMillis,
  createCustomer,
  createDeal,
  createProduct,
  createWarehouse,
  eventually,
  gql,
  isDataStatement,
  migrateIsolatedDatabase,
  receiveStock,
  signUpTenant,
  startStack,
  untilQuiet,
} from '@prometric/testing';

/**
 * `pnpm bench` (second part): the dashboard's deep page through the gateway, with field rules on:
 * `orders(first: 50)` with each order's customer (and balance), lines with each product's stock,
 * invoices and reservations, across four subgraphs. 50 orders won through the saga (each READY,
 * invoiced, reserved). Reports req/s and latency, and how many data statements one request runs.
 *
 * Env: BENCH_SECONDS (measured, default 10), BENCH_WARMUP_SECONDS (default 5), BENCH_CONNECTIONS
 * (default 10). Writes bench/results/deep-page.json.
 */

const DEEP_PAGE = `query DeepPage($first: Int!) {
  orders(first: $first) {
    totalCount
    edges { node {
      id number status
      customer { name balance { amount currency } }
      lines { quantity product { sku stock { available } } }
      invoices { number status amountDue { amount } }
      reservations { quantity status }
    } }
  }
}`;
const ORDERS = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  log('migrating a database of the bench’s own');
  const databaseUrl = migrateIsolatedDatabase('bench_deep');
  const stack = await startStack({ databaseUrl, orchestrator: true, recordQueries: 'all' });
  try {
    const tenant = await signUpTenant(stack.url, { organizationName: 'Deep Page Bench' });
    const warehouse = await createWarehouse(stack.url, tenant.token);
    const products = [await createProduct(stack.url, tenant.token, { price: '12.00' }), await createProduct(stack.url, tenant.token, { price: '30.00' })];
    for (const p of products) await receiveStock(stack.url, tenant.token, { productId: p.id, warehouseId: warehouse.id, quantity: 1000 });
    const customers = [await createCustomer(stack.url, tenant.token), await createCustomer(stack.url, tenant.token)];
    log(`winning ${ORDERS} deals through the saga`);
    for (let i = 0; i < ORDERS; i++) {
      const deal = await createDeal(stack.url, tenant.token, customers[i % 2].id, [
        { productId: products[0].id, quantity: 1 + (i % 3) },
        { productId: products[1].id, quantity: 1 },
      ]);
      await gql(stack.url, 'mutation($id: ID!) { winDeal(id: $id) { deal { id } } }', { id: deal.id }, tenant.token);
    }
    const body = JSON.stringify({ query: DEEP_PAGE, variables: { first: ORDERS } });
    type Edges = { node: { status: string; invoices: unknown[]; reservations: unknown[] } }[];
    await eventually(
      'every order READY, invoiced and reserved',
      async () => (await gql(stack.url, DEEP_PAGE, { first: ORDERS }, tenant.token)).data!.orders.edges as Edges,
      (edges) => edges.length === ORDERS && edges.every((e) => e.node.status === 'READY' && e.node.invoices.length === 1 && e.node.reservations.length === 2),
      { timeoutMs: 180_000, intervalMs: 1000 },
    );
    // Finance's event feed copies every event one at a time and trails the saga by a while: wait until
    // nothing runs but idle polling, so the page is measured alone (as test/deep-page.int.spec.ts counts it).
    await untilQuiet(stack, { timeoutMs: 180_000 });
    stack.queries.length = 0;
    const expected = await (await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` }, body })).text();
    const statements = stack.queries.filter((q) => isDataStatement(q.sql));
    log(`one request: ${statements.length} data statements (${[...new Set(statements.map((q) => q.subgraph))].join(', ')})`);
    const fire = (duration: number) =>
      autocannon({ url: stack.url, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` }, body, expectBody: expected, connections, duration, workers: 1 });
    log(`warm-up ${warmup}s`);
    await fire(warmup);
    stack.queries.length = 0;
    log(`measuring ${seconds}s`);
    // The whole stack runs on this process's main thread (autocannon on a worker): its CPU time per
    // request is the figure least disturbed by whatever else the machine runs.
    const cpuBefore = cpuMillis(process.pid);
    const r = await fire(seconds);
    const cpuPerRequestMs = (cpuMillis(process.pid) - cpuBefore) / r.requests.total;
    stack.queries.length = 0;
    if (r.non2xx || r.errors || r.timeouts || r.mismatches) throw new Error(`deep page: non2xx=${r.non2xx} errors=${r.errors} timeouts=${r.timeouts} mismatches=${r.mismatches}`);
    const result = {
      date: new Date().toISOString(),
      orders: ORDERS,
      connections,
      seconds,
      dataStatementsPerRequest: statements.length,
      requestsPerSecond: r.requests.average,
      mainThreadCpuPerRequestMs: Math.round(cpuPerRequestMs * 10) / 10,
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99 },
      totalRequests: r.requests.total,
    };
    process.stdout.write(`\ndeep page (${ORDERS} orders, 4 subgraphs, through the gateway): ${r.requests.average.toFixed(1)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, main-thread CPU ${cpuPerRequestMs.toFixed(1)} ms per request, ${statements.length} data statements per request\n\n`);
    mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'bench/results/deep-page.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stack.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
