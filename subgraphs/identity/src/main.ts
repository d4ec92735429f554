import { createLogger } from '@prometric/core';
import { loadIdentityEnv } from './env';
import { startIdentity } from './index';

async function main(): Promise<void> {
  const env = loadIdentityEnv();
  const running = await startIdentity(env);
  const logger = createLogger('identity', env.LOG_LEVEL);
  logger.info({ url: running.url }, 'identity subgraph listening');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`identity failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
