import { appDatabaseUrl, createLogger, createOrm, createVerifier, queryLimitsOf, startSubgraph, type RunningSubgraph } from '@prometric/core';
import type { OrchestratorEnv } from '../env';
import { orchestratorSchema } from './schema';

/**
 * Starts the orchestrator's subgraph on `port` (0 picks a free one): sales' Order gains `fulfilment`,
 * read from the saga rows this service owns. It connects as the application role, so every request
 * sees its own workspace's sagas only (row-level security), and it has no outbox: it only reads.
 */
export async function startOrchestratorSubgraph(env: OrchestratorEnv, port = env.ORCHESTRATOR_PORT): Promise<RunningSubgraph> {
  const orm = await createOrm({ clientUrl: appDatabaseUrl(env), schema: 'orchestrator', entities: [], migrations: [], poolMax: env.DATABASE_POOL_MAX });
  const logger = createLogger('orchestrator', env.LOG_LEVEL);
  try {
    const running = await startSubgraph(
      { ...orchestratorSchema(), name: 'orchestrator', orm, verifier: await createVerifier(env), logger, introspection: env.NODE_ENV !== 'production', queryLimits: queryLimitsOf(env) },
      port,
      env.HOST,
    );
    return {
      ...running,
      async close() {
        await running.close();
        await orm.close(true);
      },
    };
  } catch (err) {
    await orm.close(true);
    throw err;
  }
}
