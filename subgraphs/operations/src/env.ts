import { z } from 'zod';
import { domainEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the operations subgraph. */
export const operationsEnvSchema = domainEnvSchema.extend({
  OPERATIONS_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
});

export type OperationsEnv = z.infer<typeof operationsEnvSchema>;

export const loadOperationsEnv = (): OperationsEnv => loadEnvOrExit(operationsEnvSchema);
