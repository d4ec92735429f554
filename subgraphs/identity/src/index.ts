import { appDatabaseUrl, createLogger, createOrm, jwksOf, KeyStoreFile, createVerifier, startSubgraph, TokenSigner, type RunningSubgraph } from '@prometric/core';
import type { IdentityEnv } from './env';
import { AuthService } from './auth/auth.service';
import { UserService } from './users/user.service';
import { identitySchema } from './schema';
import { IDENTITY_SCHEMA, identityEntities, identityMigrations } from './entities';

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
  const services = { auth: new AuthService(signer, env.REFRESH_TOKEN_TTL_DAYS), users: new UserService() };
  const running = await startSubgraph(
    {
      ...identitySchema(services),
      name: 'identity',
      orm,
      verifier,
      logger,
      introspection: env.NODE_ENV !== 'production',
      routes: { '/.well-known/jwks.json': () => jwksOf(keys.current()) },
    },
    port,
    env.HOST,
  );
  return {
    ...running,
    async close() {
      await running.close();
      await orm.close(true);
    },
  };
}
