import { createLogger } from '@prometric/core';
import { loadFinanceEnv } from './env';
import { startFinance } from './index';

async function main(): Promise<void> {
  const env = loadFinanceEnv();
  const running = await startFinance(env);
  createLogger('finance', env.LOG_LEVEL).info({ url: running.url }, 'finance subgraph listening');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`finance failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
