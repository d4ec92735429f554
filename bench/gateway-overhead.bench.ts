import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ACCESS_TOKEN_TTL_SECONDS, appDatabaseUrl, createLogger, createVerifier, formatError, handleGraphQLHttp, sendJson } from '@prometric/core';
import { gatewayContext, supergraphForEnforcingGateway, type GatewayContext } from '@prometric/gateway';
import { identityEnvSchema } from '@prometric/identity';
import { REPO_ROOT, cpuMillis, createProduct, memberToken, migrateInChildProcess, signUpTenant, startStack, testConfig, testEnv, type Stack, type Tenant } from '@prometric/testing';
import { startLeanServer, type LeanServer } from './lean/lean-server';

/**
 * `pnpm bench`: what our request path costs against a lean server doing the same SQL (the baseline,
 * bench/lean/lean-server.ts), what the gateway costs on top of a subgraph, and what its field-level
 * authorization costs on top of the gateway. The same one-subgraph query is fired at the lean server,
 * at the sales subgraph directly,
 * at a plain @apollo/gateway built here without enforcement, and at the product's gateway (which
 * enforces @authenticated/@requiresScopes); optionally also at the product's gateway with a token
 * whose role is refused part of the query. The interesting figures are the ratios, not the absolute
 * numbers (which depend on the machine, and on Postgres running beside it).
 *
 * Env: BENCH_ROUNDS (default 3: every target is measured once per round, the order reversed every
 * other round, and its median round reported), BENCH_SECONDS (measured seconds per target and round,
 * default 5), BENCH_WARMUP_SECONDS (per target and round,
 * default 2), BENCH_PRIME_SECONDS (one-off, through both gateways, default 15), BENCH_CONNECTIONS
 * (default 10), BENCH_WORKERS (autocannon worker threads, default 1; 0 = the main thread),
 * BENCH_REFUSED (1 = also measure the refused-field target, default; 0 = skip it).
 */

// @apollo/gateway and @apollo/server are dependencies of the gateway package, not of the root, and
// pnpm does not hoist them: load them from gateway/, so they are the very modules the product gateway
// (and @prometric/core) run. The types come from the same files: @apollo/server's CommonJS build is
// named explicitly, since that is what `require` loads and what @prometric/core's types refer to.
type ApolloGatewayModule = typeof import('../gateway/node_modules/@apollo/gateway');
type DataSourceRequest<C extends Record<string, any>> = Parameters<NonNullable<import('../gateway/node_modules/@apollo/gateway').RemoteGraphQLDataSource<C>['willSendRequest']>>[0];
type ApolloServerModule = typeof import('../gateway/node_modules/@apollo/server/dist/cjs/index.js');
const gatewayRequire = createRequire(join(REPO_ROOT, 'gateway/package.json'));
const { ApolloGateway, RemoteGraphQLDataSource } = gatewayRequire('@apollo/gateway') as ApolloGatewayModule;
const { ApolloServer } = gatewayRequire('@apollo/server') as ApolloServerModule;

const PRODUCT_COUNT = 50;
const PAGE_SIZE = 20;
/**
 * `cost` needs `products:cost`, so the enforcing gateway checks a scoped field on every node; the
 * OWNER token has that scope, so nothing is refused and all three main targets answer the same body.
 */
const QUERY = `query { products(first: ${PAGE_SIZE}) { totalCount edges { node { id sku name price { amount currency } cost { amount } } } } }`;
/** A role without `products:cost`: through the enforcing gateway, every `cost` comes back null + FORBIDDEN. */
const REFUSED_ROLE = 'SALES_REP';
const RESULTS_FILE = join(REPO_ROOT, 'bench/results/gateway-overhead.json');

