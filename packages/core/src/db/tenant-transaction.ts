import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import { TENANT_FILTER, type TenantParams } from './base.entity';

/** The two keys the row-level security setting carries. */
export type TenantKeys = Pick<TenantParams, 'organizationId' | 'workspaceId'>;

/** The statement that declares the tenant (`?` placeholders: workspace, organization). */
export const SET_TENANT = "select set_config('app.workspace_id', ?, true), set_config('app.organization_id', ?, true)";

/**
 * Declares the tenant that the row-level security policies read, for the rest of the current
 * transaction (`set_config(…, true)`). It must be the transaction's first statement.
 */
export async function setTenantSetting(em: EntityManager, tenant: TenantKeys): Promise<void> {
  await em.execute(SET_TENANT, [tenant.workspaceId, tenant.organizationId]);
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

/**
 * Runs `work` under `tenant`'s row-level security setting inside `em`'s transaction (a savepoint when
 * one is open, else a new transaction), for the few request paths that learn their workspace only
 * while they run: sign-up (a workspace being created), login and refresh (a workspace found through
 * the narrow lookup functions of identity). `work` is flushed before the setting the enclosing
 * transaction had is put back, so what it wrote was checked against `tenant` and the rest of the
 * request runs under its own tenant again. Throwing rolls the savepoint (and the setting) back.
 */
export async function withTenantSetting<T>(em: EntityManager, tenant: TenantKeys, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const nested = em.isInTransaction();
  return em.transactional(async (tx) => {
    const [previous] = nested
      ? await tx.execute<{ workspaceId: string | null; organizationId: string | null }[]>(
        `select current_setting('app.workspace_id', true) as "workspaceId", current_setting('app.organization_id', true) as "organizationId"`,
      )
      : [null];
    await setTenantSetting(tx, tenant);
    const result = await work(tx);
    await tx.flush();
    if (previous) await tx.execute(SET_TENANT, [previous.workspaceId ?? '', previous.organizationId ?? '']);
    return result;
  });
}

/**
 * `inTenantTransaction` for a plain `pg` connection (`ClientBase`: a pooled client, or a client of
 * its own): `begin`, the tenant setting, `work`, `commit`; any throw rolls back. For connections kept
 * outside MikroORM on purpose, like the saga driver's, which holds a session advisory lock across
 * many short transactions.
 */
export async function inTenantClientTransaction<T>(client: ClientBase, tenant: TenantKeys, work: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    await client.query("select set_config('app.workspace_id', $1, true), set_config('app.organization_id', $2, true)", [tenant.workspaceId, tenant.organizationId]);
    const result = await work();
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  }
}
