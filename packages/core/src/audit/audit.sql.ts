import { APP_DB_ROLE } from '../env';
import { tenantRlsSql } from '../db/security.sql';

/**
 * DDL of the kernel's append-only audit log in a subgraph's schema: the table, row-level security
 * like every tenant table, and the application role's rights reduced to insert and select (a
 * request can add entries and read its workspace's, never change or remove one). Retention deletes
 * as the owner (`purgeAuditLog`). Also publishes `"<schema>"."audit_entries"`, what
 * `auditTrail(entityType:, entityId:)` asks the owner of a type (see `auditEntriesFunctionSql`).
 */
export function auditLogSql(schema: string): string[] {
  return [
    `create table if not exists "${schema}"."audit_log" (
       "id" uuid primary key, "organization_id" uuid not null, "workspace_id" uuid not null,
       "at" timestamptz not null default now(), "actor_id" uuid null, "actor_role" varchar(64) not null,
       "request_id" varchar(255) null, "entity_type" varchar(64) not null, "entity_id" uuid not null,
       "action" varchar(8) not null check ("action" in ('CREATE', 'UPDATE', 'DELETE')),
       "changes" jsonb not null default '[]')`,
    `create index if not exists "audit_log_entity_index" on "${schema}"."audit_log" ("workspace_id", "entity_type", "entity_id", "at" desc, "id" desc)`,
    `create index if not exists "audit_log_at_index" on "${schema}"."audit_log" ("at")`,
    ...tenantRlsSql(schema, ['audit_log']),
    `grant usage on schema "${schema}" to ${APP_DB_ROLE}`,
    `grant select, insert on "${schema}"."audit_log" to ${APP_DB_ROLE}`,
    `revoke update, delete, truncate on "${schema}"."audit_log" from ${APP_DB_ROLE}`,
    ...auditEntriesFunctionSql(schema),
  ];
}

/**
 * `"<schema>"."audit_entries"(entity type, entity id, limit, before at, before id)`: the entity's
 * audit entries, newest first, after the keyset cursor (`at`, `id`) when one is given. Security
 * invoker: it runs with the caller's rights under row-level security, so another workspace's
 * entries are never found.
 */
export function auditEntriesFunctionSql(schema: string): string[] {
  const qualified = `"${schema}"."audit_entries"`;
  const types = 'text, uuid, int, timestamptz, uuid';
  return [
    `create or replace function ${qualified}(p_entity_type text, p_entity_id uuid, p_limit int, p_before_at timestamptz, p_before_id uuid)
       returns table (id uuid, at timestamptz, actor_id uuid, actor_role text, request_id text, entity_type text, entity_id uuid, action text, changes jsonb)
       language sql stable security invoker set search_path = pg_catalog, pg_temp
       as $fn$ select a."id", a."at", a."actor_id", a."actor_role"::text, a."request_id"::text, a."entity_type"::text, a."entity_id", a."action"::text, a."changes"
               from "${schema}"."audit_log" a
               where a."entity_type" = p_entity_type and a."entity_id" = p_entity_id
                 and (p_before_at is null or (a."at", a."id") < (p_before_at, p_before_id))
               order by a."at" desc, a."id" desc
               limit p_limit $fn$`,
    `revoke all on function ${qualified}(${types}) from public`,
    `grant execute on function ${qualified}(${types}) to ${APP_DB_ROLE}`,
  ];
}

/** Undoes `auditLogSql` (a migration's `down`). */
export function dropAuditLogSql(schema: string): string[] {
  return [`drop function if exists "${schema}"."audit_entries"(text, uuid, int, timestamptz, uuid)`, `drop table if exists "${schema}"."audit_log"`];
}
