import { z } from 'zod';
import { domainEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the sales subgraph. */
export const salesEnvSchema = domainEnvSchema.extend({
  SALES_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
});

export type SalesEnv = z.infer<typeof salesEnvSchema>;

export const loadSalesEnv = (): SalesEnv => loadEnvOrExit(salesEnvSchema);
