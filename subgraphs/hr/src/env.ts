import { z } from 'zod';
import { domainEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the hr subgraph. */
export const hrEnvSchema = domainEnvSchema.extend({
  HR_PORT: z.coerce.number().int().min(0).max(65535).default(4006),
});

export type HrEnv = z.infer<typeof hrEnvSchema>;

export const loadHrEnv = (): HrEnv => loadEnvOrExit(hrEnvSchema);
