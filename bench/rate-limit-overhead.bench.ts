import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createLogger, createVerifier } from '@prometric/core';
import { DEFAULT_RATE_LIMITS, startGateway, type RateLimitSettings, type RunningGateway } from '@prometric/gateway';
import { identityEnvSchema } from '@prometric/identity';
import { cpuMillis, createProduct, migrateInChildProcess, signUpTenant, startStack, testConfig, testEnv } from '@prometric/testing';

/**
 * What the rate limits cost a request: the same products page through two gateways of one stack,
 * one with rate limits on (three Redis budgets spent per request; budgets too large to refuse
 * anything, so every request pays the full check) and one without. Alternating short rounds, so
 * both see the same machine. Not part of `pnpm bench` (run: node -r @swc-node/register bench/rate-limit-overhead.bench.ts).
 * Env: BENCH_SECONDS (per round, default 4), BENCH_ROUNDS (per gateway, default 2), BENCH_CONNECTIONS (default 10).
 */
const QUERY = 'query { products(first: 20) { totalCount edges { node { id sku name price { amount currency } } } } }';
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const UNREFUSING: RateLimitSettings = { ...DEFAULT_RATE_LIMITS, userPointsPerMinute: 1e12, workspacePointsPerMinute: 1e12, addressPointsPerMinute: 1e12 };

async function main(): Promise<void> {
  migrateInChildProcess(testConfig.databaseUrl);
  const stack = await startStack({ recordQueries: 'none' });
  const gateways: RunningGateway[] = [];
  try {
    const gatewayWith = async (rateLimits?: RateLimitSettings) => {
      const gateway = await startGateway(
        {
          supergraphSdl: readFileSync(testConfig.supergraphPath, 'utf8'),
          subgraphUrls: stack.subgraphUrls,
          verifier: await createVerifier(identityEnvSchema.parse(testEnv())),
          logger: createLogger('gateway', 'silent'),
          introspection: false,
          redisUrl: testConfig.redisUrl,
          rateLimits,
        },
        0,
      );
      gateways.push(gateway);
      return gateway;
    };
    const targets = { off: await gatewayWith(undefined), on: await gatewayWith(UNREFUSING) };
    const tenant = await signUpTenant(stack.url);
    for (let i = 0; i < 20; i++) await createProduct(stack.url, tenant.token, { price: '10.00', taxRate: '0' });
    const fire = (url: string, duration: number) =>
      autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` }, body: JSON.stringify({ query: QUERY }), connections, duration, workers: 1 });
    await fire(targets.off.url, 1);
    await fire(targets.on.url, 1);
    const totals = { off: { requests: 0, cpu: 0, p50: [] as number[], p99: [] as number[], non2xx: 0 }, on: { requests: 0, cpu: 0, p50: [] as number[], p99: [] as number[], non2xx: 0 } };
    for (let round = 0; round < rounds; round++) {
      for (const name of round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        const cpuBefore = cpuMillis(process.pid);
        const r = await fire(targets[name].url, seconds);
        totals[name].cpu += cpuMillis(process.pid) - cpuBefore;
        totals[name].requests += r.requests.total;
        totals[name].non2xx += r.non2xx;
        totals[name].p50.push(r.latency.p50);
        totals[name].p99.push(r.latency.p99);
      }
    }
    for (const name of ['off', 'on'] as const) {
      const t = totals[name];
      process.stdout.write(
        `rate limits ${name.padEnd(3)}  ${(t.requests / (seconds * rounds)).toFixed(0).padStart(5)} req/s  p50 ${t.p50.join('/')} ms  p99 ${t.p99.join('/')} ms  ${(t.cpu / t.requests).toFixed(3)} CPU ms/req  non-2xx ${t.non2xx}\n`,
      );
    }
    const perRequest = totals.on.cpu / totals.on.requests - totals.off.cpu / totals.off.requests;
    process.stdout.write(`overhead: ${perRequest.toFixed(3)} CPU ms/request on the main thread, req/s ratio ${(totals.on.requests / totals.off.requests).toFixed(3)}\n`);
  } finally {
    for (const gateway of gateways) await gateway.close();
    await stack.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
