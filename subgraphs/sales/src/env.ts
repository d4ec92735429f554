import { z } from 'zod';
import { attachmentsEnvShape, domainEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the sales subgraph. */
export const salesEnvSchema = domainEnvSchema.extend({
  SALES_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  /** How often workspaces whose deals closed since are retrained for win probabilities, in ms; 0 turns it off. */
  SALES_WIN_MODEL_SWEEP_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** A hosted win model (Vertex AI-style `:predict` URL); unset: the workspace's local model. */
  WIN_MODEL_ENDPOINT: z.string().url().optional(),
  /** Bearer token of WIN_MODEL_ENDPOINT. */
  WIN_MODEL_TOKEN: z.string().optional(),
  /** Files on orders and products. */
  ...attachmentsEnvShape,
});

export type SalesEnv = z.infer<typeof salesEnvSchema>;

export const loadSalesEnv = (): SalesEnv => loadEnvOrExit(salesEnvSchema);
