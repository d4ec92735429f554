import { z } from 'zod';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the orchestrator (the order-to-cash saga). */
export const orchestratorEnvSchema = baseEnvSchema.extend({
  /** The gateway's /graphql URL: every step is a mutation of the owning subgraph, called like a client would. */
  GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  /** Events of the `orchestrator` queue run in parallel by this process. */
  CONSUMER_CONCURRENCY: z.coerce.number().int().positive().default(4),
  /** Attempts of one step inside one delivery before it counts as a permanent failure (transport errors are retried by BullMQ instead). */
  SAGA_STEP_ATTEMPTS: z.coerce.number().int().positive().default(3),
});

export type OrchestratorEnv = z.infer<typeof orchestratorEnvSchema>;

export const loadOrchestratorEnv = (): OrchestratorEnv => loadEnvOrExit(orchestratorEnvSchema);
