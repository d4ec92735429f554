import { createLogger, startDomainSubgraph, type RunningDomainSubgraph, type TenantSweep } from '@prometric/core';
import type { ProductionEnv } from './env';
import { productionSchema } from './schema';
import { PRODUCTION_SCHEMA, productionEntities, productionMigrations } from './entities';
import { startMaintenanceSweep } from './maintenance/maintenance-sweep';

export { productionSchema, createProductionServices } from './schema';
export { productionPermissions } from './permissions';
export { productionEnvSchema, type ProductionEnv } from './env';
export { PRODUCTION_SCHEMA, productionEntities, productionMigrations } from './entities';

export { MAINTENANCE_SWEEP, dueMaintenanceWorkspaces, startMaintenanceSweep } from './maintenance/maintenance-sweep';

export interface RunningProduction extends RunningDomainSubgraph {
  /** The sweep generating due preventive maintenance; null when PRODUCTION_MAINTENANCE_SWEEP_MS is 0. */
  maintenanceSweep: TenantSweep | null;
}

/**
 * Starts the production subgraph, its outbox relay and its maintenance sweep (migrations are run by
 * the caller or `pnpm migrate`).
 */
export async function startProduction(env: ProductionEnv, port = env.PRODUCTION_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningProduction> {
  const running = await startDomainSubgraph(env, port, {
    name: 'production',
    schema: PRODUCTION_SCHEMA,
    entities: productionEntities,
    migrations: productionMigrations,
    graphql: productionSchema(),
    onQuery: hooks.onQuery,
  });
  const maintenanceSweep = env.PRODUCTION_MAINTENANCE_SWEEP_MS > 0
    ? startMaintenanceSweep({ orm: running.orm, ownerUrl: env.DATABASE_URL, intervalMs: env.PRODUCTION_MAINTENANCE_SWEEP_MS, logger: createLogger('production', env.LOG_LEVEL) })
    : null;
  return {
    ...running,
    maintenanceSweep,
    async close() {
      await maintenanceSweep?.stop();
      await running.close();
    },
  };
}
