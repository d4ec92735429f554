import { z } from 'zod';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the sales subgraph. */
export const salesEnvSchema = baseEnvSchema.extend({
  SALES_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  /** Fallback poll of the outbox relay, for notifications missed while disconnected. */
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
});

export type SalesEnv = z.infer<typeof salesEnvSchema>;

export const loadSalesEnv = (): SalesEnv => loadEnvOrExit(salesEnvSchema);
