import { z } from 'zod';
import { domainEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the production subgraph. */
export const productionEnvSchema = domainEnvSchema.extend({
  PRODUCTION_PORT: z.coerce.number().int().min(0).max(65535).default(4005),
  /**
   * How often due preventive maintenance is generated in every workspace without a person, in ms
   * (default a minute); 0 turns the sweep off (the generateDueMaintenance mutation still works).
   */
  PRODUCTION_MAINTENANCE_SWEEP_MS: z.coerce.number().int().min(0).default(60_000),
});

export type ProductionEnv = z.infer<typeof productionEnvSchema>;

export const loadProductionEnv = (): ProductionEnv => loadEnvOrExit(productionEnvSchema);
