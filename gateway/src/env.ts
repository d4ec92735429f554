import { z } from 'zod';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';
import type { RateLimitSettings } from './edge/rate-limits';

/** Configuration of the gateway. `SUBGRAPH_<NAME>_URL` overrides a subgraph URL of the supergraph. */
export const gatewayEnvSchema = baseEnvSchema.extend({
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Composed supergraph the gateway serves (any composed supergraph file works). */
  SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
  SUBGRAPH_IDENTITY_URL: z.string().url().optional(),
  SUBGRAPH_SALES_URL: z.string().url().optional(),
  SUBGRAPH_OPERATIONS_URL: z.string().url().optional(),
  SUBGRAPH_FINANCE_URL: z.string().url().optional(),
  SUBGRAPH_PRODUCTION_URL: z.string().url().optional(),
  SUBGRAPH_HR_URL: z.string().url().optional(),
  SUBGRAPH_ORCHESTRATOR_URL: z.string().url().optional(),
  /** `partial`: refused fields come back null with FORBIDDEN; `reject`: any refused field fails the operation. */
  AUTHORIZATION_MODE: z.enum(['partial', 'reject']).default('partial'),
  /**
   * Processes serving GATEWAY_PORT (node:cluster: the primary only supervises). Subscriptions fan out
   * across them through Redis as across replicas.
   */
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Browser origins allowed to call the API, comma-separated exact origins (`https://app.example.com`); none by default. */
  CORS_ORIGINS: z.string().default(''),
  /** Whether those pages may send cookies / HTTP authentication (bearer tokens need no credentials mode). */
  CORS_CREDENTIALS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** How long a browser may cache a preflight answer. */
  CORS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  /** Longest wait for one subgraph call; a late subgraph's fields come back null with SUBGRAPH_TIMEOUT. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Longest a request may take in all: no subgraph call outlives it. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Largest attachment upload passed on to a subgraph, in bytes (the subgraphs check each link's own declared size). */
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  /** Open WebSocket connections one user may hold across every gateway replica. */
  WS_CONNECTIONS_PER_USER: z.coerce.number().int().positive().default(50),
  /** Persisted queries: `apq` (default: sha256 first, text on a miss), `enforce` (only the documents of TRUSTED_DOCUMENTS_PATH run) or `off`. */
  TRUSTED_DOCUMENTS: z.enum(['off', 'apq', 'enforce']).default('apq'),
  /** The registered documents (`pnpm trust` writes them). */
  TRUSTED_DOCUMENTS_PATH: z.string().default('schema/trusted-documents.json'),
  /** Rate limits on Redis: `on` (default) or `off`; budgets in query-cost points per minute. */
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  RATE_LIMIT_USER_POINTS: z.coerce.number().int().positive().default(300_000),
  RATE_LIMIT_WORKSPACE_POINTS: z.coerce.number().int().positive().default(1_500_000),
  RATE_LIMIT_ADDRESS_POINTS: z.coerce.number().int().positive().default(3_000_000),
  /** Login throttle: failures per email+address per hour, then LOGIN_BLOCK_SECONDS (doubling with each block that day). */
  LOGIN_FAILURES_PER_EMAIL_AND_ADDRESS: z.coerce.number().int().positive().default(10),
  LOGIN_BLOCK_SECONDS: z.coerce.number().int().positive().default(900),
  /** Failures per email per hour from anywhere, then a brief block (not where the email logged in before). */
  LOGIN_FAILURES_PER_EMAIL: z.coerce.number().int().positive().default(50),
  LOGIN_EMAIL_BLOCK_SECONDS: z.coerce.number().int().positive().default(300),
  /** Failures per address per day across all emails, then a block. */
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(200),
  LOGIN_ADDRESS_BLOCK_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Behind one proxy that appends X-Forwarded-For (nginx's $proxy_add_x_forwarded_for): take the client address from its last entry. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** How long /health waits for each subgraph. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().positive().default(2000),
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const loadGatewayEnv = (): GatewayEnv => loadEnvOrExit(gatewayEnvSchema);

/** Subgraph URL overrides from the environment, keyed by subgraph name. */
export function subgraphUrlOverrides(env: GatewayEnv): Record<string, string> {
  const overrides: Record<string, string> = {};
  if (env.SUBGRAPH_IDENTITY_URL) overrides.identity = env.SUBGRAPH_IDENTITY_URL;
  if (env.SUBGRAPH_SALES_URL) overrides.sales = env.SUBGRAPH_SALES_URL;
  if (env.SUBGRAPH_OPERATIONS_URL) overrides.operations = env.SUBGRAPH_OPERATIONS_URL;
  if (env.SUBGRAPH_FINANCE_URL) overrides.finance = env.SUBGRAPH_FINANCE_URL;
  if (env.SUBGRAPH_PRODUCTION_URL) overrides.production = env.SUBGRAPH_PRODUCTION_URL;
  if (env.SUBGRAPH_HR_URL) overrides.hr = env.SUBGRAPH_HR_URL;
  if (env.SUBGRAPH_ORCHESTRATOR_URL) overrides.orchestrator = env.SUBGRAPH_ORCHESTRATOR_URL;
  return overrides;
}

/** The rate limits the environment sets, or none when RATE_LIMITS=off. */
export function rateLimitsOf(env: GatewayEnv): RateLimitSettings | undefined {
  if (env.RATE_LIMITS === 'off') return undefined;
  return {
    userPointsPerMinute: env.RATE_LIMIT_USER_POINTS,
    workspacePointsPerMinute: env.RATE_LIMIT_WORKSPACE_POINTS,
    addressPointsPerMinute: env.RATE_LIMIT_ADDRESS_POINTS,
    loginFailuresPerEmailAndAddress: env.LOGIN_FAILURES_PER_EMAIL_AND_ADDRESS,
    loginBlockSeconds: env.LOGIN_BLOCK_SECONDS,
    loginFailuresPerEmail: env.LOGIN_FAILURES_PER_EMAIL,
    loginEmailBlockSeconds: env.LOGIN_EMAIL_BLOCK_SECONDS,
    loginFailuresPerAddress: env.LOGIN_FAILURES_PER_ADDRESS,
    loginAddressBlockSeconds: env.LOGIN_ADDRESS_BLOCK_SECONDS,
  };
}
