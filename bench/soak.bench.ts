import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ACCESS_TOKEN_TTL_SECONDS } from '@prometric/core';
import { createClient, type Client } from 'graphql-ws';
import {
  REPO_ROOT,
  cpuMillis,
  createCustomer,
  createProduct,
  createWarehouse,
  gql,
  receiveStock,
  residentBytes,
  signUpTenant,
  startProcessStack,
  type GraphQLResponse,
  type StartedStack,
} from '@prometric/testing';

/**
 * `pnpm bench` (soak): the stack as `pnpm start` runs it (every service in its own process, the
 * gateway as two workers) under mixed traffic through the gateway for SOAK_MINUTES (default 10):
 * the products page, the deep page, won deals (each runs the order-to-cash saga) and payments, with
 * SOAK_SUBSCRIBERS (default 500) live `orderUpdated` subscribers. Each minute it samples every
 * process's RSS (the median of a reading every 5 s: one reading lands anywhere in the garbage
 * collector's cycle, and under V8's own sizing a subgraph's old space swung ~80 → ~140 MB between two
 * collections) and CPU, each subgraph's event-loop delay p99 (its /metrics) and the requests and
 * errors of the minute, a refused or reset connection counted as an error. It fails when anything
 * errored, or when a process's RSS at the last minute is more than 10 % above minute 2 (after
 * warm-up). Writes bench/results/soak.json.
 *
 * Env: SOAK_MINUTES (default 10, at most 13), SOAK_CONCURRENCY (default 8 request loops), SOAK_SUBSCRIBERS (500).
 * The traffic and the subscriptions use one access token, minted at the start: a longer soak would
 * outlive it (15 minutes) and measure 401s and closed subscriptions (a 20-minute run did, from minute 15).
 */

const minutes = Number(process.env.SOAK_MINUTES ?? 10);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 8);
const subscriberCount = Number(process.env.SOAK_SUBSCRIBERS ?? 500);
const log = (line: string) => process.stderr.write(`${line}\n`);
/** How often every process's RSS is read; a minute's figure is the median of its readings. */
const RSS_READING_MS = 5_000;
/** A minute's RSS readings as the figure (their median) and their range, in MB. */
const rssOfMinute = (readings: number[]) => {
  const sorted = [...readings].sort((a, b) => a - b);
  return { rssMb: sorted[Math.floor(sorted.length / 2)], rssRangeMb: [sorted[0], sorted[sorted.length - 1]] as [number, number] };
};

const PRODUCTS = `query { products(first: 20) { totalCount edges { node { id sku name price { amount currency } } } } }`;
const DEEP_PAGE = `query { orders(first: 20) { totalCount edges { node { id number status customer { name balance { amount } } lines { quantity product { sku stock { available } } } invoices { number status amountDue { amount } } reservations { quantity status } } } } }`;
const ISSUED = `query { invoices(first: 10, filter: { statusIn: [ISSUED, PARTIALLY_PAID] }) { edges { node { id amountDue { amount } } } } }`;

interface Minute {
  minute: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  subscriptionEvents: number;
  processes: Record<string, { rssMb: number; rssRangeMb: [number, number]; cpuPercent: number; eventLoopP99Ms?: number }>;
}