/** An integer >= `min` from the environment, or `fallback`; anything else is a typo worth stopping for. */
function envInt(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer in [${min}, ${max}], got "${raw}"`);
  return value;
}

const config = {
  // One long run per target left its ratio to the others at the mercy of whatever the machine did in
  // those seconds (gateway/direct read 0.62 and 0.87 in two quiet runs): short rounds, interleaved.
  rounds: envInt('BENCH_ROUNDS', 3, 1),
  measuredSeconds: envInt('BENCH_SECONDS', 5, 1),
  warmupSeconds: envInt('BENCH_WARMUP_SECONDS', 2, 0),
  // Measured on a 2-core VM: the subgraph keeps speeding up for ~20 s of load (JIT, Postgres caches),
  // so 2 s of warm-up left the first target (direct) measured colder than the second, flattering the
  // gateway (req/s ratio ~0.73 vs ~0.58 primed). Priming through the gateways runs all services' code
  // before any is measured.
  primeSeconds: envInt('BENCH_PRIME_SECONDS', 15, 0),
  connections: envInt('BENCH_CONNECTIONS', 10, 1),
  // The stack runs in this process, so a load generator on the main thread would steal the very
  // event loop it measures (and steal more of it from the faster target). A worker thread keeps it apart.
  workers: envInt('BENCH_WORKERS', 1, 0),
  refused: envInt('BENCH_REFUSED', 1, 0, 1) === 1,
};

type TargetName = 'lean' | 'direct' | 'gateway-off' | 'gateway-on' | 'gateway-on-refused';

/** What every request to a target sends: one body and one token. */
interface Load {
  body: string;
  token: string;
}

interface Target {
  name: TargetName;
  description: string;
  url: string;
  load: Load;
}

/** A target whose answer was checked, with the exact body every measured response must equal. */
interface VerifiedTarget extends Target {
  expectedBody: string;
}

interface TargetResult {
  name: TargetName;
  /**
   * CPU time of this process's main thread (every server of the stack runs on it; autocannon on a
   * worker) per request: the figure least disturbed by whatever else the machine runs.
   */
  cpuPerRequestMs: number;
  description: string;
  requestsPerSecond: { average: number; stddev: number; min: number; max: number };
  latencyMs: { average: number; p50: number; p90: number; p99: number; max: number };
  totalRequests: number;
  durationSeconds: number;
  /** req/s of every round (`results` hold the median one). */
  rounds?: number[];
}

interface ProductNode {
  id?: unknown;
  cost?: { amount?: unknown } | null;
}

interface ProductsPage {
  data?: { products?: { totalCount?: unknown; edges?: { node?: ProductNode }[] } } | null;
  errors?: { message?: unknown; path?: unknown; extensions?: { code?: unknown } }[];
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function seed(stack: Stack): Promise<Tenant> {
  const tenant = await signUpTenant(stack.url, { organizationName: 'Bench Org' });
  // Names sort in creation order, so the first page is the same on every run.
  for (let i = 1; i <= PRODUCT_COUNT; i++) {
    const n = String(i).padStart(2, '0');
    await createProduct(stack.url, tenant.token, { sku: `BENCH-${n}`, name: `Bench product ${n}`, price: `${i}.00`, cost: `${i}.50` });
  }
  return tenant;
}

interface UnenforcedGateway {
  url: string;
  close(): Promise<void>;
}

/**
 * The "enforcement off" baseline: `startGateway` (gateway/src/gateway.ts) minus its
 * `AuthorizedGateway` wrapper, so that the off/on difference is the field-level authorization alone.
 * Same supergraph, same edge token check (`gatewayContext`), same header forwarding, same HTTP
 * handler and ApolloServer options. It exists only in this bench: the product never serves the
 * supergraph without enforcement, and `startGateway` deliberately has no switch for it. The
 * subgraphs still verify the token and apply their own field rules.
 */
async function startUnenforcedGateway(stack: Stack): Promise<UnenforcedGateway> {
  const env = testEnv();
  const logger = createLogger('bench-gateway-off', env.LOG_LEVEL);
  const verifier = await createVerifier(identityEnvSchema.parse(env));
  const subgraphUrls: Record<string, string> = { ...stack.subgraphUrls };

  /** Forwards the caller's token and request id, as the product's data source does. */
  class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
    constructor(url: string, private readonly subgraph: string) {
      super({ url });
    }

    override willSendRequest({ request, context }: DataSourceRequest<GatewayContext>): void {
      // The product gateway's stack records every subgraph call; do the same work here.
      stack.subgraphCalls.push(this.subgraph);
      if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
      if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    }
  }

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForEnforcingGateway(readFileSync(testConfig.supergraphPath, 'utf8')),
    buildService: ({ name, url }) => {
      const target = subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new ForwardingDataSource(target, name);
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, (err) => logger.error({ err }, 'unexpected gateway error')),
  });
  await server.start();
  const httpServer = http.createServer((req, res) => {
    if ((req.url ?? '/').split('?')[0] !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    handleGraphQLHttp(server, req, res, () => gatewayContext(req.headers, verifier)).catch((err) => {
      logger.error({ err }, 'gateway request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      await server.stop();
    },
  };
}

function requestHeaders(token: string): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/** The page every main target must answer: all of it, costs included, no errors. */
function checkFullPage(page: ProductsPage): string | null {
  if (page.errors !== undefined) return `GraphQL errors: ${JSON.stringify(page.errors)}`;
  const products = page.data?.products;
  if (products?.totalCount !== PRODUCT_COUNT || !Array.isArray(products.edges) || products.edges.length !== PAGE_SIZE) {
    return `expected totalCount ${PRODUCT_COUNT} and ${PAGE_SIZE} edges`;
  }
  if (!products.edges.every((e) => typeof e.node?.cost?.amount === 'string')) return 'expected a cost on every node';
  return null;
}

/**
 * The page of the refused target: the full page's data with every `cost` null, and one FORBIDDEN
 * error at each of those paths, nothing else.
 */
function checkRefusedPage(fullBody: string): (page: ProductsPage) => string | null {
  const full = JSON.parse(fullBody) as ProductsPage;
  for (const edge of full.data!.products!.edges!) edge.node!.cost = null;
  const expectedData = JSON.stringify(full.data);
  const expectedPaths = Array.from({ length: PAGE_SIZE }, (_, i) => JSON.stringify(['products', 'edges', i, 'node', 'cost']));
  return (page) => {
    if (JSON.stringify(page.data) !== expectedData) return 'expected the full page with every cost null';
    const errors = page.errors ?? [];
    const paths = errors.map((e) => JSON.stringify(e.path)).sort();
    if (errors.some((e) => e.extensions?.code !== 'FORBIDDEN') || JSON.stringify(paths) !== JSON.stringify([...expectedPaths].sort())) {
      return `expected one FORBIDDEN error per cost, got ${JSON.stringify(errors)}`;
    }
    return null;
  };
}

/**
 * A bench of error responses is worthless, and GraphQL errors come back as 200: checks the target
 * answers what `check` expects, and returns the exact body so every measured response can be compared to it.
 */
async function verifyTarget(target: Target, check: (page: ProductsPage) => string | null): Promise<VerifiedTarget> {
  const fetchOnce = async (): Promise<string> => {
    const res = await fetch(target.url, { method: 'POST', headers: requestHeaders(target.load.token), body: target.load.body });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${target.name}: HTTP ${res.status}: ${text.slice(0, 500)}`);
    const problem = check(JSON.parse(text) as ProductsPage);
    if (problem) throw new Error(`${target.name}: ${problem}; got ${text.slice(0, 500)}`);
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

