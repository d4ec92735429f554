import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import WebSocket from 'ws';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import type autocannon from 'autocannon';
import type { DomainEvent } from '@prometric/core';
import type { Stack } from '@prometric/testing';

/**
 * Subscription fan-out: N subscribers on one order, one `updateOrder` per round, and the time from
 * sending the mutation to the LAST subscriber holding the new version. All subscribers share tenant,
 * scopes and selection, so the hub must re-read the order once per event whatever N is; the bench
 * checks that, and that every subscriber gets every version. Meanwhile autocannon fires a small
 * query at the same gateway, to show what a fan-out costs the HTTP traffic beside it.
 *
 *   node -r @swc-node/register bench/subscription-fanout.bench.ts
 *
 * Env: FANOUT_SIZES (default 1000,5000), FANOUT_ROUNDS (measured rounds per size, default 5),
 * FANOUT_WS_CONNECTIONS (WebSockets the subscribers are spread over, default 50),
 * FANOUT_LOAD_SECONDS (each autocannon window, baseline and fan-out alike, default 10),
 * FANOUT_PRIME_SECONDS (discarded load before the first baseline, default 5), FANOUT_HTTP_CONNECTIONS
 * (autocannon connections, default 10), FANOUT_ROUND_TIMEOUT_MS (default 30000).
 *
 * This file is also the subscribers' worker thread (see `subscriberWorker`): the same file, so the
 * bench stays one file, but the worker branch loads only `ws` and `graphql-ws`, never the stack.
 */

const REPO_ROOT = resolve(__dirname, '..');
const RESULTS_FILE = join(REPO_ROOT, 'bench/results/subscription-fanout.json');

const SUBSCRIPTION = `subscription($id: ID) { orderUpdated(id: $id) { id status version total { amount currency } customer { name } } }`;
const UPDATE = `mutation($id: ID!, $notes: String) { updateOrder(input: { id: $id, notes: $notes }) { order { version } errors { code message } } }`;
const HTTP_QUERY = `{ me { id } }`;

/**
 * Epoch milliseconds with sub-millisecond resolution, comparable across threads: each worker has
 * its own `performance.timeOrigin`, but origin + now is the same clock in all of them.
 */
const now = (): number => performance.timeOrigin + performance.now();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------------
// Messages between the main thread and the subscribers' worker

interface WorkerSetup {
  wsUrl: string;
  token: string;
  orderId: string;
  subscribers: number;
  connections: number;
}

type ToWorker = { type: 'await'; version: number; timeoutMs: number } | { type: 'close' };

/** What went wrong on the subscriber side; any of it means a subscriber may have missed a version. */
interface SubscriberProblems {
  subscriptionErrors: number;
  unexpectedCompletions: number;
  unexpectedSocketCloses: number;
  badPayloads: number;
  /** The same subscriber receiving the same version twice (the hub promises at most once). */
  duplicates: number;
  first: string | null;
}

interface Arrivals {
  version: number;
  /** Subscribers holding `version` (at most `subscribers`). */
  received: number;
  firstAt: number | null;
  lastAt: number | null;
  problems: SubscriberProblems;
}

type FromWorker =
  | { type: 'subscribed'; connectMs: number; subscribeSentMs: number }
  | { type: 'arrivals'; arrivals: Arrivals }
  | { type: 'closed'; problems: SubscriberProblems }
  | { type: 'failed'; message: string };

interface OrderPayload {
  orderUpdated?: { id?: unknown; version?: unknown } | null;
}

// ---------------------------------------------------------------------------------------------
// Worker thread: the subscribers

/**
 * Holds every subscription in a thread of its own: parsing thousands of `next` frames on the main
 * thread would compete with the gateway (which runs there, with the whole stack) for its event loop,
 * and both the latency and the HTTP figures would then measure the bench's client as much as the
 * gateway. The subscriptions are multiplexed over a few sockets, as a graphql-ws client allows.
 */
