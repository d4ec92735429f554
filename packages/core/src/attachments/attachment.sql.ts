import { APP_DB_ROLE } from '../env';
import { tenantRlsSql } from '../db/security.sql';

/**
 * DDL of a subgraph's attachments: `"<schema>"."attachment"` (tenant keys; the entity type and id it
 * belongs to; the storage key; sanitised file name, content type, size, sha256; PENDING while the bytes
 * stream, STORED after), under row-level security. `entityTypes` are the Node types the subgraph owns
 * and accepts files on (`Order`, …), checked by the database too.
 */
export function attachmentTableSql(schema: string, entityTypes: readonly string[]): string[] {
  const S = `"${schema}"`;
  const list = entityTypes.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  return [
    `create table ${S}."attachment" (
      "id" uuid primary key,
      "organization_id" uuid not null,
      "workspace_id" uuid not null,
      "entity_type" varchar(32) not null check ("entity_type" in (${list})),
      "entity_id" uuid not null,
      "key" text not null,
      "file_name" varchar(200) not null,
      "content_type" varchar(127) not null,
      "size" bigint not null check ("size" > 0),
      "sha256" char(64) null,
      "status" varchar(8) not null check ("status" in ('PENDING', 'STORED')),
      "created_at" timestamptz not null default now(),
      "created_by" uuid null,
      "deleted_at" timestamptz null)`,
    `create index "attachment_entity_idx" on ${S}."attachment" ("workspace_id", "entity_type", "entity_id") where "deleted_at" is null`,
    ...tenantRlsSql(schema, ['attachment']),
    `grant select, insert, update, delete on ${S}."attachment" to ${APP_DB_ROLE}`,
  ];
}
