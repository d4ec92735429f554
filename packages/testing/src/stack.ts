import { readFileSync } from 'node:fs';
import { createLogger, createVerifier, queryLimitsOf, type RunningSubgraph } from '@prometric/core';
import { identityEnvSchema, startIdentity } from '@prometric/identity';
import { salesEnvSchema, startSales, type RunningSales } from '@prometric/sales';
import { operationsEnvSchema, startOperations, type RunningOperations } from '@prometric/operations';
import { financeEnvSchema, startFinance, type RunningFinance } from '@prometric/finance';
import { productionEnvSchema, startProduction, type RunningProduction } from '@prometric/production';
import { hrEnvSchema, startHr, type RunningHr } from '@prometric/hr';
import { startGateway, type GatewayOptions, type RunningGateway } from '@prometric/gateway';
import { orchestratorEnvSchema, startOrchestrator, startOrchestratorSubgraph, type RunningOrchestrator, type SagaHooks } from '@prometric/orchestrator';
import { testConfig } from './config';
import { eventRoutes } from './compose';

export interface Stack {
  /** The gateway's /graphql URL: what clients use. */
  url: string;
  /** Each subgraph's /graphql URL by name, as the gateway was given them. */
  subgraphUrls: Record<string, string>;
  gateway: RunningGateway;
  identity: RunningSubgraph;
  sales: RunningSales;
  operations: RunningOperations;
  /** Finance with its outbox relay and its `finance` queue consumer. */
  finance: RunningFinance;
  production: RunningProduction;
  hr: RunningHr;
  /**
   * The orchestrator (the order-to-cash saga) when the stack was started with `orchestrator`: its
   * `waitForSaga(orderId)` and `flush()` let tests wait for it. Off by default, since the saga
   * invoices and reserves every won deal, which tests of finance and operations do by hand.
   */
  orchestrator: RunningOrchestrator | null;
  /** Every SQL statement the sales subgraph ran, in order (tests may clear it). */
  salesQueries: string[];
  /** With `recordQueries: 'all'`: the SQL of every subgraph but identity, in order. */
  queries: RecordedQuery[];
  /** Every SQL statement the operations subgraph ran, in order (tests may clear it). */
  operationsQueries: string[];
  /** Names of the subgraphs the gateway called, in order (tests may clear it). */
  subgraphCalls: string[];
  close(): Promise<void>;
}

/** One SQL statement a subgraph sent (MikroORM's query log line). */
export interface RecordedQuery {
  subgraph: string;
  sql: string;
}

/** Whether a logged statement reads or writes data (not transaction control or the tenant setting). */
/**
 * True for a statement of the event consumers that run beside a request: they share the queues with
 * every other test file, so they may work while a test counts one request's statements (the
 * processed-message mark, the event feed and webhook deliveries, finance's order snapshots, reorder
 * checks after a stock event, advisory locks).
 */
export function isConsumerStatement(sql: string): boolean {
  return /processed_message|feed_event|webhook|order_snapshot|outbox|pg_advisory|reorder_rule|insert into "?finance"?\."?cost_of_goods/.test(sql);
}

/** A data statement of a request: neither transaction control nor a consumer's work (see `isConsumerStatement`). */
export function isRequestStatement(sql: string): boolean {
  return isDataStatement(sql) && !isConsumerStatement(sql);
}

