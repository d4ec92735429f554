import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { TENANT_FILTER, type TenantParams } from './base.entity';

/**
 * Declares the tenant that the row-level security policies read, for the rest of the current
 * transaction (`set_config(…, true)`). It must be the transaction's first statement.
 */
export async function setTenantSetting(em: EntityManager, tenant: Pick<TenantParams, 'organizationId' | 'workspaceId'>): Promise<void> {
  await em.execute("select set_config('app.workspace_id', ?, true), set_config('app.organization_id', ?, true)", [
    tenant.workspaceId,
    tenant.organizationId,
  ]);
}

/**
 * Runs `work` in one transaction on a fresh fork of `orm` (the application role) scoped to `tenant`
 * exactly as a request is: the tenant filter parameters, and the row-level security setting as the
 * transaction's first statement. What runs without a request (event consumers, scheduled jobs)
 * enters a tenant only through here. `work` must not commit on its own; throwing rolls back.
 */
export function inTenantTransaction<T>(
  orm: MikroORM<PostgreSqlDriver>,
  tenant: TenantParams,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const em = orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  em.setFilterParams(TENANT_FILTER, tenant);
  return em.transactional(async (tx) => {
    await setTenantSetting(tx as EntityManager, tenant);
    return work(tx as EntityManager);
  });
}
