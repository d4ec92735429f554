import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import WebSocket from 'ws';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import Redis from 'ioredis';
import { EVENTS_CHANNEL } from '@prometric/core';
import type { RunningGateway } from '@prometric/gateway';

/**
 * Fan-out across workspaces: FANOUT_WORKSPACES (100) workspaces, each with one order and
 * FANOUT_PER_WORKSPACE (100) `orderUpdated` subscribers (10,000 in all, 100 subscriber groups: one per
 * workspace, as they share tenant, scopes and selection). Each round updates every workspace's order
 * at once (one event per workspace) and measures, per workspace, the time from its event reaching the
 * gateway's hub (from the outbox relay over Redis) to its LAST subscriber holding the new version: the
 * fan-out (the 1 s p99 target), and from sending its mutation (the 100 concurrent mutations and the
 * relay included). Reports p50/p99/max over workspaces × rounds, and checks that no subscriber
 * missed a version (and, in-process, one re-read per group per event). FANOUT_STACK=processes (the
 * default: as `pnpm start`, GATEWAY_WORKERS=2) or in-process; the subscribers run on a worker thread.
 *
 *   node -r @swc-node/register bench/fanout-workspaces.bench.ts
 *
 * Env: FANOUT_WORKSPACES (100), FANOUT_PER_WORKSPACE (100), FANOUT_ROUNDS (5 measured, after one
 * warm-up), FANOUT_CONNECTIONS_PER_WORKSPACE (2 WebSockets per workspace). Writes
 * bench/results/fanout-workspaces.json.
 */

const REPO_ROOT = resolve(__dirname, '..');
const SUBSCRIPTION = `subscription($id: ID) { orderUpdated(id: $id) { id status version total { amount currency } customer { name } } }`;
const UPDATE = `mutation($id: ID!, $notes: String) { updateOrder(input: { id: $id, notes: $notes }) { order { version } errors { code } } }`;

const now = (): number => performance.timeOrigin + performance.now();
const log = (line: string): void => void process.stderr.write(`${line}\n`);

interface Workspace {
  token: string;
  workspaceId: string;
  orderId: string;
}

interface Setup {
  wsUrl: string;
  workspaces: Workspace[];
  perWorkspace: number;
  connectionsPerWorkspace: number;
}

type ToWorker = { type: 'await'; versions: number[]; timeoutMs: number } | { type: 'close' };
type FromWorker = { type: 'subscribed' } | { type: 'arrivals'; firstAt: (number | null)[]; lastAt: (number | null)[]; missing: number; problems: string[] };

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

// ------------------------------------------------------------------------------------ the worker

