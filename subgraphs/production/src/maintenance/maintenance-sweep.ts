import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { startTenantSweep, type Logger, type OwnerPool, type SweepTenant, type TenantSweep } from '@prometric/core';
import { dueOccurrenceSql, generateDueMaintenance } from './maintenance.service';

/** Name of the job (logs, advisory lock). */
export const MAINTENANCE_SWEEP = 'production.maintenance-due';

/**
 * Workspaces with a schedule whose current occurrence (the latest not after `asOf`) has no request
 * yet: what `generateDueMaintenance` would create something for. Read as the owner, keys only; each
 * schedule costs one probe of the unique (schedule, due date) index.
 */
export async function dueMaintenanceWorkspaces(owner: OwnerPool, asOf: Date): Promise<SweepTenant[]> {
  const { rows } = await owner.query<{ organization_id: string; workspace_id: string }>(
    `select distinct s."organization_id", s."workspace_id"
       from "production"."maintenance_schedule" s
      where s."deleted_at" is null and s."starts_at" <= $1::timestamptz
        and not exists (
          select 1 from "production"."maintenance_request" r
           where r."schedule_id" = s."id" and r."scheduled_for" = ${dueOccurrenceSql('$1')})`,
    [asOf],
  );
  return rows.map((r) => ({ organizationId: r.organization_id, workspaceId: r.workspace_id }));
}

/**
 * Generates due preventive maintenance in every workspace every `intervalMs`, without a person (the
 * same work as the `generateDueMaintenance` mutation, as of the sweep's time). Generated requests
 * have no creator (`created_by` null) and their `maintenance.requested` events no actor.
 */
export function startMaintenanceSweep(options: { orm: MikroORM<PostgreSqlDriver>; ownerUrl: string; intervalMs: number; logger: Logger }): TenantSweep {
  return startTenantSweep({
    ...options,
    name: MAINTENANCE_SWEEP,
    dueWorkspaces: (owner) => dueMaintenanceWorkspaces(owner, new Date()),
    run: async (em) => {
      await generateDueMaintenance(em, new Date());
    },
  });
}
