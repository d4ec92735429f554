import { z } from 'zod';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the operations subgraph. */
export const operationsEnvSchema = baseEnvSchema.extend({
  OPERATIONS_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  /** Fallback poll of the outbox relay, for notifications missed while disconnected. */
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
});

export type OperationsEnv = z.infer<typeof operationsEnvSchema>;

export const loadOperationsEnv = (): OperationsEnv => loadEnvOrExit(operationsEnvSchema);
