import { createLogger } from '@prometric/core';
import { loadProductionEnv } from './env';
import { startProduction } from './index';

async function main(): Promise<void> {
  const env = loadProductionEnv();
  const running = await startProduction(env);
  createLogger('production', env.LOG_LEVEL).info({ url: running.url }, 'production subgraph listening');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`production failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
