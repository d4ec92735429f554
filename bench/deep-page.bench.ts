import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  REPO_ROOT,
  DEEP_PAGE,
  cpuMillis,
  isDataStatement,
  migrateIsolatedDatabase,
  seedDeepPage,
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
    log(`winning ${ORDERS} deals through the saga`);
    await seedDeepPage(stack.url, tenant.token, { orders: ORDERS, stock: 1000, timeoutMs: 180_000, intervalMs: 1000 });
    const body = JSON.stringify({ query: DEEP_PAGE, variables: { first: ORDERS } });
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
