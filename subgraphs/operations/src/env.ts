import { z } from 'zod';
import { attachmentsEnvShape, domainEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the operations subgraph. */
export const operationsEnvSchema = domainEnvSchema.extend({
  OPERATIONS_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  /** A hosted demand model (Vertex AI-style `:predict` URL) for stockout forecasts; unset: local exponential smoothing. */
  DEMAND_MODEL_ENDPOINT: z.string().url().optional(),
  /** Bearer token of DEMAND_MODEL_ENDPOINT. */
  DEMAND_MODEL_TOKEN: z.string().optional(),
  /** Files on purchase orders. */
  ...attachmentsEnvShape,
});

export type OperationsEnv = z.infer<typeof operationsEnvSchema>;

export const loadOperationsEnv = (): OperationsEnv => loadEnvOrExit(operationsEnvSchema);
