import { startDomainSubgraph, type RunningDomainSubgraph } from '@prometric/core';
import type { HrEnv } from './env';
import { createHrServices, hrSchema } from './schema';
import { HR_SCHEMA, hrEntities, hrMigrations } from './entities';

export { hrSchema, createHrServices } from './schema';
export { hrPermissions } from './permissions';
export { hrEnvSchema, devEncryptionKey, type HrEnv, type HrConfig } from './env';
export { HR_SCHEMA, hrEntities, hrMigrations } from './entities';

export type RunningHr = RunningDomainSubgraph;

/** Starts the hr subgraph and its outbox relay (migrations are run by the caller or `pnpm migrate`). */
export function startHr(env: HrEnv, port = env.HR_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningHr> {
  return startDomainSubgraph(env, port, {
    name: 'hr',
    schema: HR_SCHEMA,
    entities: hrEntities,
    migrations: hrMigrations,
    graphql: hrSchema(createHrServices(env)),
    onQuery: hooks.onQuery,
  });
}
