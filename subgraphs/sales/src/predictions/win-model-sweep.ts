import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { startTenantSweep, type Logger, type OwnerPool, type SweepTenant, type TenantSweep } from '@prometric/core';
import { MIN_CLOSED_DEALS } from './win-probability';
import type { WinModelService } from './win-model.service';

export const WIN_MODEL_SWEEP = 'sales.win-model';

/** Workspaces whose model is missing or older than their latest closed deal (keys only, read as the owner). */
export async function staleWinModels(owner: OwnerPool): Promise<SweepTenant[]> {
  const { rows } = await owner.query(
    `select d."organization_id", d."workspace_id" from "sales"."deal" d left join "sales"."win_model" m on m."workspace_id" = d."workspace_id"
      where d."stage" in ('WON', 'LOST') and d."deleted_at" is null
      group by d."organization_id", d."workspace_id", m."trained_at", m."workspace_id"
      having (count(*) >= $1 and (m."trained_at" is null or max(d."closed_at") > m."trained_at")) or (count(*) < $1 and m."workspace_id" is not null)`,
    [MIN_CLOSED_DEALS],
  );
  return rows.map((r) => ({ organizationId: r.organization_id as string, workspaceId: r.workspace_id as string }));
}

/** Retrains the win model of every workspace whose deals closed since its last training. */
export function startWinModelSweep(options: { orm: MikroORM<PostgreSqlDriver>; ownerUrl: string; intervalMs: number; logger: Logger; service: WinModelService }): TenantSweep {
  return startTenantSweep({
    name: WIN_MODEL_SWEEP,
    ownerUrl: options.ownerUrl,
    orm: options.orm,
    intervalMs: options.intervalMs,
    dueWorkspaces: staleWinModels,
    run: async (em, tenant) => {
      await options.service.train(em, tenant);
    },
    logger: options.logger,
  });
}