/** The subscribers, on a thread of their own so their parsing does not slow the gateway they measure. */
async function subscriberWorker(setup: Setup, port: MessagePort): Promise<void> {
  const problems: string[] = [];
  let closing = false;
  const clients: Client[] = [];
  const connected: Promise<void>[] = [];
  setup.workspaces.forEach((workspace, w) => {
    for (let c = 0; c < setup.connectionsPerWorkspace; c++) {
      connected.push(
        new Promise<void>((ok, fail) => {
          clients.push(
            createClient({
              url: setup.wsUrl,
              webSocketImpl: WebSocket,
              lazy: false,
              retryAttempts: 0,
              connectionParams: { authorization: `Bearer ${workspace.token}` },
              on: {
                connected: () => ok(),
                closed: (event) => {
                  fail(new Error(`workspace ${w} connection ${c} closed: ${String((event as { code?: number }).code)}`));
                  if (!closing) problems.push(`workspace ${w}: socket closed`);
                },
              },
            }),
          );
        }),
      );
    }
  });
  await Promise.all(connected);

  /** Per workspace and version: how many subscribers got it, and when the first and the last one did. */
  const arrivals = setup.workspaces.map(() => new Map<number, { count: number; firstAt: number; lastAt: number }>());
  let awaited: number[] | null = null;
  let done: (() => void) | null = null;
  const complete = (): boolean => awaited !== null && awaited.every((v, w) => (arrivals[w].get(v)?.count ?? 0) >= setup.perWorkspace);
  setup.workspaces.forEach((workspace, w) => {
    for (let i = 0; i < setup.perWorkspace; i++) {
      const client = clients[w * setup.connectionsPerWorkspace + (i % setup.connectionsPerWorkspace)];
      client.subscribe(
        { query: SUBSCRIPTION, variables: { id: workspace.orderId } },
        {
          next: (result: FormattedExecutionResult<{ orderUpdated?: { id: string; version: number } }>) => {
            const at = now();
            const order = result.data?.orderUpdated;
            if (result.errors?.length || !order || order.id !== workspace.orderId) {
              problems.push(`workspace ${w}: bad payload ${JSON.stringify(result).slice(0, 200)}`);
              return;
            }
            const seen = arrivals[w].get(order.version) ?? { count: 0, firstAt: at, lastAt: at };
            seen.count++;
            seen.lastAt = at;
            arrivals[w].set(order.version, seen);
            if (complete()) done?.();
          },
          error: (error) => problems.push(`workspace ${w}: ${JSON.stringify(error).slice(0, 200)}`),
          complete: () => {
            if (!closing) problems.push(`workspace ${w}: completed`);
          },
        },
      );
    }
  });
  port.postMessage({ type: 'subscribed' } satisfies FromWorker);

  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      closing = true;
      void Promise.all(clients.map((c) => c.dispose())).then(() => port.close());
      return;
    }
    awaited = message.versions;
    const report = () => {
      clearTimeout(timer);
      done = null;
      const got = message.versions.map((v, w) => arrivals[w].get(v));
      const missing = got.reduce((sum, g) => sum + setup.perWorkspace - (g?.count ?? 0), 0);
      port.postMessage({ type: 'arrivals', firstAt: got.map((g) => g?.firstAt ?? null), lastAt: got.map((g) => (g?.count === setup.perWorkspace ? g.lastAt : null)), missing, problems: problems.splice(0) } satisfies FromWorker);
    };
    const timer = setTimeout(report, message.timeoutMs);
    done = report;
    if (complete()) report();
  });
}

