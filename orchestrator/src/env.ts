import { z } from 'zod';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the orchestrator (the order-to-cash saga). */
export const orchestratorEnvSchema = baseEnvSchema.extend({
  /** Port of the orchestrator's subgraph (`Order.fulfilment`, read from the saga rows). */
  ORCHESTRATOR_PORT: z.coerce.number().int().nonnegative().default(4007),
  /** The gateway's /graphql URL: every step is a mutation of the owning subgraph, called like a client would. */
  GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  /** Events of the `orchestrator` queue run in parallel by this process. */
  CONSUMER_CONCURRENCY: z.coerce.number().int().positive().default(4),
  /** Attempts of one step inside one delivery before it counts as a permanent failure (transport errors are retried by BullMQ instead). */
  SAGA_STEP_ATTEMPTS: z.coerce.number().int().positive().default(3),
  /** How often the sweeper looks for sagas left RUNNING or COMPENSATING (a driver died, a job was lost), in ms. */
  SAGA_SWEEP_MS: z.coerce.number().int().positive().default(5000),
  /** A saga nobody has moved for this long is resumed by the sweeper, in ms (a live driver keeps its lock, so this only decides how soon). */
  SAGA_STALE_MS: z.coerce.number().int().positive().default(10_000),
  /** How often BullMQ re-delivers jobs whose worker died, in ms. */
  CONSUMER_STALLED_MS: z.coerce.number().int().positive().default(30_000),
});

export type OrchestratorEnv = z.infer<typeof orchestratorEnvSchema>;

export const loadOrchestratorEnv = (): OrchestratorEnv => loadEnvOrExit(orchestratorEnvSchema);
