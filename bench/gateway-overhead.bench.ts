import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { REPO_ROOT, createProduct, signUpTenant, startStack, testConfig, type Stack } from '@prometric/testing';

/**
 * `pnpm bench`: what @apollo/gateway costs on top of a subgraph. The same one-subgraph query is fired
 * at the sales subgraph directly and through the gateway; the interesting figures are the ratios, not
 * the absolute numbers (which depend on the machine, and on Postgres running beside it).
 *
 * Env: BENCH_SECONDS (measured seconds per target, default 10), BENCH_WARMUP_SECONDS (per target,
 * default 2), BENCH_PRIME_SECONDS (one-off, through the gateway, default 15), BENCH_CONNECTIONS
 * (default 10), BENCH_WORKERS (autocannon worker threads, default 1; 0 = the main thread).
 */

const PRODUCT_COUNT = 50;
const QUERY = 'query { products(first: 20) { totalCount edges { node { id sku name price { amount currency } } } } }';
const RESULTS_FILE = join(REPO_ROOT, 'bench/results/gateway-overhead.json');

/** An integer >= `min` from the environment, or `fallback`; anything else is a typo worth stopping for. */
function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

const config = {
  measuredSeconds: envInt('BENCH_SECONDS', 10, 1),
  warmupSeconds: envInt('BENCH_WARMUP_SECONDS', 2, 0),
  // Measured on a 2-core VM: the subgraph keeps speeding up for ~20 s of load (JIT, Postgres caches),
  // so 2 s of warm-up left the first target (direct) measured colder than the second, flattering the
  // gateway (req/s ratio ~0.73 vs ~0.58 primed). Priming through the gateway runs both services' code
  // before either is measured.
  primeSeconds: envInt('BENCH_PRIME_SECONDS', 15, 0),
  connections: envInt('BENCH_CONNECTIONS', 10, 1),
  // The stack runs in this process, so a load generator on the main thread would steal the very
  // event loop it measures (and steal more of it from the faster target). A worker thread keeps it apart.
  workers: envInt('BENCH_WORKERS', 1, 0),
};

type TargetName = 'direct' | 'gateway';

interface Target {
  name: TargetName;
  description: string;
  url: string;
}

/** A target whose answer was checked, with the exact body every measured response must equal. */
interface VerifiedTarget extends Target {
  expectedBody: string;
}

/** What every request sends: one body and one tenant's token. */
interface Load {
  body: string;
  token: string;
}

interface TargetResult {
  name: TargetName;
  description: string;
  requestsPerSecond: { average: number; stddev: number; min: number; max: number };
  latencyMs: { average: number; p50: number; p90: number; p99: number; max: number };
  totalRequests: number;
  durationSeconds: number;
}