async function eventLoopP99Ms(url: string): Promise<number | undefined> {
  try {
    const text = await (await fetch(url, { signal: AbortSignal.timeout(2000) })).text();
    const value = /nodejs_eventloop_lag_p99_seconds(?:\{[^}]*\})? ([\d.e+-]+)/.exec(text)?.[1];
    return value === undefined ? undefined : Math.round(Number(value) * 1000 * 10) / 10;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  // A minute or two of setup, then the minutes measured, all on one token.
  if ((minutes + 2) * 60 > ACCESS_TOKEN_TTL_SECONDS) throw new Error(`SOAK_MINUTES=${minutes} would outlive the ${ACCESS_TOKEN_TTL_SECONDS / 60}-minute access token the soak runs on; at most ${ACCESS_TOKEN_TTL_SECONDS / 60 - 2}`);
  log('starting the stack as pnpm start does (its own database, ports and processes)');
  const stack: StartedStack = await startProcessStack('soak', { GATEWAY_WORKERS: '2', RATE_LIMITS: 'off', WS_CONNECTIONS_PER_USER: '100000' });
  const clients: Client[] = [];
  try {
    const tenant = await signUpTenant(stack.url, { organizationName: 'Soak' });
    const token = tenant.token;
    const warehouse = await createWarehouse(stack.url, token);
    const products: { id: string }[] = [];
    for (let i = 0; i < 20; i++) products.push(await createProduct(stack.url, token, { price: `${10 + i}.00` }));
    for (const p of products) await receiveStock(stack.url, token, { productId: p.id, warehouseId: warehouse.id, quantity: 1_000_000 });
    const customers = [await createCustomer(stack.url, token), await createCustomer(stack.url, token)];

    let requests = 0;
    let errors = 0;
    const errorSamples: string[] = [];
    const failed = (what: string) => {
      errors++;
      if (errorSamples.length < 10) errorSamples.push(what.slice(0, 300));
    };
    const call = async (query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> => {
      requests++;
      try {
        const r = await gql(stack.url, query, variables, token);
        if (r.errors?.length || r.status !== 200) failed(JSON.stringify(r.errors ?? r.status));
        return r;
      } catch (e) {
        // A refused or reset connection is an error of the minute, not the end of the soak.
        failed(`transport: ${(e as Error).message} ${((e as Error).cause as Error | undefined)?.message ?? ''}`);
        return { status: 0 };
      }
    };
    const winDeal = async () => {
      const product = products[Math.floor(Math.random() * products.length)];
      const deal = await call('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } errors { code } } }', {
        input: { customerId: customers[requests % 2].id, title: 'Soak deal', lines: [{ productId: product.id, quantity: 1 }] },
      });
      const id = deal.data?.createDeal?.deal?.id as string | undefined;
      if (id) await call('mutation($id: ID!) { winDeal(id: $id) { deal { id } errors { code } } }', { id });
    };
    const pay = async () => {
      const open = (await call(ISSUED)).data?.invoices?.edges as { node: { id: string; amountDue: { amount: string } } }[] | undefined;
      const invoice = open?.find((e) => Number(e.node.amountDue.amount) >= 1);
      if (invoice) await call('mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { code } } }', { input: { invoiceId: invoice.node.id, amount: '1.00', method: 'BANK_TRANSFER' } });
    };
    // A few orders first, so the subscribers have orders to follow.
    for (let i = 0; i < 10; i++) await winDeal();

    log(`opening ${subscriberCount} orderUpdated subscriptions`);
    let subscriptionEvents = 0;
    let subscriptionErrors = 0;
    const perClient = 50;
    for (let i = 0; i < Math.ceil(subscriberCount / perClient); i++) {
      const client = createClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      clients.push(client);
      for (let j = 0; j < perClient && i * perClient + j < subscriberCount; j++) {
        client.subscribe(
          { query: 'subscription { orderUpdated { id status } }' },
          { next: () => void subscriptionEvents++, error: () => void subscriptionErrors++, complete: () => undefined },
        );
      }
    }

    const ops = [() => call(PRODUCTS), () => call(PRODUCTS), () => call(DEEP_PAGE), winDeal, pay];
    const end = Date.now() + minutes * 60_000;
    const loops = Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) await ops[Math.floor(Math.random() * ops.length)]();
    });

    const samples: Minute[] = [];
    const services = stack.services();
    let lastCpu = new Map(services.map((s) => [s.pid, cpuMillis(s.pid)]));
    const rssReadings = () => new Map(services.map((s) => [s.pid, [] as number[]]));
    let rssThisMinute = rssReadings();
    const readRss = () => {
      for (const s of services) rssThisMinute.get(s.pid)!.push(Math.round(residentBytes(s.pid) / 1024 / 1024));
    };
    const rssTimer = setInterval(readRss, RSS_READING_MS);
    let lastRequests = 0;
    let lastErrors = 0;
    let lastEvents = 0;
    for (let minute = 1; minute <= minutes; minute++) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(60_000, end - Date.now() - (minutes - minute) * 60_000))));
      const processes: Minute['processes'] = {};
      readRss();
      const rss = rssThisMinute;
      rssThisMinute = rssReadings();
      const cpuNow = new Map(services.map((s) => [s.pid, cpuMillis(s.pid)]));
      for (const s of services) {
        const key = s.name === 'gateway-worker' ? `gateway-worker-${s.pid}` : s.name;
        const port = stack.ports[`${s.name.toUpperCase()}_PORT`];
        processes[key] = {
          ...rssOfMinute(rss.get(s.pid)!),
          cpuPercent: Math.round(((cpuNow.get(s.pid)! - lastCpu.get(s.pid)!) / 60_000) * 100),
          ...(port && s.name !== 'gateway' ? { eventLoopP99Ms: await eventLoopP99Ms(`http://127.0.0.1:${port}/metrics`) } : {}),
        };
      }
      lastCpu = cpuNow;
      const sample: Minute = {
        minute,
        requests: requests - lastRequests,
        errors: errors - lastErrors,
        requestsPerSecond: Math.round(((requests - lastRequests) / 60) * 10) / 10,
        subscriptionEvents: subscriptionEvents - lastEvents,
        processes,
      };
      [lastRequests, lastErrors, lastEvents] = [requests, errors, subscriptionEvents];
      samples.push(sample);
      log(`minute ${minute}: ${sample.requestsPerSecond} req/s, ${sample.errors} errors, ${sample.subscriptionEvents} subscription events; ${Object.entries(processes).map(([n, p]) => `${n} ${p.rssMb} MB (${p.rssRangeMb[0]}–${p.rssRangeMb[1]}) ${p.cpuPercent}%${p.eventLoopP99Ms !== undefined ? ` lag p99 ${p.eventLoopP99Ms} ms` : ''}`).join(', ')}`);
    }
    clearInterval(rssTimer);
    await Promise.all(loops);

    const baseline = samples[Math.min(1, samples.length - 1)];
    const last = samples[samples.length - 1];
    const growth = Object.fromEntries(Object.entries(last.processes).map(([name, p]) => [name, Math.round((p.rssMb / (baseline.processes[name]?.rssMb ?? p.rssMb) - 1) * 1000) / 10]));
    const grown = Object.entries(growth).filter(([, pct]) => pct > 10);
    const result = { date: new Date().toISOString(), minutes, concurrency, subscribers: subscriberCount, totalRequests: requests, errors, subscriptionErrors, errorSamples, rssGrowthPercentSinceMinute2: growth, samples };
    mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'bench/results/soak.json'), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`\nsoak: ${minutes} min, ${requests} requests (${errors} errors), ${subscriptionEvents} subscription events (${subscriptionErrors} errors); RSS growth since minute 2: ${Object.entries(growth).map(([n, g]) => `${n} ${g}%`).join(', ')}\n\n`);
    if (errors || subscriptionErrors) throw new Error(`soak: ${errors} request errors, ${subscriptionErrors} subscription errors: ${errorSamples.join(' | ')}`);
    if (grown.length) throw new Error(`soak: RSS grew more than 10 % after warm-up: ${grown.map(([n, g]) => `${n} ${g}%`).join(', ')}`);
  } finally {
    for (const client of clients) await client.dispose();
    await stack.stop('SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
