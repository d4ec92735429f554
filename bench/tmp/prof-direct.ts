import 'reflect-metadata';
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
const mainCpuMs = () => { const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
import { createProduct, migrateInChildProcess, signUpTenant, startStack, testConfig, testEnv } from '@prometric/testing';
import { appDatabaseUrl, createVerifier } from '@prometric/core';
import { identityEnvSchema } from '@prometric/identity';
import { startLeanServer } from '../lean/lean-server';

const QUERY = `query { products(first: 20) { totalCount edges { node { id sku name price { amount currency } cost { amount } } } } }`;
async function main() {
  migrateInChildProcess(testConfig.databaseUrl);
  const stack = await startStack();
  const tenant = await signUpTenant(stack.url, { organizationName: 'Prof' });
  for (let i = 1; i <= 50; i++) await createProduct(stack.url, tenant.token, { sku: `P-${i}`, name: `P ${String(i).padStart(2, '0')}`, price: `${i}.00`, cost: `${i}.50` });
  const env = identityEnvSchema.parse(testEnv());
  const lean = await startLeanServer(appDatabaseUrl(env), await createVerifier(env));
  const check = async (url: string) => (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` }, body: JSON.stringify({ query: QUERY }) })).text());
  const [a, b] = [await check(lean.url), await check(stack.sales.url)];
  if (a !== b) console.log('DIFFERENT', JSON.stringify(a.slice(-80)), JSON.stringify(b.slice(-80)), a.length, b.length);
  const run = (url: string, duration: number) => { stack.salesQueries.length = 0; stack.subgraphCalls.length = 0; return autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` }, body: JSON.stringify({ query: QUERY }), connections: 10, duration, workers: 1 }); };
  const urls = { lean: lean.url, direct: stack.sales.url, gateway: stack.url } as Record<string, string>;
  const names = (process.env.TARGETS ?? 'lean,direct').split(',');
  for (const n of names) await run(urls[n], 4);
  const i0 = mainCpuMs(); await new Promise((r) => setTimeout(r, 5000)); console.log(`idle main-thread cpu: ${(mainCpuMs() - i0) / 5} ms/s`);
  const secs = Number(process.env.SECS ?? 5);
  for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
    const line: string[] = [];
    const rates: number[] = [];
    for (const n of names) {
      const c0 = mainCpuMs();
      const r = await run(urls[n], secs);
      const cpu = mainCpuMs() - c0;
      rates.push(r.requests.average);
      line.push(`${n} ${r.requests.average.toFixed(0)} req/s ${(cpu / r.requests.total).toFixed(2)} ms/req`);
    }
    console.log(`${line.join(' | ')} | ratio ${(rates[1] / rates[0]).toFixed(2)}`);
  }
  await stack.close();
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
