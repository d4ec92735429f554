import { Redis } from 'ioredis';
import { API_KEY_EXCHANGE_PATH, appDatabaseUrl, attachmentsConfigOf, createLogger, createOrm, jwksOf, KeyStoreFile, createVerifier, queryLimitsOf, startAuditRetention, startSubgraph, TokenSigner, type RunningSubgraph } from '@prometric/core';
import type { IdentityEnv } from './env';
import { AuthService } from './auth/auth.service';
import { UserService } from './users/user.service';
import { ApiKeyService, redisRevocationBoard } from './api-keys/api-key.service';
import { ApiKeyExchange } from './api-keys/api-key-exchange';
import { identitySchema } from './schema';
import { UploadService } from './uploads/upload.service';
import { IDENTITY_SCHEMA, identityEntities, identityMigrations } from './entities';
import { NodeService } from './nodes/node.service';
import { SearchService } from './search/search.service';
import { WorkspaceService } from './tenants/workspace.service';

export { identitySchema } from './schema';
export { identityPermissions } from './permissions';
export { identityEnvSchema, type IdentityEnv } from './env';
export { IDENTITY_SCHEMA, identityEntities, identityMigrations } from './entities';

/** Starts the identity subgraph (migrations are run by the caller or `pnpm migrate`). */
export async function startIdentity(env: IdentityEnv, port = env.IDENTITY_PORT): Promise<RunningSubgraph> {
  const logger = createLogger('identity', env.LOG_LEVEL);
  const orm = await createOrm({ clientUrl: appDatabaseUrl(env), schema: IDENTITY_SCHEMA, entities: identityEntities, migrations: identityMigrations, poolMax: env.DATABASE_POOL_MAX });
  const keys = await KeyStoreFile.open(env.AUTH_KEYS_DIR);
  const signer = new TokenSigner(() => keys.current(), { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
  const verifier = await createVerifier(env);
  // Revocations are announced here for every gateway; a marker outlives any token a key was exchanged for.
  const redis = new Redis(env.REDIS_URL, { lazyConnect: false });
  redis.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  const apiKeys = new ApiKeyService(redisRevocationBoard(redis), env.API_KEY_TOKEN_TTL_SECONDS + 60);
  const exchange = new ApiKeyExchange(orm, signer, env.API_KEY_TOKEN_TTL_SECONDS, logger);
  const services = { auth: new AuthService(signer, env.REFRESH_TOKEN_TTL_DAYS), users: new UserService(), apiKeys, nodes: new NodeService(), search: new SearchService(), workspaces: new WorkspaceService(), uploads: new UploadService(attachmentsConfigOf(env)) };
  const running = await startSubgraph(
    {
      ...identitySchema(services),
      name: 'identity',
      orm,
      verifier,
      logger,
      introspection: env.NODE_ENV !== 'production',
      queryLimits: queryLimitsOf(env),
      routes: { '/.well-known/jwks.json': () => jwksOf(keys.current()) },
      handlers: { [API_KEY_EXCHANGE_PATH]: exchange.handler },
    },
    port,
    env.HOST,
  );
  const auditRetention = startAuditRetention({ ownerUrl: env.DATABASE_URL, schema: IDENTITY_SCHEMA, days: env.AUDIT_RETENTION_DAYS, intervalMs: env.AUDIT_RETENTION_SWEEP_MS, logger });
  return {
    ...running,
    async close() {
      await auditRetention?.stop();
      await running.close();
      await orm.close(true);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
