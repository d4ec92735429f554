import { createLogger } from '@prometric/core';
import { loadOrchestratorEnv } from './env';
import { startOrchestrator, startOrchestratorSubgraph } from './index';

async function main(): Promise<void> {
  const env = loadOrchestratorEnv();
  // The subgraph first: the gateway may ask it for Order.fulfilment as soon as the saga moves.
  const subgraph = await startOrchestratorSubgraph(env);
  const running = await startOrchestrator(env);
  createLogger('orchestrator', env.LOG_LEVEL).info({ gateway: env.GATEWAY_URL, subgraph: subgraph.url }, 'orchestrator consuming the orchestrator queue and serving Order.fulfilment');
  const shutdown = () => running.close().then(() => subgraph.close()).then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  process.stderr.write(`orchestrator failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
