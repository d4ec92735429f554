import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogger, createVerifier } from '@prometric/core';
import { loadGatewayEnv, subgraphUrlOverrides } from './env';
import { startGateway } from './gateway';

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
    },
    env.GATEWAY_PORT,
    env.HOST,
  );
  logger.info({ url: running.url, supergraph: env.SUPERGRAPH_PATH }, 'gateway listening');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
