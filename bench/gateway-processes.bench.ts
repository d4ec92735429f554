import 'reflect-metadata';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { appDatabaseUrl, createVerifier } from '@prometric/core';
import { identityEnvSchema } from '@prometric/identity';
import { REPO_ROOT, cpuMillis, createProduct, signUpTenant, startProcessStack, testEnv } from '@prometric/testing';
import { startLeanServer } from './lean/lean-server';

/**
 * `pnpm bench` (products page, as deployed): the same page as gateway-overhead.bench.ts, but the
 * stack is what `pnpm start` runs, every service its own process (one gateway worker, rate limits
 * off so the load is not throttled), instead of all of it on the bench's event loop. Targets: the
 * lean server (in this process), the sales subgraph's own port, the gateway. Reports req/s and the
 * CPU per request of the processes each target involves (the lean server: this process's main
 * thread; direct: sales; gateway: gateway + sales), and how busy each process was under the
 * gateway's load, i.e. whether the machine's cores are all at work.
 *
 * Env: BENCH_SECONDS (measured per target, default 10), BENCH_WARMUP_SECONDS (default 3),
 * BENCH_PRIME_SECONDS (through the gateway first, default 15), BENCH_CONNECTIONS (default 10).
 * Writes bench/results/gateway-processes.json.
 */

const QUERY = `query { products(first: 20) { totalCount edges { node { id sku name price { amount currency } cost { amount } } } } }`;
const PRODUCT_COUNT = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const prime = Number(process.env.BENCH_PRIME_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Target {
  name: 'lean' | 'direct' | 'gateway';
  url: string;
  /** The processes whose CPU serves this target's requests. */
  pids: number[];
}

interface Measured {
  name: Target['name'];
  requestsPerSecond: number;
  cpuPerRequestMs: number;
  p50: number;
  p99: number;
  /** CPU each service process used per second of wall time while this target was loaded (1 = one core). */
  coresBusy: Record<string, number>;
}

async function main(): Promise<void> {
  const keysDir = mkdtempSync(join(tmpdir(), 'bench-keys-'));
  log('starting pnpm start (every service its own process)');
  const stack = await startProcessStack('bench_processes', { GATEWAY_WORKERS: '1', RATE_LIMITS: 'off', AUTH_KEYS_DIR: keysDir });
  const env = identityEnvSchema.parse(testEnv({ DATABASE_URL: stack.databaseUrl, AUTH_KEYS_DIR: keysDir }));
  const lean = await startLeanServer(appDatabaseUrl(env), await createVerifier(env));
  try {
    const services = stack.services();
    const pidsOf = (...names: string[]) => services.filter((s) => names.includes(s.name)).map((s) => s.pid);
    const tenant = await signUpTenant(stack.url, { organizationName: 'Bench Processes' });
    for (let i = 1; i <= PRODUCT_COUNT; i++) {
      const n = String(i).padStart(2, '0');
      await createProduct(stack.url, tenant.token, { sku: `BENCH-${n}`, name: `Bench product ${n}`, price: `${i}.00`, cost: `${i}.50` });
    }
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` };
    const body = JSON.stringify({ query: QUERY });
    const targets: Target[] = [
      { name: 'lean', url: lean.url, pids: [process.pid] },
      { name: 'direct', url: `http://127.0.0.1:${stack.ports.SALES_PORT}/graphql`, pids: pidsOf('sales') },
      { name: 'gateway', url: stack.url, pids: pidsOf('gateway', 'gateway-worker', 'sales') },
    ];
    // The three must answer byte for byte the same page, or they did different work.
    const bodies = await Promise.all(targets.map(async (t) => (await fetch(t.url, { method: 'POST', headers, body })).text()));
    if (new Set(bodies).size !== 1 || !bodies[0].includes(`"totalCount":${PRODUCT_COUNT}`)) throw new Error(`targets answered differently:\n${bodies.map((b) => b.slice(0, 200)).join('\n')}`);
    const fire = async (target: Target, duration: number) => {
      const r = await autocannon({ url: target.url, method: 'POST', headers, body, expectBody: bodies[0], connections, duration, workers: 1 });
      if (r.non2xx || r.errors || r.timeouts || r.mismatches || r.requests.total === 0) throw new Error(`${target.name}: non2xx=${r.non2xx} errors=${r.errors} timeouts=${r.timeouts} mismatches=${r.mismatches}`);
      return r;
    };
    if (prime > 0) {
      log(`priming ${prime}s through the gateway`);
      await fire(targets[2], prime);
    }
    const results: Measured[] = [];
    for (const target of targets) {
      log(`${target.name}: warm-up ${warmup}s, measuring ${seconds}s`);
      await fire(target, warmup);
      const before = new Map(services.map((s) => [s.pid, cpuMillis(s.pid)]));
      const ownBefore = cpuMillis(process.pid);
      const started = Date.now();
      const r = await fire(target, seconds);
      const wallMs = Date.now() - started;
      const used = (pid: number) => (pid === process.pid ? cpuMillis(pid) - ownBefore : cpuMillis(pid) - before.get(pid)!);
      const coresBusy = Object.fromEntries(services.map((s) => [`${s.name}:${s.pid}`, Math.round((used(s.pid) / wallMs) * 100) / 100]));
      results.push({
        name: target.name,
        requestsPerSecond: r.requests.average,
        cpuPerRequestMs: Math.round((target.pids.reduce((sum, pid) => sum + used(pid), 0) / r.requests.total) * 100) / 100,
        p50: r.latency.p50,
        p99: r.latency.p99,
        coresBusy,
      });
    }
    const [leanR, directR, gatewayR] = results;
    const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
    const ratios = {
      'direct / lean': { requestsPerSecond: ratio(directR.requestsPerSecond, leanR.requestsPerSecond), cpu: ratio(leanR.cpuPerRequestMs, directR.cpuPerRequestMs) },
      'gateway / direct': { requestsPerSecond: ratio(gatewayR.requestsPerSecond, directR.requestsPerSecond), cpu: ratio(directR.cpuPerRequestMs, gatewayR.cpuPerRequestMs) },
    };
    process.stdout.write('\ntarget    req/s  CPU ms/req  p50  p99\n');
    for (const r of results) process.stdout.write(`${r.name.padEnd(8)} ${r.requestsPerSecond.toFixed(0).padStart(6)} ${r.cpuPerRequestMs.toFixed(2).padStart(10)} ${String(r.p50).padStart(4)} ${String(r.p99).padStart(4)}\n`);
    for (const [label, v] of Object.entries(ratios)) process.stdout.write(`${label.padEnd(17)} ${v.requestsPerSecond.toFixed(3)}x req/s, ${v.cpu.toFixed(3)}x CPU\n`);
    const busy = Object.entries(gatewayR.coresBusy).filter(([, v]) => v >= 0.05);
    process.stdout.write(`cores busy per process under the gateway's load (${cpus().length} CPUs): ${busy.map(([k, v]) => `${k} ${v}`).join(', ')}\n\n`);
    mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'bench/results/gateway-processes.json'), `${JSON.stringify({ date: new Date().toISOString(), connections, seconds, results, ratios }, null, 2)}\n`);
  } finally {
    await lean.close();
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
