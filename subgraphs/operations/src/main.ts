import { createLogger } from '@prometric/core';
import { loadOperationsEnv } from './env';
import { startOperations } from './index';

async function main(): Promise<void> {
  const env = loadOperationsEnv();
  const running = await startOperations(env);
  createLogger('operations', env.LOG_LEVEL).info({ url: running.url }, 'operations subgraph listening');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`operations failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
