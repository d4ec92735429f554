import { z } from 'zod';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the identity subgraph. */
export const identityEnvSchema = baseEnvSchema.extend({
  IDENTITY_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  /** Lifetime of a refresh token, in days. */
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().default(30),
});

export type IdentityEnv = z.infer<typeof identityEnvSchema>;

export const loadIdentityEnv = (): IdentityEnv => loadEnvOrExit(identityEnvSchema);