// ---------------------------------------------------------------------------------- the main thread

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  // Loaded here, not at the top: the worker thread must not load the stack.
  const testing = await import('@prometric/testing');
  const workspaceCount = envInt('FANOUT_WORKSPACES', 100);
  const perWorkspace = envInt('FANOUT_PER_WORKSPACE', 100);
  const rounds = envInt('FANOUT_ROUNDS', 5);
  const connectionsPerWorkspace = envInt('FANOUT_CONNECTIONS_PER_WORKSPACE', 2);

  const mode = process.env.FANOUT_STACK === 'in-process' ? 'in-process' : 'processes';
  log('migrating the test database');
  testing.migrateInChildProcess(testing.testConfig.databaseUrl);
  // As `pnpm start` runs it (every service its own process, the gateway as GATEWAY_WORKERS workers),
  // or everything in this process (one core; the hub's counters are then checked too).
  let stack: { url: string; hub: RunningGateway['subscriptions'] | null; flush(): Promise<void>; close(): Promise<void> };
  if (mode === 'in-process') {
    const inProcess = await testing.startStack({ recordQueries: 'none' });
    stack = { url: inProcess.url, hub: inProcess.gateway.subscriptions, flush: () => inProcess.sales.relay.flush(), close: () => inProcess.close() };
  } else {
    const processes = await testing.startProcessStack('fanout', { GATEWAY_WORKERS: process.env.GATEWAY_WORKERS ?? '2', RATE_LIMITS: 'off', WS_CONNECTIONS_PER_USER: '100000' });
    stack = {
      url: processes.url,
      hub: null,
      flush: () => new Promise((resolve) => setTimeout(resolve, 2000)),
      close: () => processes.stop(),
    };
  }
  try {
    log(`creating ${workspaceCount} workspaces, each with an order`);
    const workspaces: Workspace[] = [];
    for (let start = 0; start < workspaceCount; start += 10) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(10, workspaceCount - start) }, async (_, i) => {
          const tenant = await testing.signUpTenant(stack.url, { organizationName: `Fan-out ${start + i}` });
          const customer = await testing.createCustomer(stack.url, tenant.token, { name: `Customer ${start + i}` });
          const product = await testing.createProduct(stack.url, tenant.token, { price: '5.00', taxRate: '0' });
          const order = await testing.createOrder(stack.url, tenant.token, customer.id, [{ productId: product.id, quantity: 2 }]);
          return { token: tenant.token, workspaceId: tenant.workspaceId, orderId: order.data!.createOrder.order.id as string };
        }),
      );
      workspaces.push(...batch);
    }
    await stack.flush();

    const hub = stack.hub;
    // When each workspace's event reached the gateways (the relay's Redis channel, which every
    // gateway hub listens to): the fan-out's start.
    const index = new Map(workspaces.map((w, i) => [w.workspaceId, i]));
    let eventAt: (number | null)[] = workspaces.map(() => null);
    const events = new Redis(testing.testConfig.redisUrl);
    // In-process, the bench could watch the hub itself; the channel keeps both modes measured alike.
    events.on('message', (_channel: string, message: string) => {
      const event = JSON.parse(message) as { workspaceId: string; type: string };
      const w = index.get(event.workspaceId);
      if (w !== undefined && event.type === 'order.updated') eventAt[w] ??= now();
    });
    await events.subscribe(EVENTS_CHANNEL);
    const wsUrl = stack.url.replace(/^http/, 'ws');
    const worker = new Worker(__filename, {
      execArgv: ['-r', '@swc-node/register'],
      workerData: { wsUrl, workspaces, perWorkspace, connectionsPerWorkspace } satisfies Setup,
    });
    const messages: FromWorker[] = [];
    let wake: (() => void) | null = null;
    worker.on('message', (m: FromWorker) => {
      messages.push(m);
      wake?.();
    });
    worker.on('error', (err) => log(`worker error: ${String(err)}`));
    const next = async (): Promise<FromWorker> => {
      while (messages.length === 0) await new Promise<void>((r) => (wake = r));
      return messages.shift()!;
    };
    const total = workspaceCount * perWorkspace;
    log(`subscribing ${total} subscribers (${workspaceCount} workspaces × ${perWorkspace}, ${workspaceCount * connectionsPerWorkspace} WebSockets)`);
    await next();
    if (hub) await testing.eventually('the hub registered every subscriber', async () => hub.statsNow().subscribers, (n) => n === total, { timeoutMs: 120_000 });
    // Across processes the registration cannot be watched: the warm-up round waits for every subscriber.
    else await new Promise((resolve) => setTimeout(resolve, 5000));
    const groups = hub ? hub.statsNow().groups : null;

    /** Per workspace and round: from its event reaching the hub to its last subscriber holding the version. */
    const latencies: number[] = [];
    /** The same, from sending its mutation (includes 100 concurrent mutations and the outbox relay). */
    const endToEnd: number[] = [];
    const roundSummaries: { fanOutP50: number; fanOutP99: number; mutationP50: number; firstP50: number; p50: number; p99: number; max: number; reads: number | null; deliveries: number | null; missing: number }[] = [];
    const problems: string[] = [];
    for (let round = 0; round <= rounds; round++) {
      const before = hub?.statsNow();
      eventAt = workspaces.map(() => null);
      const sentAt: number[] = new Array(workspaceCount);
      const answeredAt: number[] = new Array(workspaceCount);
      const versions = await Promise.all(
        workspaces.map(async (workspace, w) => {
          sentAt[w] = now();
          const r = await testing.gql(stack.url, UPDATE, { id: workspace.orderId, notes: `round ${round}` }, workspace.token);
          answeredAt[w] = now();
          const version = r.data?.updateOrder?.order?.version;
          if (typeof version !== 'number') throw new Error(`updateOrder failed: ${JSON.stringify(r).slice(0, 300)}`);
          return version as number;
        }),
      );
      worker.postMessage({ type: 'await', versions, timeoutMs: 30_000 } satisfies ToWorker);
      const arrivals = await next();
      if (arrivals.type !== 'arrivals') throw new Error('unexpected worker message');
      const after = hub?.statsNow();
      problems.push(...arrivals.problems);
      const perWorkspaceMs = arrivals.lastAt.map((at, w) => (at === null ? Number.POSITIVE_INFINITY : at - sentAt[w])).sort((x, y) => x - y);
      const fanOutMs = arrivals.lastAt.map((at, w) => (at === null || eventAt[w] === null ? Number.POSITIVE_INFINITY : at - eventAt[w]!)).sort((x, y) => x - y);
      const mutationMs = answeredAt.map((at, w) => at - sentAt[w]).sort((x, y) => x - y);
      const firstMs = arrivals.firstAt.map((at, w) => (at === null ? Number.POSITIVE_INFINITY : at - sentAt[w])).sort((x, y) => x - y);
      const summary = {
        fanOutP50: percentile(fanOutMs, 50),
        fanOutP99: percentile(fanOutMs, 99),
        mutationP50: percentile(mutationMs, 50),
        firstP50: percentile(firstMs, 50),
        p50: percentile(perWorkspaceMs, 50),
        p99: percentile(perWorkspaceMs, 99),
        max: perWorkspaceMs[perWorkspaceMs.length - 1],
        reads: after && before ? after.reads - before.reads : null,
        deliveries: after && before ? after.deliveries - before.deliveries : null,
        missing: arrivals.missing,
      };
      log(`${round === 0 ? 'warm-up' : `round ${round}`}: event at the hub → last delivery p50 ${summary.fanOutP50.toFixed(1)} ms, p99 ${summary.fanOutP99.toFixed(1)} ms; mutation sent → last delivery p50 ${summary.p50.toFixed(1)} ms, p99 ${summary.p99.toFixed(1)} ms, max ${summary.max.toFixed(1)} ms (mutation answered p50 ${summary.mutationP50.toFixed(1)} ms, first delivery p50 ${summary.firstP50.toFixed(1)} ms); ${summary.reads} re-reads, ${summary.deliveries} deliveries, ${summary.missing} missing`);
      if (round > 0) {
        latencies.push(...fanOutMs);
        endToEnd.push(...perWorkspaceMs);
        roundSummaries.push(summary);
      }
    }
    worker.postMessage({ type: 'close' } satisfies ToWorker);
    events.disconnect();
    latencies.sort((x, y) => x - y);
    endToEnd.sort((x, y) => x - y);
    const result = {
      stack: mode,
      workspaces: workspaceCount,
      subscribers: total,
      groups,
      rounds,
      lastDeliveryMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] },
      fromMutationMs: { p50: percentile(endToEnd, 50), p99: percentile(endToEnd, 99), max: endToEnd[endToEnd.length - 1] },
      readsPerRound: roundSummaries.map((r) => r.reads),
      missing: roundSummaries.reduce((sum, r) => sum + r.missing, 0),
      problems: problems.slice(0, 10),
      machine: { cpus: cpus().length, loadavg: loadavg() },
    };
    mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'bench/results/fanout-workspaces.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(
      `\n${total} subscribers in ${workspaceCount} workspaces (${groups ?? "one group per workspace and gateway worker"} groups), ${rounds} rounds of one event per workspace:\n` +
        `  event at the hub → last delivery of its workspace: p50 ${result.lastDeliveryMs.p50.toFixed(1)} ms, p99 ${result.lastDeliveryMs.p99.toFixed(1)} ms, max ${result.lastDeliveryMs.max.toFixed(1)} ms\n` +
        `  mutation sent → last delivery: p50 ${result.fromMutationMs.p50.toFixed(1)} ms, p99 ${result.fromMutationMs.p99.toFixed(1)} ms\n` +
        `  re-reads per round: ${result.readsPerRound.map(String).join(', ')} (one per group expected${groups === null ? ", not counted across processes" : `: ${groups}`}); missed deliveries: ${result.missing}; problems: ${problems.length}`,
    );
    if (result.missing > 0 || problems.length > 0) {
      log(`FAILED: ${problems[0] ?? `${result.missing} deliveries missing`}`);
      process.exitCode = 1;
    } else if (result.lastDeliveryMs.p99 > 1000) {
      log('FAILED: p99 above 1 s');
      process.exitCode = 1;
    }
  } finally {
    await stack.close();
  }
}

if (isMainThread) {
  main().catch((err) => {
    log(String(err instanceof Error ? err.stack : err));
    process.exit(1);
  });
} else {
  void subscriberWorker(workerData as Setup, parentPort!);
}
