import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import autocannon from 'autocannon';
import { appDatabaseUrl, createVerifier } from '@prometric/core';
import { identityEnvSchema } from '@prometric/identity';
import { createProduct, migrateInChildProcess, signUpTenant, startStack, testConfig, testEnv } from '@prometric/testing';
import { startLeanServer } from '../lean/lean-server';

/**
 * A CPU profile of one target of `pnpm bench` under its load (PROFILE_TARGET=direct|lean|gateway,
 * default direct): the stack in this process, 50 products, PROFILE_WARMUP_SECONDS (10) of discarded load, then
 * PROFILE_SECONDS (15) profiled. Writes PROFILE_OUT (default bench/results/<target>.cpuprofile).
 */
const QUERY = `query { products(first: 20) { totalCount edges { node { id sku name price { amount currency } cost { amount } } } } }`;

async function main(): Promise<void> {
  const target = process.env.PROFILE_TARGET ?? 'direct';
  const seconds = Number(process.env.PROFILE_SECONDS ?? 15);
  const warmup = Number(process.env.PROFILE_WARMUP_SECONDS ?? 10);
  migrateInChildProcess(testConfig.databaseUrl);
  const stack = await startStack({ recordQueries: 'none' });
  const env = identityEnvSchema.parse(testEnv());
  const lean = await startLeanServer(appDatabaseUrl(env), await createVerifier(env));
  try {
    const tenant = await signUpTenant(stack.url, { organizationName: 'Profile Org' });
    for (let i = 1; i <= 50; i++) await createProduct(stack.url, tenant.token, { sku: `P-${i}`, name: `Product ${String(i).padStart(2, '0')}`, price: `${i}.00`, cost: `${i}.50` });
    const url = target === 'lean' ? lean.url : target === 'gateway' ? stack.url : stack.sales.url;
    const fire = (duration: number) =>
      autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` }, body: JSON.stringify({ query: QUERY }), connections: 10, duration, workers: 1 });
    stack.salesQueries.length = 0;
    await fire(warmup);
    stack.salesQueries.length = 0;
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const r = await fire(seconds);
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    const out = process.env.PROFILE_OUT ?? `bench/results/${target}.cpuprofile`;
    writeFileSync(out, JSON.stringify(profile));
    process.stderr.write(`${target}: ${r.requests.average} req/s, non2xx ${r.non2xx}, errors ${r.errors}; profile in ${out}\n`);
  } finally {
    await lean.close();
    await stack.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
