import { z } from 'zod';
import { API_KEY_TOKEN_TTL_SECONDS, attachmentsEnvShape, baseEnvSchema, loadEnvOrExit } from '@prometric/core';

/** Configuration of the identity subgraph. */
export const identityEnvSchema = baseEnvSchema.extend({
  IDENTITY_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  /** Lifetime of a refresh token, in days. */
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().default(30),
  /** Lifetime of the access token an API key is exchanged for (the gateway keeps it until shortly before). */
  API_KEY_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(API_KEY_TOKEN_TTL_SECONDS),
  /** Attachments: identity signs the upload links (`requestUpload`); the owners store the files. */
  ...attachmentsEnvShape,
});

export type IdentityEnv = z.infer<typeof identityEnvSchema>;

export const loadIdentityEnv = (): IdentityEnv => loadEnvOrExit(identityEnvSchema);
