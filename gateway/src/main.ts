import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogger, createVerifier, queryLimitsOf } from '@prometric/core';
import { loadGatewayEnv, rateLimitsOf, subgraphUrlOverrides } from './env';
import { startGateway } from './gateway';
import { originsOf } from './edge/cors';
import { readTrustedDocuments } from './edge/trusted-documents';

async function main(): Promise<void> {
  const env = loadGatewayEnv();
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const supergraphSdl = readFileSync(resolve(env.SUPERGRAPH_PATH), 'utf8');
  const running = await startGateway(
    {
      supergraphSdl,
      subgraphUrls: subgraphUrlOverrides(env),
      verifier: await createVerifier(env),
      logger,
      introspection: env.NODE_ENV !== 'production',
      healthTimeoutMs: env.HEALTH_TIMEOUT_MS,
      authorizationMode: env.AUTHORIZATION_MODE,
      redisUrl: env.REDIS_URL,
      queryLimits: queryLimitsOf(env),
      subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
      rateLimits: rateLimitsOf(env),
      wsConnectionsPerUser: env.WS_CONNECTIONS_PER_USER,
      trustedDocuments: { mode: env.TRUSTED_DOCUMENTS, documents: env.TRUSTED_DOCUMENTS === 'enforce' ? readTrustedDocuments(resolve(env.TRUSTED_DOCUMENTS_PATH)) : new Map() },
      trustProxy: env.TRUST_PROXY,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      maxUploadBytes: env.ATTACHMENT_MAX_BYTES,
      cors: { origins: originsOf(env.CORS_ORIGINS), credentials: env.CORS_CREDENTIALS, maxAgeSeconds: env.CORS_MAX_AGE_SECONDS },
    },
    env.GATEWAY_PORT,
    env.HOST,
  );
  logger.info({ url: running.url, supergraph: env.SUPERGRAPH_PATH }, 'gateway listening');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

/**
 * With GATEWAY_WORKERS > 1 this process only supervises: it forks the workers (which share the port)
 * and replaces one that dies, unless it is shutting down.
 */
function supervise(workers: number): void {
  const logger = createLogger('gateway', loadGatewayEnv().LOG_LEVEL);
  let stopping = false;
  const spawn = () => cluster.fork().on('exit', (code, signal) => {
    if (stopping) return;
    logger.error({ code, signal }, 'gateway worker died; starting another');
    spawn();
  });
  for (let i = 0; i < workers; i++) spawn();
  const shutdown = () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
    if (!alive.length) process.exit(0);
    let left = alive.length;
    for (const worker of alive) {
      worker!.once('exit', () => --left === 0 && process.exit(0));
      worker!.process.kill('SIGTERM');
    }
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

const workers = loadGatewayEnv().GATEWAY_WORKERS;
if (workers > 1 && cluster.isPrimary) {
  supervise(workers);
} else {
  main().catch((err) => {
    process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
