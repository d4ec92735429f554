import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { NodeTypeName } from '../graphql/node';
import { startTenantSweep, type TenantSweep } from '../jobs/tenant-sweep';
import type { OwnerAttachments } from './owner-attachments';

export interface AttachmentRetentionOptions {
  /** The owner's files (its store and schema). */
  attachments: OwnerAttachments;
  /** Its Postgres schema. */
  schema: string;
  /** Each attachable type with the table of its entities (soft deleted through `deleted_at`). */
  tables: Partial<Record<NodeTypeName, string>>;
  /** Days a soft-deleted entity's files are kept (ATTACHMENT_RETENTION_DAYS). */
  retentionDays: number;
  orm: MikroORM<PostgreSqlDriver>;
  /** The schema owner's connection string (finds the workspaces with files due). */
  ownerUrl: string;
  intervalMs: number;
  logger: Logger;
}

/**
 * Deletes the files of entities soft-deleted more than `retentionDays` ago: for each workspace with
 * such files (found as the owner), in a tenant transaction, each file is deleted from the store and its
 * attachment row marked deleted. Idempotent: deleting a file already gone is not an error, and a row
 * marked deleted is not visited again.
 */
export function startAttachmentRetentionSweep(options: AttachmentRetentionOptions): TenantSweep {
  const S = `"${options.schema}"`;
  const due = Object.entries(options.tables)
    .map(([type, table]) => `(a."entity_type" = '${type}' and a."entity_id" in (select e."id" from ${S}."${table}" e where e."deleted_at" < now() - make_interval(days => ${Math.trunc(options.retentionDays)})))`)
    .join(' or ');
  const condition = `a."deleted_at" is null and (${due})`;
  return startTenantSweep({
    name: `${options.schema}.attachment-retention`,
    ownerUrl: options.ownerUrl,
    orm: options.orm,
    intervalMs: options.intervalMs,
    logger: options.logger,
    dueWorkspaces: async (owner) =>
      (await owner.query<{ organizationId: string; workspaceId: string }>(`select distinct a."organization_id" as "organizationId", a."workspace_id" as "workspaceId" from ${S}."attachment" a where ${condition}`)).rows,
    run: async (em: EntityManager) => {
      const rows = await em.execute<{ id: string; key: string }[]>(`select a."id", a."key" from ${S}."attachment" a where ${condition} for update skip locked`);
      for (const row of rows) await options.attachments.store.delete(row.key);
      if (rows.length) await em.execute(`update ${S}."attachment" set "deleted_at" = now() where "id" = any(?::uuid[])`, [`{${rows.map((r) => r.id).join(',')}}`]);
    },
  });
}

/**
 * The owner's retention sweep with its configuration (ATTACHMENT_RETENTION_DAYS, ATTACHMENT_SWEEP_MS),
 * or null when ATTACHMENT_SWEEP_MS is 0.
 */
export function startAttachmentRetention(
  attachments: OwnerAttachments,
  options: Pick<AttachmentRetentionOptions, 'tables' | 'orm' | 'ownerUrl' | 'logger'>,
): TenantSweep | null {
  const { schema, config } = attachments.settings;
  if (!config.sweepMs) return null;
  return startAttachmentRetentionSweep({ ...options, attachments, schema, retentionDays: config.retentionDays, intervalMs: config.sweepMs });
}
