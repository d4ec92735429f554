import { z } from 'zod';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the finance subgraph. */
export const financeEnvSchema = baseEnvSchema.extend({
  FINANCE_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  /** Fallback poll of the outbox relay, for notifications missed while disconnected. */
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(1000),
  /** Events of the `finance` queue applied in parallel by this process. */
  CONSUMER_CONCURRENCY: z.coerce.number().int().positive().default(4),
});

export type FinanceEnv = z.infer<typeof financeEnvSchema>;

export const loadFinanceEnv = (): FinanceEnv => loadEnvOrExit(financeEnvSchema);