/** Fires the target's query at it for `seconds`; throws unless every response was the expected 200. */
async function fire(stack: Stack, target: VerifiedTarget, seconds: number, phase: string): Promise<autocannon.Result> {
  // The stack records every SQL statement and subgraph call (for tests); keep the heap from growing across phases.
  stack.salesQueries.length = 0;
  stack.subgraphCalls.length = 0;
  const r = await autocannon({
    url: target.url,
    method: 'POST',
    headers: requestHeaders(target.load.token),
    body: target.load.body,
    expectBody: target.expectedBody,
    connections: config.connections,
    duration: seconds,
    workers: config.workers > 0 ? config.workers : undefined,
    title: target.name,
  });
  assertClean(target, phase, r);
  return r;
}

async function measure(stack: Stack, target: VerifiedTarget): Promise<TargetResult> {
  if (config.warmupSeconds > 0) {
    log(`${target.name}: warm-up ${config.warmupSeconds}s`);
    // Lets the connection pools and caches settle on this target after the other one ran; discarded.
    await fire(stack, target, config.warmupSeconds, 'warm-up');
  }
  log(`${target.name}: measuring ${config.measuredSeconds}s`);
  const cpuBefore = cpuMillis(process.pid);
  const r = await fire(stack, target, config.measuredSeconds, 'run');
  const cpuPerRequestMs = (cpuMillis(process.pid) - cpuBefore) / r.requests.total;
  return {
    cpuPerRequestMs: Math.round(cpuPerRequestMs * 100) / 100,
    name: target.name,
    description: target.description,
    requestsPerSecond: { average: r.requests.average, stddev: r.requests.stddev, min: r.requests.min, max: r.requests.max },
    latencyMs: { average: r.latency.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    totalRequests: r.requests.total,
    durationSeconds: r.duration,
  };
}

/** The round of median throughput (its latencies and CPU with it), the others' requests added to its total. */
function medianRound(measured: TargetResult[]): TargetResult {
  const sorted = [...measured].sort((a, b) => a.requestsPerSecond.average - b.requestsPerSecond.average);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { ...median, rounds: measured.map((r) => Math.round(r.requestsPerSecond.average)) };
}

/** `of` / `over`, for throughput (below 1 = `of` is slower) and for latencies (above 1 = `of` is slower). */
interface Ratio {
  label: string;
  of: TargetName;
  over: TargetName;
  requestsPerSecond: number;
  /** CPU per request of `over` / of `of`: the throughput ratio if CPU were all that limited both. */
  cpu: number;
  p50: number;
  p99: number;
}

const divide = (a: number, b: number): number => Math.round((a / b) * 1000) / 1000;

function ratioOf(label: string, of: TargetResult, over: TargetResult): Ratio {
  return {
    label,
    of: of.name,
    over: over.name,
    requestsPerSecond: divide(of.requestsPerSecond.average, over.requestsPerSecond.average),
    cpu: divide(over.cpuPerRequestMs, of.cpuPerRequestMs),
    p50: divide(of.latencyMs.p50, over.latencyMs.p50),
    p99: divide(of.latencyMs.p99, over.latencyMs.p99),
  };
}

function printTable(results: TargetResult[], ratios: Ratio[]): void {
  const header = ['target', 'req/s (avg)', 'CPU ms/req', 'p50 (ms)', 'p99 (ms)'];
  const targetRows = results.map((r) => [r.description, r.requestsPerSecond.average.toFixed(0), r.cpuPerRequestMs.toFixed(2), r.latencyMs.p50.toFixed(2), r.latencyMs.p99.toFixed(2)]);
  const ratioRows = ratios.map((r) => [r.label, `${r.requestsPerSecond.toFixed(3)}x`, `${r.cpu.toFixed(3)}x`, `${r.p50.toFixed(3)}x`, `${r.p99.toFixed(3)}x`]);
  const all = [header, ...targetRows, ...ratioRows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => row[col].length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  process.stdout.write(`\n${[line(header), rule, ...targetRows.map(line), rule, ...ratioRows.map(line)].join('\n')}\n\n`);
}

async function main(): Promise<void> {
  const targetCount = config.refused ? 5 : 4;
  // Setup, priming and every phase run on the tokens minted at the start; an expired token would
  // fail the bench half-way, with 401s.
  const plannedSeconds = 30 + config.primeSeconds + config.rounds * targetCount * (config.warmupSeconds + config.measuredSeconds);
  if (plannedSeconds > ACCESS_TOKEN_TTL_SECONDS - 60) {
    throw new Error(`the run would take ~${plannedSeconds}s, longer than the ${ACCESS_TOKEN_TTL_SECONDS}s access tokens it uses live; shorten it`);
  }
  const cpuCount = cpus().length;
  const loadBefore = loadavg()[0];
  // Anything else running (a test suite, a build) competes with the stack for the same CPUs and skews
  // the targets measured while it runs more than the others. The bench alone keeps the load around
  // the CPU count (2 on 2 cores), and a bench that just ended still counts for a minute.
  if (loadBefore > cpuCount) log(`warning: 1-min load average is ${loadBefore.toFixed(2)} on ${cpuCount} CPUs before the bench; something else may be running, figures will be noisy`);
  log('migrating the test database');
  migrateInChildProcess(testConfig.databaseUrl);
  log('starting the stack');
  // No query log: MikroORM formats every statement it logs, a cost the product does not pay.
  const stack = await startStack({ recordQueries: 'none' });
  let unenforced: UnenforcedGateway | null = null;
  let lean: LeanServer | null = null;
  try {
    unenforced = await startUnenforcedGateway(stack);
    const env = identityEnvSchema.parse(testEnv());
    lean = await startLeanServer(appDatabaseUrl(env), await createVerifier(env));
    const tenant = await seed(stack);
    const load: Load = { body: JSON.stringify({ query: QUERY }), token: tenant.token };
    // All checked before any load: a broken target should fail in seconds, not after the priming.
    const leanTarget = await verifyTarget({ name: 'lean', description: 'lean server (graphql-js + pg + jose)', url: lean.url, load }, checkFullPage);
    const direct = await verifyTarget({ name: 'direct', description: 'sales subgraph (direct)', url: stack.sales.url, load }, checkFullPage);
    const off = await verifyTarget({ name: 'gateway-off', description: 'gateway, enforcement off', url: unenforced.url, load }, checkFullPage);
    const on = await verifyTarget({ name: 'gateway-on', description: 'gateway, enforcement on', url: stack.url, load }, checkFullPage);
    // Nothing refused for the owner: the three must answer byte for byte the same, or they did different work.
    for (const other of [leanTarget, off, on]) {
      if (other.expectedBody !== direct.expectedBody) {
        throw new Error(`${other.name} answered differently from direct:\n${other.expectedBody.slice(0, 300)}\n${direct.expectedBody.slice(0, 300)}`);
      }
    }
    const refused = config.refused
      ? await verifyTarget(
          {
            name: 'gateway-on-refused',
            description: `gateway, enforcement on, ${REFUSED_ROLE} (cost refused)`,
            url: stack.url,
            load: { body: load.body, token: await memberToken(stack.url, tenant, REFUSED_ROLE) },
          },
          checkRefusedPage(on.expectedBody),
        )
      : null;

    if (config.primeSeconds > 0) {
      // Half through each gateway: the services' code and Postgres caches warm up either way, and
      // each gateway instance gets its own query plan cache and connections warmed as well.
      const half = Math.max(1, Math.round(config.primeSeconds / 2));
      log(`priming: ${half}s through each gateway (discarded)`);
      await fire(stack, off, half, 'priming');
      await fire(stack, on, half, 'priming');
    }
    // One after the other, never together: they share the CPU, and the whole stack shares one event loop.
    const targets = [leanTarget, direct, off, on, ...(refused ? [refused] : [])];
    const rounds = new Map<TargetName, TargetResult[]>(targets.map((t) => [t.name, []]));
    for (let round = 0; round < config.rounds; round++) {
      log(`round ${round + 1} of ${config.rounds}`);
      for (const target of round % 2 === 0 ? targets : [...targets].reverse()) rounds.get(target.name)!.push(await measure(stack, target));
    }
    const results = targets.map((t) => medianRound(rounds.get(t.name)!));
    const [leanResult, directResult, offResult, onResult, refusedResult] = results;

    const ratios: Ratio[] = [
      ratioOf('direct / lean', directResult, leanResult),
      ratioOf('gateway (on) / lean', onResult, leanResult),
      ratioOf('enforcement on / off', onResult, offResult),
      ratioOf('gateway (on) / direct', onResult, directResult),
      ratioOf('gateway (off) / direct', offResult, directResult),
      ...(refusedResult ? [ratioOf(`${REFUSED_ROLE} refused / on`, refusedResult, onResult)] : []),
    ];
    printTable(results, ratios);
    const loadAfter = loadavg()[0];
    if (loadAfter > cpuCount + 1) log(`warning: 1-min load average was ${loadAfter.toFixed(2)} on ${cpuCount} CPUs at the end; something else was likely running`);

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
          durations: { primeSeconds: config.primeSeconds, rounds: config.rounds, warmupSeconds: config.warmupSeconds, measuredSeconds: config.measuredSeconds },
          connections: config.connections,
          autocannonWorkers: config.workers,
          // 1-min load average: the bench itself loads ~all CPUs, so "after" well above the CPU count means company.
          loadAverage: { before: loadBefore, after: loadAfter },
          products: PRODUCT_COUNT,
          query: QUERY,
          refusedRole: refused ? REFUSED_ROLE : null,
          results,
          ratios,
        },
        null,
        2,
      )}\n`,
    );
    log(`results written to ${RESULTS_FILE}`);
  } finally {
    await unenforced?.close();
    await lean?.close();
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
