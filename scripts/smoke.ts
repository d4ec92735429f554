import 'reflect-metadata';
import { createOrm, migrate } from '@prometric/core';
import { startIdentity, identityEntities, identityMigrations, IDENTITY_SCHEMA, identityEnvSchema } from '@prometric/identity';

async function main() {
  const env = identityEnvSchema.parse({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/prometric_smoke', AUTH_KEYS_DIR: '/tmp/smoke-keys', LOG_LEVEL: 'warn' });
  const orm = await createOrm({ clientUrl: env.DATABASE_URL, schema: IDENTITY_SCHEMA, entities: identityEntities, migrations: identityMigrations });
  await migrate(orm); await orm.close();
  const s = await startIdentity(env, 0);
  console.log(s.sdl);
  const q = async (query: string, variables: unknown = {}, token?: string) => (await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) })).json();
  const r: any = await q(`mutation($input: SignUpInput!){ signUp(input:$input){ accessToken refreshToken user{id email name} organization{id name} workspace{id name currency} errors{code field message} } }`, { input: { organizationName: 'Acme', workspaceName: 'Main', name: 'Ann', email: `ann${Date.now()}@x.io`, password: 'secret123' } });
  console.log(JSON.stringify(r));
  const t = r.data.signUp.accessToken;
  console.log(JSON.stringify(await q(`{ me { id email name role permissions workspace{id name} organization{id name} } }`, {}, t)));
  console.log(JSON.stringify(await q(`{ me { id } }`)));
  console.log(JSON.stringify(await q(`{ me { id } }`, {}, 'garbage')));
  console.log(JSON.stringify(await q(`mutation { refreshToken(refreshToken: "${r.data.signUp.refreshToken}") { accessToken refreshToken errors { code } } }`)));
  console.log(JSON.stringify(await q(`mutation { refreshToken(refreshToken: "${r.data.signUp.refreshToken}") { accessToken refreshToken errors { code } } }`)));
  console.log(JSON.stringify(await q(`query($r:[_Any!]!){ _entities(representations:$r){ ... on User { id email } } }`, { r: [{ __typename: 'User', id: r.data.signUp.user.id }] }, t)));
  await s.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
