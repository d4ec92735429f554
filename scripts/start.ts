import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { baseEnvSchema, createLogger, loadEnvOrExit } from '@prometric/core';
import { gatewayEnvSchema } from '@prometric/gateway';
import { REPO_ROOT, ensureDatabase, eventRoutes, migrateAll } from '@prometric/testing';
import { resolvePostgres } from './postgres';
import { resolveRedis } from './redis';
import { startService, type ServiceProcess, type ServiceSpec } from './services';
import { DEMO_LOGIN, seedDemo } from './demo-data';
import { runDemoMover } from './demo-moves';

const log = createLogger('start', process.env.LOG_LEVEL ?? 'info');

/** Each subgraph: its main module, and the env variable of its port (defaults as in its env schema). */
const SUBGRAPHS = [
  { name: 'identity', portVar: 'IDENTITY_PORT', port: 4001 },
  { name: 'sales', portVar: 'SALES_PORT', port: 4002 },
  { name: 'operations', portVar: 'OPERATIONS_PORT', port: 4003 },
  { name: 'finance', portVar: 'FINANCE_PORT', port: 4004 },
  { name: 'production', portVar: 'PRODUCTION_PORT', port: 4005 },
  { name: 'hr', portVar: 'HR_PORT', port: 4006 },
] as const;

/**
 * `pnpm start`: every service of the stack in a process of its own, as docker-compose runs them, so
 * every core of the machine is used: six subgraphs, the gateway (GATEWAY_WORKERS processes on one
 * port, by default one per CPU up to four) and the orchestrator (the saga, and the subgraph of
 * Order.fulfilment), then demo data. PostgreSQL from
 * DATABASE_URL, the local server, or an embedded one; Redis from REDIS_URL, or a redis-server started
 * here when none answers. Ctrl-C (or SIGTERM) stops them all, in order; so does this process dying.
 */
async function main(): Promise<void> {
  process.chdir(REPO_ROOT);
  const postgres = await resolvePostgres(REPO_ROOT, (msg) => log.info(msg));
  process.env.DATABASE_URL = postgres.url;
  if (postgres.app && !process.env.DATABASE_APP_URL) process.env.DATABASE_APP_URL = postgres.app.url;
  // This is where the services are composed, so where the events' routes are assembled.
  process.env.EVENT_ROUTES = JSON.stringify(eventRoutes());
  const base = loadEnvOrExit(baseEnvSchema);
  const redis = await resolveRedis(base.REDIS_URL, REPO_ROOT, (msg) => log.info(msg));
  if (!redis) {
    process.stderr.write(
      `Redis is not reachable at ${base.REDIS_URL} and no redis-server binary is installed to start one.\n` +
        `Install it (\`apt install redis-server\`), start one (\`docker compose up -d redis\`) or point REDIS_URL at yours.\n`,
    );
    await postgres.stop();
    process.exit(1);
  }
  await ensureDatabase(base.DATABASE_URL);
  await migrateAll(base.DATABASE_URL, postgres.app?.password);

  const host = base.HOST;
  const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...extra });
  const portOf = (s: (typeof SUBGRAPHS)[number]) => Number(process.env[s.portVar] ?? s.port);
  const urlOf = (s: (typeof SUBGRAPHS)[number]) => `http://${host}:${portOf(s)}`;
  const running: ServiceProcess[] = [];
  let stopping = false;
  const demoMover = new AbortController();
  let demoMoving: Promise<void> = Promise.resolve();
  const shutdown = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down');
    // The demo mover first: its move under way finishes against a running stack.
    demoMover.abort();
    await demoMoving;
    // The orchestrator and the gateway first (they call the subgraphs), then the subgraphs.
    for (const service of [...running].reverse()) await service.stop();
    await redis.stop();
    await postgres.stop();
    log.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  try {
    const start = async (spec: Omit<ServiceSpec, 'env'> & { env: Record<string, string> }) => {
      const service = await startService(REPO_ROOT, { ...spec, env: env(spec.env) });
      running.push(service);
      return service;
    };
    // Identity first: it creates the signing keys the others verify with.
    const [identity, ...others] = SUBGRAPHS;
    await start({ name: 'identity', entry: 'subgraphs/identity/src/main.ts', env: {}, healthUrl: `${urlOf(identity)}/health` });
    await Promise.all(others.map((s) => start({ name: s.name, entry: `subgraphs/${s.name}/src/main.ts`, env: {}, healthUrl: `${urlOf(s)}/health` })));
    const gatewayEnv = loadEnvOrExit(gatewayEnvSchema);
    const workers = process.env.GATEWAY_WORKERS ?? String(Math.min(4, availableParallelism()));
    const orchestratorUrl = `http://${host}:${Number(process.env.ORCHESTRATOR_PORT ?? 4007)}`;
    const subgraphUrls = {
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, process.env[`SUBGRAPH_${s.name.toUpperCase()}_URL`] ?? `${urlOf(s)}/graphql`])),
      SUBGRAPH_ORCHESTRATOR_URL: process.env.SUBGRAPH_ORCHESTRATOR_URL ?? `${orchestratorUrl}/graphql`,
    };
    const gatewayUrl = `http://${host}:${gatewayEnv.GATEWAY_PORT}/graphql`;
    // The orchestrator before the gateway: it serves Order.fulfilment, a subgraph the gateway's /health
    // checks; its saga calls the gateway only when events arrive (a step that finds it not yet up is retried).
    await start({ name: 'orchestrator', entry: 'orchestrator/src/main.ts', env: { GATEWAY_URL: gatewayUrl }, healthUrl: `${orchestratorUrl}/health` });
    await start({ name: 'gateway', entry: 'gateway/src/main.ts', env: { ...subgraphUrls, GATEWAY_WORKERS: workers }, healthUrl: `http://${host}:${gatewayEnv.GATEWAY_PORT}/health` });
    const seeded = await seedDemo(gatewayUrl);
    const url = `http://localhost:${gatewayEnv.GATEWAY_PORT}/graphql`;
    process.stdout.write(
      `\nPrometric ERP is up: ${running.length} services in their own processes (gateway: ${workers} workers).\n  GraphQL: ${url}\n  Demo login (${seeded === 'created' ? 'just created' : 'existing'}): ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n` +
        `  Try: curl -s ${url} -H 'content-type: application/json' -d '{"query":"mutation { login(input: {email: \\"${DEMO_LOGIN.email}\\", password: \\"${DEMO_LOGIN.password}\\"}) { accessToken } }"}'\n\n`,
    );
    if (process.env.DEMO_MOVE === '1') {
      // `pnpm demo` in this process: the dashboard moves without a second terminal.
      const intervalMs = Number(process.env.DEMO_INTERVAL_MS ?? 3000);
      log.info(`demo mover: one move every ${intervalMs} ms (DEMO_MOVE=1)`);
      demoMoving = runDemoMover(gatewayUrl, DEMO_LOGIN, { intervalMs, signal: demoMover.signal, log: (line) => log.info(`demo: ${line}`) }).catch((err) =>
        log.warn(`demo mover stopped: ${err instanceof Error ? err.message : String(err)}`),
      );
    }
  } catch (err) {
    process.stderr.write(`start failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    await shutdown(1);
  }
}

main().catch((err) => {
  process.stderr.write(`start failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