export function isDataStatement(sql: string): boolean {
  // eslint-disable-next-line no-control-regex -- the log lines carry ANSI colours
  const text = sql.replace(/\u001b\[[0-9;]*m/g, '').replace(/^\[query\]\s*/, '').trim().toLowerCase();
  return !/^(begin|start transaction|commit|rollback|savepoint|release savepoint|select set_config\('app\.)/.test(text);
}

export interface StackOptions {
  keysDir?: string;
  /**
   * Start the orchestrator too (with test hooks when given). Only on a database of the caller's own
   * (`databaseUrl`, or `useStack`'s `database`): every file's orders on the shared database put a
   * saga job in its orchestrator queue, and an orchestrator there would run all of them first.
   */
  orchestrator?: boolean | SagaHooks;
  /**
   * A database of the stack's own (already migrated, see `migrateIsolatedDatabase`) instead of the
   * shared test database: for tests whose events must not meet other test files' consumers.
   */
  databaseUrl?: string;
  /** A Redis of the stack's own (e.g. one the test stops and restarts). */
  redisUrl?: string;
  /** Extra environment for every service. */
  env?: Record<string, string>;
  /**
   * Whose SQL is recorded: by default sales' and operations' (`salesQueries`, `operationsQueries`);
   * `all` also every other subgraph but identity, in `queries`; `none` nobody (benchmarks: MikroORM's
   * query log formats every statement, which costs the request path).
   */
  recordQueries?: 'all' | 'none';
}

/** Environment every service of a test stack shares. */
export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: testConfig.databaseUrl,
    REDIS_URL: testConfig.redisUrl,
    AUTH_KEYS_DIR: testConfig.keysDir,
    OUTBOX_POLL_MS: '200',
    // Two test files run at once, each with a whole stack, on one server's max_connections (100).
    DATABASE_POOL_MAX: '4',
    // Scheduled sweeps visit every workspace of the database: off unless a test turns its own on.
    PRODUCTION_MAINTENANCE_SWEEP_MS: '0',
    HR_LEAVE_ACCRUAL_SWEEP_MS: '0',
    WEBHOOKS_SWEEP_MS: '0',
    ATTACHMENT_SWEEP_MS: '0',
    AUDIT_RETENTION_SWEEP_MS: '0',
    EVENT_ROUTES: JSON.stringify(eventRoutes()),
    ...extra,
  };
}

/**
 * Boots the real supergraph for one test file: identity, sales, operations, finance (with its event consumer), production and hr on free ports, and the gateway
 * serving the committed `schema/supergraph.graphql` with the subgraph URLs pointed at them.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  if (options.orchestrator && (options.databaseUrl ?? testConfig.databaseUrl) === testConfig.databaseUrl) {
    throw new Error('startStack: the orchestrator runs only on a database of its own (databaseUrl, or useStack({ database }))');
  }
  const env = testEnv({
    ...(options.keysDir ? { AUTH_KEYS_DIR: options.keysDir } : {}),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    ...options.env,
  });
  const started: { close(): Promise<void> }[] = [];
  const track = <T extends { close(): Promise<void> }>(service: T): T => {
    started.push(service);
    return service;
  };
  try {
    const queries: RecordedQuery[] = [];
    const record = (subgraph: string, own?: string[]) =>
      options.recordQueries === 'none' || (!own && options.recordQueries !== 'all')
        ? {}
        : {
            onQuery: (sql: string) => {
              own?.push(sql);
              if (options.recordQueries === 'all') queries.push({ subgraph, sql });
            },
          };
    const identity = track(await startIdentity(identityEnvSchema.parse(env), 0));
    const salesQueries: string[] = [];
    const subgraphCalls: string[] = [];
    const sales = track(await startSales(salesEnvSchema.parse(env), 0, record('sales', salesQueries)));
    const operationsQueries: string[] = [];
    const operations = track(await startOperations(operationsEnvSchema.parse(env), 0, record('operations', operationsQueries)));
    // Webhook deliveries read through the gateway, which starts after the subgraphs.
    let gatewayUrl = '';
    const finance = track(await startFinance(financeEnvSchema.parse(env), 0, { ...record('finance'), gatewayUrl: () => gatewayUrl }));
    const production = track(await startProduction(productionEnvSchema.parse(env), 0, record('production')));
    const hr = track(await startHr(hrEnvSchema.parse(env), 0, record('hr')));
    // Order.fulfilment: always served (it only reads saga rows), whether or not the saga runs.
    const fulfilment = track(await startOrchestratorSubgraph(orchestratorEnvSchema.parse(env), 0));
    const subgraphUrls = { identity: identity.url, sales: sales.url, operations: operations.url, finance: finance.url, production: production.url, hr: hr.url, orchestrator: fulfilment.url };
    const gateway = track(await startGateway(
    {
      supergraphSdl: readFileSync(testConfig.supergraphPath, 'utf8'),
      subgraphUrls,
      verifier: await createVerifier(identityEnvSchema.parse(env)),
      logger: createLogger('gateway', env.LOG_LEVEL),
      introspection: true,
      redisUrl: env.REDIS_URL,
      queryLimits: queryLimitsOf(identityEnvSchema.parse(env)),
      // Tests and benches open hundreds of subscriptions with one token; the bound has a test of its own.
      wsConnectionsPerUser: 100_000,
      // Bursts of 20 concurrent winDeal serialize on the order-number counter; on a loaded 2-core CI
      // machine the last waits longer than the production default of 10 s. Deadlines have their own test.
      subgraphTimeoutMs: 60_000,
      requestTimeoutMs: 120_000,
      onSubgraphRequest: (name) => subgraphCalls.push(name),
    },
    0,
  ));
    gatewayUrl = gateway.url;
    const orchestrator = options.orchestrator
      ? track(await startOrchestrator(
        orchestratorEnvSchema.parse({ ...env, GATEWAY_URL: gateway.url }),
        typeof options.orchestrator === 'object' ? options.orchestrator : {},
      ))
      : null;
    return {
      url: gateway.url,
      subgraphUrls,
      gateway,
      identity,
      sales,
      operations,
      finance,
      production,
      hr,
      orchestrator,
      salesQueries,
      operationsQueries,
      queries,
      subgraphCalls,
      async close() {
        await orchestrator?.close();
        await gateway.close();
        await Promise.all([identity.close(), sales.close(), operations.close(), finance.close(), production.close(), hr.close(), fulfilment.close()]);
      },
    };
  } catch (e) {
    // A half-started stack would keep jest alive: close what did start.
    await Promise.allSettled(started.reverse().map((s) => s.close()));
    throw e;
  }
}

/**
 * Another gateway over a running stack's subgraphs, production-like (introspection off, quiet logs),
 * with `options` on top: for tests of one gateway setting (limits, CORS, deadlines, rate limits,
 * trusted documents) without touching the stack's own gateway. The caller closes it.
 */
export async function startExtraGateway(stack: Stack, options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  return startGateway(
    {
      supergraphSdl: readFileSync(testConfig.supergraphPath, 'utf8'),
      subgraphUrls: stack.subgraphUrls,
      verifier: await createVerifier(identityEnvSchema.parse(testEnv())),
      logger: createLogger('gateway', 'silent'),
      introspection: false,
      redisUrl: testConfig.redisUrl,
      ...options,
    },
    0,
  );
}
