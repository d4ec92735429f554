import { createLogger } from '@prometric/core';
import { loadOrchestratorEnv } from './env';
import { startOrchestrator } from './index';

async function main(): Promise<void> {
  const env = loadOrchestratorEnv();
  const running = await startOrchestrator(env);
  createLogger('orchestrator', env.LOG_LEVEL).info({ gateway: env.GATEWAY_URL }, 'orchestrator consuming the orchestrator queue');
  const shutdown = () => running.close().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`orchestrator failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
