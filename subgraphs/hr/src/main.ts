import { createLogger } from '@prometric/core';
import { loadHrEnv } from './env';
import { startHr } from './index';

async function main(): Promise<void> {
  const env = loadHrEnv();
  const running = await startHr(env);
  createLogger('hr', env.LOG_LEVEL).info({ url: running.url }, 'hr subgraph listening');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`hr failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
