import { z } from 'zod';
import { domainEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the finance subgraph. */
export const financeEnvSchema = domainEnvSchema.extend({
  FINANCE_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  /** Events of the `finance` queue applied in parallel by this process. */
  CONSUMER_CONCURRENCY: z.coerce.number().int().positive().default(4),
});

export type FinanceEnv = z.infer<typeof financeEnvSchema>;

export const loadFinanceEnv = (): FinanceEnv => loadEnvOrExit(financeEnvSchema);
