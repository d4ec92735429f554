import { z } from 'zod';
import { domainEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the production subgraph. */
export const productionEnvSchema = domainEnvSchema.extend({
  PRODUCTION_PORT: z.coerce.number().int().min(0).max(65535).default(4005),
});

export type ProductionEnv = z.infer<typeof productionEnvSchema>;

export const loadProductionEnv = (): ProductionEnv => loadEnvOrExit(productionEnvSchema);
