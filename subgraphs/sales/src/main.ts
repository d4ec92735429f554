import { createLogger } from '@prometric/core';
import { loadSalesEnv } from './env';
import { startSales } from './index';

async function main(): Promise<void> {
  const env = loadSalesEnv();
  const running = await startSales(env);
  createLogger('sales', env.LOG_LEVEL).info({ url: running.url }, 'sales subgraph listening');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`sales failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