async function subscriberWorker(setup: WorkerSetup, port: MessagePort): Promise<void> {
  const send = (message: FromWorker): void => port.postMessage(message);
  const problems: SubscriberProblems = { subscriptionErrors: 0, unexpectedCompletions: 0, unexpectedSocketCloses: 0, badPayloads: 0, duplicates: 0, first: null };
  const problem = (kind: Exclude<keyof SubscriberProblems, 'first'>, detail: string): void => {
    problems[kind]++;
    problems.first ??= `${kind}: ${detail}`;
  };
  let closing = false;

  /** Per version: how many subscribers hold it, and when the first and the last one got it. */
  const tally = new Map<number, { received: number; firstAt: number; lastAt: number }>();
  const waiters = new Map<number, () => void>();
  const arrivalsOf = (version: number): Arrivals => {
    const t = tally.get(version);
    return { version, received: t?.received ?? 0, firstAt: t?.firstAt ?? null, lastAt: t?.lastAt ?? null, problems: { ...problems } };
  };

  const connectStarted = now();
  const clients: Client[] = [];
  const connected: Promise<void>[] = [];
  for (let c = 0; c < setup.connections; c++) {
    let onConnected!: () => void;
    let onFailed!: (error: Error) => void;
    connected.push(
      new Promise<void>((ok, fail) => {
        onConnected = ok;
        onFailed = fail;
      }),
    );
    clients.push(
      createClient({
        url: setup.wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        // A reconnect would silently resubscribe and hide missed versions: a drop must count as one.
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${setup.token}` },
        on: {
          connected: () => onConnected(),
          closed: (event) => {
            const { code, reason } = event as { code?: number; reason?: unknown };
            onFailed(new Error(`connection ${c} closed before connection_ack: ${code} ${String(reason)}`));
            if (!closing) problem('unexpectedSocketCloses', `connection ${c}: ${code} ${String(reason)}`);
          },
        },
        onNonLazyError: (error) => onFailed(new Error(`connection ${c}: ${String(error)}`)),
      }),
    );
  }
  await Promise.all(connected);
  const connectMs = now() - connectStarted;

  const subscribeStarted = now();
  for (let i = 0; i < setup.subscribers; i++) {
    // This subscriber's arrival time of each version: a late or missing version is per subscriber.
    const arrivedAt = new Map<number, number>();
    clients[i % clients.length].subscribe<OrderPayload>(
      { query: SUBSCRIPTION, variables: { id: setup.orderId } },
      {
        next: (result: FormattedExecutionResult<OrderPayload>) => {
          const at = now();
          const order = result.data?.orderUpdated;
          if (result.errors?.length || !order || order.id !== setup.orderId || typeof order.version !== 'number') {
            problem('badPayloads', JSON.stringify(result).slice(0, 300));
            return;
          }
          const version = order.version;
          if (arrivedAt.has(version)) {
            problem('duplicates', `subscriber ${i}, version ${version}`);
            return;
          }
          arrivedAt.set(version, at);
          const t = tally.get(version) ?? { received: 0, firstAt: at, lastAt: at };
          t.received++;
          t.lastAt = at;
          tally.set(version, t);
          if (t.received === setup.subscribers) waiters.get(version)?.();
        },
        error: (error: unknown) => problem('subscriptionErrors', `subscriber ${i}: ${JSON.stringify(error)?.slice(0, 300) ?? String(error)}`),
        complete: () => {
          if (!closing) problem('unexpectedCompletions', `subscriber ${i}`);
        },
      },
    );
  }
  send({ type: 'subscribed', connectMs, subscribeSentMs: now() - subscribeStarted });

  port.on('message', (message: ToWorker) => {
    if (message.type === 'await') {
      const { version, timeoutMs } = message;
      if ((tally.get(version)?.received ?? 0) >= setup.subscribers) {
        send({ type: 'arrivals', arrivals: arrivalsOf(version) });
        return;
      }
      // Answers at the last arrival or at the deadline, whichever first: a missing delivery must
      // not hang the bench, it must be reported.
      const timer = setTimeout(() => {
        waiters.delete(version);
        send({ type: 'arrivals', arrivals: arrivalsOf(version) });
      }, timeoutMs);
      waiters.set(version, () => {
        clearTimeout(timer);
        waiters.delete(version);
        send({ type: 'arrivals', arrivals: arrivalsOf(version) });
      });
      return;
    }
    closing = true;
    void Promise.all(clients.map((client) => client.dispose())).then(() => send({ type: 'closed', problems: { ...problems } }));
  });
}

/** The main thread's handle on the subscribers' worker. */
class Subscribers {
  /** Replies arrive in request order: one request at a time is ever outstanding, in practice. */
  private readonly pending: { ok: (message: FromWorker) => void; fail: (error: Error) => void }[] = [];
  private failure: Error | null = null;
  private closed: Promise<SubscriberProblems | null> | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'failed') this.fail(new Error(`subscriber worker: ${message.message}`));
      else this.pending.shift()?.ok(message);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`subscriber worker exited with code ${code}`)));
  }

  /** Starts the worker; resolves once every subscribe message was sent (not yet registered by the hub). */
  static async open(setup: WorkerSetup): Promise<{ subscribers: Subscribers; connectMs: number; subscribeSentMs: number }> {
    // The worker inherits `-r @swc-node/register` from this process's execArgv, so it can run this .ts file.
    const subscribers = new Subscribers(new Worker(__filename, { workerData: setup }));
    try {
      const ready = await subscribers.next();
      if (ready.type !== 'subscribed') throw new Error(`subscriber worker: unexpected ${ready.type}`);
      return { subscribers, connectMs: ready.connectMs, subscribeSentMs: ready.subscribeSentMs };
    } catch (e) {
      await subscribers.close();
      throw e;
    }
  }

  async arrivals(version: number, timeoutMs: number): Promise<Arrivals> {
    const reply = this.next();
    this.worker.postMessage({ type: 'await', version, timeoutMs } satisfies ToWorker);
    const message = await reply;
    if (message.type !== 'arrivals') throw new Error(`subscriber worker: unexpected ${message.type}`);
    return message.arrivals;
  }

  /** Disposes every client (closing their sockets) and ends the worker; the subscriber-side problems seen, if it could say. */
  close(): Promise<SubscriberProblems | null> {
    this.closed ??= (async () => {
      let problems: SubscriberProblems | null = null;
      if (!this.failure) {
        const reply = this.next().catch(() => null);
        this.worker.postMessage({ type: 'close' } satisfies ToWorker);
        const message = await Promise.race([reply, sleep(10_000).then(() => null)]);
        if (message?.type === 'closed') problems = message.problems;
      }
      this.worker.removeAllListeners('exit');
      await this.worker.terminate();
      return problems;
    })();
    return this.closed;
  }

  private next(): Promise<FromWorker> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((ok, fail) => this.pending.push({ ok, fail }));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { fail } of this.pending.splice(0)) fail(error);
  }
}

if (!isMainThread) {
  const port = parentPort!;
  subscriberWorker(workerData as WorkerSetup, port).catch((error: unknown) => {
    port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  });
}

// ---------------------------------------------------------------------------------------------
// Main thread: the stack, the rounds and the HTTP load

/** An integer within bounds from the environment, or `fallback`; anything else is a typo worth stopping for. */
function envInt(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer in [${min}, ${max}], got "${raw}"`);
  return value;
}

function envSizes(): number[] {
  const raw = process.env.FANOUT_SIZES;
  if (raw === undefined || raw.trim() === '') return [1000, 5000];
  const sizes = raw.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`FANOUT_SIZES must be a comma-separated list of positive integers, got "${raw}"`);
  return sizes;
}

interface Config {
  sizes: number[];
  rounds: number;
  wsConnections: number;
  loadSeconds: number;
  primeSeconds: number;
  httpConnections: number;
  roundTimeoutMs: number;
}

interface LoadResult {
  requestsPerSecond: { average: number; stddev: number; min: number; max: number };
  latencyMs: { p50: number; p99: number; max: number };
  totalRequests: number;
  durationSeconds: number;
  /** The gateway's event loop, sampled during the window: a long fan-out shows up as a long block. */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
}

interface RoundResult {
  /** false for the rounds run only to keep the fan-out going for the whole HTTP window. */
  measured: boolean;
  /** autocannon was running from the start to the end of the round. */
  underLoad: boolean;
  version: number;
  received: number;
  /** Mutation sent → last subscriber holding the version: the figure of the bench. */
  lastDeliveryMs: number | null;
  firstDeliveryMs: number | null;
  /** Mutation sent → its HTTP response. */
  mutationMs: number;
  /** Mutation sent → the event seen on Redis (by this bench's own subscriber). */
  eventMs: number | null;
  reads: number;
  /** Events the hub counted: includes other processes' events on the shared Redis channel. */
  hubEvents: number;
  /** Events about the bench's order. */
  orderEvents: number;
  deliveries: number;
}

interface SizeResult {
  subscribers: number;
  wsConnections: number;
  /** Sockets open → all subscribe frames sent → hub reports all N subscribers. */
  setupMs: { connect: number; subscribeSent: number; registered: number };
  groups: number;
  rssMbWithSubscribers: number;
  measuredRounds: number;
  /** Measured rounds that ran (partly) after the load window closed: 0 unless rounds are very slow. */
  measuredWithoutLoad: number;
  extraRounds: number;
  lastDeliveryMs: { median: number | null; min: number | null; max: number | null; medianOfAllRounds: number | null };
  firstDeliveryMsMedian: number | null;
  /** last − first delivery, median: the fan-out proper, after the one shared re-read. */
  spreadMsMedian: number | null;
  readsPerEvent: number | null;
  deliveriesPerRound: number[];
  http: { baseline: LoadResult; duringFanout: LoadResult; ratio: { requestsPerSecond: number; p99: number } };
  rounds: RoundResult[];
  subscriberProblems: SubscriberProblems | null;
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round1 = (value: number): number => Math.round(value * 10) / 10;
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * Events about the bench's order, as published on Redis. The hub's own `events` counter sees every
 * event on the channel, and other engineers' test runs publish on the same Redis: per-round "reads
 * per event" must divide by the events that concern this order.
 */
interface OrderEvents {
  count: number;
  seenAt: Map<number, number>;
  close(): void;
}

async function main(): Promise<void> {
  // The stack's modules are loaded here, not at the top: the subscribers' worker runs this same file
  // and must not boot MikroORM, Apollo and both subgraphs just to hold WebSockets.
  require('reflect-metadata');
  const testing = require('@prometric/testing') as typeof import('@prometric/testing');
  const core = require('@prometric/core') as typeof import('@prometric/core');
  const fire = require('autocannon') as typeof autocannon;
  const { Redis } = require('ioredis') as typeof import('ioredis');

  const config: Config = {
    sizes: envSizes(),
    rounds: envInt('FANOUT_ROUNDS', 5, 1),
    wsConnections: envInt('FANOUT_WS_CONNECTIONS', 50, 1),
    loadSeconds: envInt('FANOUT_LOAD_SECONDS', 10, 1),
    primeSeconds: envInt('FANOUT_PRIME_SECONDS', 5, 0),
    httpConnections: envInt('FANOUT_HTTP_CONNECTIONS', 10, 1),
    roundTimeoutMs: envInt('FANOUT_ROUND_TIMEOUT_MS', 30_000, 100),
  };
  const cpuCount = cpus().length;
  const loadBefore = loadavg()[0];
  if (loadBefore > cpuCount / 2) log(`warning: 1-min load average is ${loadBefore.toFixed(2)} on ${cpuCount} CPUs before the bench; figures will be noisy`);

  log('migrating the test database');
  testing.migrateInChildProcess(testing.testConfig.databaseUrl);
  log('starting the stack');
  const stack: Stack = await testing.startStack();
  const hub = stack.gateway.subscriptions;
  const orderEvents: OrderEvents = { count: 0, seenAt: new Map(), close: () => undefined };
  const failures: string[] = [];
  const results: SizeResult[] = [];
  try {
    const tenant = await testing.signUpTenant(stack.url, { organizationName: 'Fan-out Bench Org' });
    const customer = await testing.createCustomer(stack.url, tenant.token, { name: 'Fan-out customer' });
    const product = await testing.createProduct(stack.url, tenant.token, { price: '10.00', taxRate: '0' });
    const created = await testing.createOrder(stack.url, tenant.token, customer.id, [{ productId: product.id, quantity: 3 }]);
    const orderId = (created.data as { createOrder?: { order?: { id?: string } | null } } | null | undefined)?.createOrder?.order?.id;
    if (!orderId) throw new Error(`createOrder failed: ${JSON.stringify(created)}`);
    // Publish order.created now, so it cannot reach the subscribers later and pass for a round's version.
    await stack.sales.relay.flush();

    const redis = new Redis(testing.testConfig.redisUrl, { lazyConnect: true });
    await redis.connect();
    redis.on('message', (_channel: string, message: string) => {
      const event = JSON.parse(message) as DomainEvent;
      if (event.aggregateId !== orderId) return;
      orderEvents.count++;
      if (!orderEvents.seenAt.has(event.aggregateVersion)) orderEvents.seenAt.set(event.aggregateVersion, now());
    });
    await redis.subscribe(core.EVENTS_CHANNEL);
    orderEvents.close = () => redis.disconnect();

    /**
     * A token per size, minted just before it: subscriptions are closed when their token expires
     * (15 min), and a long run must not lose its sockets half-way.
     */
    const freshToken = async (): Promise<string> => {
      const login = await testing.gql<{ login: { accessToken: string | null } }>(
        stack.url,
        `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
        { e: tenant.email, p: tenant.password },
      );
      const token = login.data?.login.accessToken;
      if (!token) throw new Error(`login failed: ${JSON.stringify(login)}`);
      return token;
    };

    /** The exact answer every load request must get: a bench of errors would be worthless. */
    const expectedBody = async (token: string): Promise<string> => {
      const res = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: HTTP_QUERY }) });
      const text = await res.text();
      const answer = JSON.parse(text) as { data?: { me?: { id?: unknown } }; errors?: unknown };
      if (res.status !== 200 || answer.errors !== undefined || answer.data?.me?.id !== tenant.userId) throw new Error(`${HTTP_QUERY} answered ${res.status}: ${text.slice(0, 300)}`);
      return text;
    };

    const load = async (token: string, body: string, seconds: number, phase: string): Promise<LoadResult> => {
      // The stack records every subgraph call and SQL statement (for tests): keep the heap flat.
      stack.subgraphCalls.length = 0;
      stack.salesQueries.length = 0;
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const r = await fire({
        url: stack.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: HTTP_QUERY }),
        expectBody: body,
        connections: config.httpConnections,
        duration: seconds,
        // A load generator on the main thread would steal the event loop it measures.
        workers: 1,
        title: phase,
      });
      delay.disable();
      const bad = { non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, mismatches: r.mismatches };
      const nonZero = Object.entries(bad).filter(([, n]) => n !== 0);
      if (nonZero.length > 0 || r.requests.total === 0) {
        throw new Error(`${phase}: ${nonZero.map(([k, n]) => `${k}=${n}`).join(', ') || 'no request completed'} (status codes: ${JSON.stringify(r.statusCodeStats ?? {})})`);
      }
      const ms = (ns: number): number => round1(ns / 1e6);
      return {
        requestsPerSecond: { average: r.requests.average, stddev: r.requests.stddev, min: r.requests.min, max: r.requests.max },
        latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
        totalRequests: r.requests.total,
        durationSeconds: r.duration,
        eventLoopDelayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
      };
    };

    const runRound = async (subscribers: Subscribers, n: number, token: string, index: number, measured: boolean): Promise<RoundResult> => {
      const before = hub.statsNow();
      const orderEventsBefore = orderEvents.count;
      const sentAt = now();
      const r = await testing.gql<{ updateOrder: { order: { version: number } | null; errors: { code: string; message: string }[] } }>(
        stack.url,
        UPDATE,
        { id: orderId, notes: `fan-out ${n} round ${index}` },
        token,
      );
      const mutationMs = now() - sentAt;
      const version = r.data?.updateOrder.order?.version;
      if (typeof version !== 'number' || r.errors?.length || r.data?.updateOrder.errors.length) throw new Error(`updateOrder failed: ${JSON.stringify(r)}`);
      // The relay would publish within OUTBOX_POLL_MS (or on NOTIFY) anyway; flushing takes the poll out of the figure.
      await stack.sales.relay.flush();
      const arrivals = await subscribers.arrivals(version, config.roundTimeoutMs);
      // The bench's Redis subscriber got the same publish as the gateway's; give it a moment to count it.
      await waitUntil(() => orderEvents.count > orderEventsBefore, 2000, `the event of version ${version} on Redis`).catch(() => undefined);
      const after = hub.statsNow();
      const seenAt = orderEvents.seenAt.get(version);
      return {
        measured,
        underLoad: false,
        version,
        received: arrivals.received,
        lastDeliveryMs: arrivals.lastAt === null ? null : round1(arrivals.lastAt - sentAt),
        firstDeliveryMs: arrivals.firstAt === null ? null : round1(arrivals.firstAt - sentAt),
        mutationMs: round1(mutationMs),
        eventMs: seenAt === undefined ? null : round1(seenAt - sentAt),
        reads: after.reads - before.reads,
        hubEvents: after.events - before.events,
        orderEvents: orderEvents.count - orderEventsBefore,
        deliveries: after.deliveries - before.deliveries,
      };
    };

    /** Records why a round is wrong; returns false when the fan-out lost a delivery (the run's failure). */
    const check = (n: number, round: RoundResult): boolean => {
      const label = `N=${n} version ${round.version}`;
      if (round.received !== n) failures.push(`${label}: ${n - round.received} of ${n} subscribers never received it (within ${config.roundTimeoutMs} ms)`);
      if (round.deliveries !== n) failures.push(`${label}: the hub delivered ${round.deliveries} times, expected ${n}`);
      if (round.orderEvents === 1 && round.reads !== 1) failures.push(`${label}: ${round.reads} re-reads for one event, expected 1 (one shared group)`);
      return round.received === n;
    };

    if (config.primeSeconds > 0) {
      // The first seconds of load run colder code (JIT, pools, caches): without this, the first
      // baseline would be measured slower than the fan-out after it, flattering the ratio.
      log(`priming: ${config.primeSeconds}s of ${HTTP_QUERY} (discarded)`);
      const token = await freshToken();
      await load(token, await expectedBody(token), config.primeSeconds, 'priming');
    }

    for (const n of config.sizes) {
      const token = await freshToken();
      const body = await expectedBody(token);
      const wsConnections = Math.min(config.wsConnections, n);

      // Measured per size, right before its subscribers open: adjacent in time, so drift (other
      // processes, JIT, Postgres caches) weighs on both sides of the ratio alike.
      log(`N=${n}: baseline ${config.loadSeconds}s of ${HTTP_QUERY}, no subscribers`);
      const baseline = await load(token, body, config.loadSeconds, `baseline N=${n}`);

      log(`N=${n}: opening ${n} subscriptions over ${wsConnections} WebSockets`);
      const setupStarted = now();
      const opened = await Subscribers.open({ wsUrl: stack.url.replace(/^http/, 'ws'), token, orderId, subscribers: n, connections: wsConnections });
      const { subscribers } = opened;
      try {
        // Sent is not registered: the hub adds a subscriber only once graphql-ws has parsed,
        // validated and started the operation, and a round started before would miss some.
        await waitUntil(() => hub.statsNow().subscribers >= n, 120_000, `the hub to report ${n} subscribers`);
        const registeredMs = now() - setupStarted;
        const registered = hub.statsNow();
        if (registered.subscribers !== n) throw new Error(`the hub reports ${registered.subscribers} subscribers, expected ${n}`);
        log(`N=${n}: ${n} subscribers registered in ${(registeredMs / 1000).toFixed(1)}s, ${registered.groups} group(s)`);
        const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);

        // One discarded round: the first re-read and the first fan-out of a size run colder code paths.
        const warmup = await runRound(subscribers, n, token, 0, false);
        const warmupOk = check(n, warmup);

        const rounds: RoundResult[] = [];
        let duringFanout: LoadResult | null = null;
        if (warmupOk) {
          log(`N=${n}: ${config.rounds} measured rounds under ${config.loadSeconds}s of ${HTTP_QUERY}; further rounds until the load ends`);
          const loadWindow: { outcome: { ok: LoadResult } | { error: unknown } | null } = { outcome: null };
          const loading = load(token, body, config.loadSeconds, `during fan-out N=${n}`).then(
            (ok) => void (loadWindow.outcome = { ok }),
            (error: unknown) => void (loadWindow.outcome = { error }),
          );
          // autocannon's worker takes a few hundred ms to start firing, and 5 rounds of 1000 fit in
          // that: a round counts as measured only once the load is hitting the gateway. `me` is the
          // only thing that calls identity here (rounds touch sales only), so identity calls = load.
          const loadIsFlowing = (): boolean => stack.subgraphCalls.filter((name) => name === 'identity').length >= config.httpConnections;
          // Rounds run back to back for the whole window, before and after the measured ones: the
          // HTTP figure is then "during fan-out" throughout, not over a window that is mostly idle.
          let measuredCount = 0;
          for (let i = 1; measuredCount < config.rounds || loadWindow.outcome === null; i++) {
            const loadEnded = loadWindow.outcome !== null;
            // The window ended before enough rounds were measured under it (very slow rounds): the
            // rest are measured without load, and flagged so.
            const measured = measuredCount < config.rounds && (loadEnded || loadIsFlowing());
            const round = await runRound(subscribers, n, token, i, measured);
            round.underLoad = !loadEnded && loadWindow.outcome === null;
            if (measured) measuredCount++;
            rounds.push(round);
            if (!check(n, round)) break;
          }
          await loading;
          const { outcome } = loadWindow;
          if (outcome === null) throw new Error('the load did not settle');
          if ('error' in outcome) throw outcome.error;
          duringFanout = outcome.ok;
        }

        const subscriberProblems = await subscribers.close();
        await waitUntil(() => hub.statsNow().subscribers === 0, 30_000, 'the hub to drop every subscriber').catch((e: unknown) => failures.push(String(e)));
        if (subscriberProblems && Object.entries(subscriberProblems).some(([k, v]) => k !== 'first' && v !== 0)) {
          failures.push(`N=${n}: subscriber problems ${JSON.stringify(subscriberProblems)}`);
        }
        if (!duringFanout) continue;

        const measured = rounds.filter((r) => r.measured);
        if (measured.some((r) => !r.underLoad)) log(`N=${n}: warning: the load window closed before ${config.rounds} rounds were measured under it; raise FANOUT_LOAD_SECONDS`);
        const latencies = (rs: RoundResult[]): number[] => rs.map((r) => r.lastDeliveryMs).filter((v): v is number => v !== null);
        const reads = measured.reduce((sum, r) => sum + r.reads, 0);
        const events = measured.reduce((sum, r) => sum + r.orderEvents, 0);
        const spreads = measured.flatMap((r) => (r.lastDeliveryMs !== null && r.firstDeliveryMs !== null ? [r.lastDeliveryMs - r.firstDeliveryMs] : []));
        results.push({
          subscribers: n,
          wsConnections,
          setupMs: { connect: round1(opened.connectMs), subscribeSent: round1(opened.subscribeSentMs), registered: round1(registeredMs) },
          groups: registered.groups,
          rssMbWithSubscribers: rssMb,
          measuredRounds: measured.length,
          measuredWithoutLoad: measured.filter((r) => !r.underLoad).length,
          extraRounds: rounds.length - measured.length,
          lastDeliveryMs: {
            median: median(latencies(measured)),
            min: latencies(measured).length ? Math.min(...latencies(measured)) : null,
            max: latencies(measured).length ? Math.max(...latencies(measured)) : null,
            medianOfAllRounds: median(latencies(rounds)),
          },
          firstDeliveryMsMedian: median(measured.flatMap((r) => (r.firstDeliveryMs === null ? [] : [r.firstDeliveryMs]))),
          spreadMsMedian: median(spreads.map(round1)),
          readsPerEvent: events > 0 ? round3(reads / events) : null,
          deliveriesPerRound: measured.map((r) => r.deliveries),
          http: {
            baseline,
            duringFanout,
            ratio: {
              requestsPerSecond: round3(duringFanout.requestsPerSecond.average / baseline.requestsPerSecond.average),
              p99: round3(duringFanout.latencyMs.p99 / baseline.latencyMs.p99),
            },
          },
          rounds: [warmup, ...rounds],
          subscriberProblems,
        });
      } finally {
        // Idempotent: a no-op after the close above, the cleanup when a round or the load threw.
        await subscribers.close().catch(() => null);
      }
    }

    printTable(results);
    const loadAfter = loadavg()[0];
    // The bench itself loads about all CPUs; well above that means company, and noisy figures.
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
          loadAverage: { before: loadBefore, after: loadAfter },
          config,
          subscription: SUBSCRIPTION,
          httpQuery: HTTP_QUERY,
          results,
          failures,
        },
        null,
        2,
      )}\n`,
    );
    log(`results written to ${RESULTS_FILE}`);
  } finally {
    orderEvents.close();
    await stack.close();
  }
  if (failures.length > 0) throw new Error(`${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
}

function printTable(results: SizeResult[]): void {
  const header = ['N', 'rounds', 'median ms', 'min–max ms', 'first ms', 'spread ms', 'reads/event', 'deliveries/round', 'req/s base', 'req/s fan-out', 'ratio', 'p99 base→fan-out', 'loop max ms'];
  const rows = results.map((r) => [
    String(r.subscribers),
    `${r.measuredRounds}+${r.extraRounds}`,
    r.lastDeliveryMs.median?.toFixed(1) ?? '-',
    `${r.lastDeliveryMs.min?.toFixed(0) ?? '-'}–${r.lastDeliveryMs.max?.toFixed(0) ?? '-'}`,
    r.firstDeliveryMsMedian?.toFixed(1) ?? '-',
    r.spreadMsMedian?.toFixed(1) ?? '-',
    r.readsPerEvent?.toFixed(2) ?? '-',
    [...new Set(r.deliveriesPerRound)].join('/'),
    r.http.baseline.requestsPerSecond.average.toFixed(0),
    r.http.duringFanout.requestsPerSecond.average.toFixed(0),
    `${r.http.ratio.requestsPerSecond.toFixed(3)}x`,
    `${r.http.baseline.latencyMs.p99}→${r.http.duringFanout.latencyMs.p99}`,
    `${r.http.baseline.eventLoopDelayMs.max}→${r.http.duringFanout.eventLoopDelayMs.max}`,
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => row[col].length)));
  const line = (row: string[]): string => row.map((cell, col) => cell.padStart(widths[col])).join('  ');
  process.stdout.write(`\n${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n\n`);
}

if (isMainThread) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