interface ProductsPage {
  data?: { products?: { totalCount?: unknown; edges?: unknown } } | null;
  errors?: unknown[];
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * Runs the migrations in a child process, as the jest global setup does: MikroORM keeps global
 * metadata, and the migrator's must not mix with the services this process is about to start.
 */
function migrate(): void {
  execFileSync(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, 'scripts/migrate.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: testConfig.databaseUrl, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
}

async function seed(stack: Stack): Promise<string> {
  const tenant = await signUpTenant(stack.url, { organizationName: 'Bench Org' });
  // Names sort in creation order, so the first page is the same on every run.
  for (let i = 1; i <= PRODUCT_COUNT; i++) {
    const n = String(i).padStart(2, '0');
    await createProduct(stack.url, tenant.token, { sku: `BENCH-${n}`, name: `Bench product ${n}`, price: `${i}.00` });
  }
  return tenant.token;
}

function requestHeaders(token: string): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/**
 * A bench of error responses is worthless, and GraphQL errors come back as 200: checks the target
 * answers the real data, and returns the exact body so every measured response can be compared to it.
 */
async function verifyTarget(target: Target, load: Load): Promise<VerifiedTarget> {
  const fetchOnce = async (): Promise<string> => {
    const res = await fetch(target.url, { method: 'POST', headers: requestHeaders(load.token), body: load.body });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${target.name}: HTTP ${res.status}: ${text.slice(0, 500)}`);
    const parsed = JSON.parse(text) as ProductsPage;
    if (parsed.errors !== undefined) throw new Error(`${target.name}: GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
    const products = parsed.data?.products;
    if (products?.totalCount !== PRODUCT_COUNT || !Array.isArray(products.edges) || products.edges.length !== 20) {
      throw new Error(`${target.name}: expected totalCount ${PRODUCT_COUNT} and 20 edges, got ${text.slice(0, 500)}`);
    }
    return text;
  };
  const first = await fetchOnce();
  // expectBody needs a byte-stable answer: if two calls differed, every "mismatch" would be noise.
  const second = await fetchOnce();
  if (first !== second) throw new Error(`${target.name}: two identical requests returned different bodies`);
  return { ...target, expectedBody: first };
}

/** autocannon only counts failures: a run with any of them measured something other than the query. */
function assertClean(target: Target, phase: string, r: autocannon.Result): void {
  const problems = { non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, mismatches: r.mismatches };
  const bad = Object.entries(problems).filter(([, count]) => count !== 0);
  if (bad.length > 0) {
    throw new Error(`${target.name} ${phase}: ${bad.map(([k, v]) => `${k}=${v}`).join(', ')} (status codes: ${JSON.stringify(r.statusCodeStats ?? {})})`);
  }
  if (r.requests.total === 0) throw new Error(`${target.name} ${phase}: no request completed`);
}

/** Fires the query at `target` for `seconds`; throws unless every response was the expected 200. */
async function fire(target: VerifiedTarget, load: Load, seconds: number, phase: string): Promise<autocannon.Result> {
  const r = await autocannon({
    url: target.url,
    method: 'POST',
    headers: requestHeaders(load.token),
    body: load.body,
    expectBody: target.expectedBody,
    connections: config.connections,
    duration: seconds,
    workers: config.workers > 0 ? config.workers : undefined,
    title: target.name,
  });
  assertClean(target, phase, r);
  return r;
}

async function measure(target: VerifiedTarget, load: Load): Promise<TargetResult> {
  if (config.warmupSeconds > 0) {
    log(`${target.name}: warm-up ${config.warmupSeconds}s`);
    // Lets the connection pools and caches settle on this target after the other one ran; discarded.
    await fire(target, load, config.warmupSeconds, 'warm-up');
  }
  log(`${target.name}: measuring ${config.measuredSeconds}s`);
  const r = await fire(target, load, config.measuredSeconds, 'run');
  return {
    name: target.name,
    description: target.description,
    requestsPerSecond: { average: r.requests.average, stddev: r.requests.stddev, min: r.requests.min, max: r.requests.max },
    latencyMs: { average: r.latency.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    totalRequests: r.requests.total,
    durationSeconds: r.duration,
  };
}

/** gateway / direct, for throughput (below 1 = the gateway costs) and for latencies (above 1 = it costs). */
interface Ratios {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

const ratio = (gateway: number, direct: number): number => Math.round((gateway / direct) * 1000) / 1000;

function printTable(results: TargetResult[], ratios: Ratios): void {
  const rows = [
    ['target', 'req/s (avg)', 'p50 (ms)', 'p99 (ms)'],
    ...results.map((r) => [r.description, r.requestsPerSecond.average.toFixed(0), r.latencyMs.p50.toFixed(2), r.latencyMs.p99.toFixed(2)]),
    ['gateway / direct', `${ratios.requestsPerSecond.toFixed(3)}x`, `${ratios.p50.toFixed(3)}x`, `${ratios.p99.toFixed(3)}x`],
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  process.stdout.write(`\n${[line(rows[0]), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1])].join('\n')}\n\n`);
}

async function main(): Promise<void> {
  log('migrating the test database');
  migrate();
  log('starting the stack');
  const stack = await startStack();
  try {
    const load: Load = { body: JSON.stringify({ query: QUERY }), token: await seed(stack) };
    // Both checked before any load: a broken target should fail in seconds, not after the priming.
    const direct = await verifyTarget({ name: 'direct', description: 'sales subgraph (direct)', url: stack.sales.url }, load);
    const gateway = await verifyTarget({ name: 'gateway', description: 'gateway -> sales', url: stack.url }, load);
    if (config.primeSeconds > 0) {
      log(`priming: ${config.primeSeconds}s through the gateway (discarded)`);
      await fire(gateway, load, config.primeSeconds, 'priming');
    }
    // One after the other, never together: they share the CPU, and the whole stack shares one event loop.
    const directResult = await measure(direct, load);
    const gatewayResult = await measure(gateway, load);
    const results = [directResult, gatewayResult];

    const ratios: Ratios = {
      requestsPerSecond: ratio(gatewayResult.requestsPerSecond.average, directResult.requestsPerSecond.average),
      p50: ratio(gatewayResult.latencyMs.p50, directResult.latencyMs.p50),
      p99: ratio(gatewayResult.latencyMs.p99, directResult.latencyMs.p99),
    };
    printTable(results, ratios);

    const cpuList = cpus();
    mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          platform: `${process.platform}-${process.arch}`,
          cpus: cpuList.length,
          cpuModel: cpuList[0]?.model ?? 'unknown',
          durations: { primeSeconds: config.primeSeconds, warmupSeconds: config.warmupSeconds, measuredSeconds: config.measuredSeconds },
          connections: config.connections,
          autocannonWorkers: config.workers,
          products: PRODUCT_COUNT,
          query: QUERY,
          results,
          ratios: { ...ratios, note: 'gateway / direct' },
        },
        null,
        2,
      )}\n`,
    );
    log(`results written to ${RESULTS_FILE}`);
  } finally {
    await stack.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
