import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { baseEnvSchema, createLogger, createVerifier, loadEnvOrExit, type RunningSubgraph } from '@prometric/core';
import { identityEnvSchema, startIdentity } from '@prometric/identity';
import { salesEnvSchema, startSales } from '@prometric/sales';
import { operationsEnvSchema, startOperations } from '@prometric/operations';
import { financeEnvSchema, startFinance } from '@prometric/finance';
import { productionEnvSchema, startProduction } from '@prometric/production';
import { hrEnvSchema, startHr } from '@prometric/hr';
import { gatewayEnvSchema, startGateway, subgraphUrlOverrides } from '@prometric/gateway';
import { orchestratorEnvSchema, startOrchestrator } from '@prometric/orchestrator';
import { REPO_ROOT, ensureDatabase, eventRoutes, migrateAll } from '@prometric/testing';
import { resolvePostgres } from './postgres';
import { DEMO_LOGIN, seedDemo } from './demo-data';

const log = createLogger('start', process.env.LOG_LEVEL ?? 'info');

async function requireRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    process.stderr.write(
      `Redis is not reachable at ${url}.\n` +
        `Start one (\`redis-server --daemonize yes\`, or \`docker compose up -d redis\`) or point REDIS_URL at yours.\n`,
    );
    process.exit(1);
  } finally {
    redis.disconnect();
  }
}

/**
 * `pnpm start`: every subgraph, the gateway and the orchestrator on this machine, with demo data. Postgres from
 * DATABASE_URL, the local server, or an embedded one; Redis from REDIS_URL.
 */
async function main(): Promise<void> {
  process.chdir(REPO_ROOT);
  const postgres = await resolvePostgres(REPO_ROOT, (msg) => log.info(msg));
  process.env.DATABASE_URL = postgres.url;
  if (postgres.app && !process.env.DATABASE_APP_URL) process.env.DATABASE_APP_URL = postgres.app.url;
  // This is where the services are composed, so where the events' routes are assembled.
  process.env.EVENT_ROUTES = JSON.stringify(eventRoutes());
  const base = loadEnvOrExit(baseEnvSchema);
  await requireRedis(base.REDIS_URL);
  await ensureDatabase(base.DATABASE_URL);
  await migrateAll(base.DATABASE_URL, postgres.app?.password);

  const identity = await startIdentity(loadEnvOrExit(identityEnvSchema));
  const sales = await startSales(loadEnvOrExit(salesEnvSchema));
  const operations = await startOperations(loadEnvOrExit(operationsEnvSchema));
  const finance = await startFinance(loadEnvOrExit(financeEnvSchema));
  const production = await startProduction(loadEnvOrExit(productionEnvSchema));
  const hr = await startHr(loadEnvOrExit(hrEnvSchema));
  const gatewayEnv = loadEnvOrExit(gatewayEnvSchema);
  const gateway = await startGateway(
    {
      supergraphSdl: readFileSync(join(REPO_ROOT, gatewayEnv.SUPERGRAPH_PATH), 'utf8'),
      subgraphUrls: { identity: identity.url, sales: sales.url, operations: operations.url, finance: finance.url, production: production.url, hr: hr.url, ...subgraphUrlOverrides(gatewayEnv) },
      verifier: await createVerifier(gatewayEnv),
      logger: createLogger('gateway', gatewayEnv.LOG_LEVEL),
      introspection: gatewayEnv.NODE_ENV !== 'production',
      authorizationMode: gatewayEnv.AUTHORIZATION_MODE,
      redisUrl: gatewayEnv.REDIS_URL,
    },
    gatewayEnv.GATEWAY_PORT,
    gatewayEnv.HOST,
  );
  // The order-to-cash saga, calling the subgraphs through this gateway.
  const orchestrator = await startOrchestrator(orchestratorEnvSchema.parse({ ...process.env, GATEWAY_URL: gateway.url }));
  const seeded = await seedDemo(gateway.url);
  const url = `http://localhost:${gateway.port}/graphql`;
  process.stdout.write(
    `\nPrometric ERP is up.\n  GraphQL: ${url}\n  Demo login (${seeded === 'created' ? 'just created' : 'existing'}): ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n` +
      `  Try: curl -s ${url} -H 'content-type: application/json' -d '{"query":"mutation { login(input: {email: \\"${DEMO_LOGIN.email}\\", password: \\"${DEMO_LOGIN.password}\\"}) { accessToken } }"}'\n\n`,
  );

  const services: RunningSubgraph[] = [identity, sales, operations, finance, production, hr];
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down');
    await orchestrator.close();
    await gateway.close();
    await Promise.all(services.map((s) => s.close()));
    await postgres.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  process.stderr.write(`start failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
