import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER, type TenantParams } from './base.entity';

/** One counter row per (workspace, document type, year). */
@Entity({ tableName: 'document_counter' })
export class DocumentCounter {
  @PrimaryKey({ type: 'uuid' })
  workspaceId!: string;

  @PrimaryKey({ type: 'string' })
  docType!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'integer' })
  lastValue!: number;
}

/**
 * Next gapless number of a document type, e.g. `SO-2026-000123`. The upsert locks the counter row
 * until the caller's transaction ends, so concurrent documents queue on it, and a rolled-back
 * transaction gives its number back. Must run inside the document's own transaction.
 */
export async function nextDocumentNumber(em: EntityManager, prefix: string, now: Date = new Date()): Promise<string> {
  if (!em.isInTransaction()) throw new Error('nextDocumentNumber must run inside the document transaction');
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const year = now.getUTCFullYear();
  const schema = em.config.get('schema');
  const rows: { last_value: number }[] = await em.execute(
    `insert into "${schema}".document_counter (workspace_id, doc_type, year, organization_id, last_value)
     values (?, ?, ?, ?, 1)
     on conflict (workspace_id, doc_type, year) do update set last_value = document_counter.last_value + 1
     returning last_value`,
    [tenant.workspaceId, prefix, year, tenant.organizationId],
  );
  return formatDocumentNumber(prefix, year, rows[0].last_value);
}

/** `SO`, 2026, 123 → `SO-2026-000123`. */
export function formatDocumentNumber(prefix: string, year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
}
