import { z } from 'zod';

/** Settings every service shares; each service extends this with its own keys. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Interface services listen on (0.0.0.0 in containers). */
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/prometric'),
  /**
   * What request handling connects as: a role that owns nothing, is not superuser and has no
   * BYPASSRLS, so row-level security applies. Defaults to DATABASE_URL with the user `prometric_app`.
   */
  DATABASE_APP_URL: z.string().url().optional(),
  /** Most connections a service's request pool opens (PostgreSQL's max_connections is shared by every service). */
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** Directory holding the JWT signing keys (generated on first start, never committed). */
  AUTH_KEYS_DIR: z.string().default('.data/keys'),
  /** When set, verifiers fetch the JWKS from here instead of reading AUTH_KEYS_DIR. */
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().default('prometric-identity'),
  JWT_AUDIENCE: z.string().default('prometric-api'),
  /** Query limits, at the gateway and at every subgraph (see QueryLimits; defaults DEFAULT_QUERY_LIMITS). */
  QUERY_MAX_DEPTH: z.coerce.number().int().positive().default(12),
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(10),
  QUERY_MAX_TOKENS: z.coerce.number().int().positive().default(3000),
  QUERY_MAX_COST: z.coerce.number().int().positive().default(25_000),
  QUERY_MAX_DUPLICATES: z.coerce.number().int().positive().default(10),
  /** Days an audit entry is kept (0: forever); older entries are deleted by each subgraph's retention purge. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).default(365),
  /** Time between two retention purges of the audit log, in ms (0: no purge in this process). */
  AUDIT_RETENTION_SWEEP_MS: z.coerce.number().int().min(0).default(3_600_000),
});

/** The query limits the environment sets. */
export function queryLimitsOf(env: Pick<BaseEnv, 'QUERY_MAX_DEPTH' | 'QUERY_MAX_ALIASES' | 'QUERY_MAX_DIRECTIVES' | 'QUERY_MAX_TOKENS' | 'QUERY_MAX_COST' | 'QUERY_MAX_DUPLICATES'>) {
  return { depth: env.QUERY_MAX_DEPTH, aliases: env.QUERY_MAX_ALIASES, directives: env.QUERY_MAX_DIRECTIVES, tokens: env.QUERY_MAX_TOKENS, cost: env.QUERY_MAX_COST, duplicates: env.QUERY_MAX_DUPLICATES };
}

export type BaseEnv = z.infer<typeof baseEnvSchema>;

/** Thrown when the environment is invalid; lists every problem at once. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'EnvError';
  }
}

/**
 * Parses `source` (default `process.env`) with `schema`, reporting every invalid key at once.
 * Services call it once at start-up; nothing else reads `process.env`.
 */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined> = process.env): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
}

/** `parseEnv` for a process entry point: prints every problem and exits non-zero. */
export function loadEnvOrExit<S extends z.ZodType>(schema: S): z.infer<S> {
  try {
    return parseEnv(schema);
  } catch (e) {
    if (e instanceof EnvError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

/** The application role every migration grants to and every request runs as. */
export const APP_DB_ROLE = 'prometric_app';

/** DATABASE_APP_URL, else DATABASE_URL with the application role (and no password) as its user. */
export function appDatabaseUrl(env: Pick<BaseEnv, 'DATABASE_URL' | 'DATABASE_APP_URL'>): string {
  if (env.DATABASE_APP_URL) return env.DATABASE_APP_URL;
  const url = new URL(env.DATABASE_URL);
  url.username = APP_DB_ROLE;
  url.password = '';
  return url.toString();
}
