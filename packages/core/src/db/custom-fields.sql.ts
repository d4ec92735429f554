import { APP_DB_ROLE } from '../env';
import { TENANT_COLUMNS_SQL } from './kernel-tables.sql';
import { tenantRlsSql } from './security.sql';

/**
 * DDL of a subgraph's custom field definitions (see graphql/custom-fields.ts): the table
 * `"<schema>"."custom_field_definition"` (tenant columns, entity type, key, type, options, required),
 * one live key per entity type of a workspace, under row-level security. `entities` are the entity
 * type names the subgraph owns (`PRODUCT`, …), checked by the database too.
 */
export function customFieldDefinitionTableSql(schema: string, entities: readonly string[]): string[] {
  const S = `"${schema}"`;
  const list = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  return [
    `create table ${S}."custom_field_definition" (${TENANT_COLUMNS_SQL},
      "entity" varchar(32) not null check ("entity" in (${list(entities)})),
      "key" varchar(40) not null check ("key" ~ '^[a-z][a-z0-9_]{0,39}$'),
      "label" varchar(255) not null,
      "type" varchar(16) not null check ("type" in ('TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SELECT')),
      "options" jsonb null,
      "required" boolean not null default false)`,
    `create unique index "custom_field_definition_key_unique" on ${S}."custom_field_definition" ("workspace_id", "entity", "key") where "deleted_at" is null`,
    ...tenantRlsSql(schema, ['custom_field_definition']),
    `grant select, insert, update, delete on ${S}."custom_field_definition" to ${APP_DB_ROLE}`,
  ];
}

/** The lookup answering `custom_fields @> value` for one table, through its GIN index (see `customFieldsIndexSql`). */
export function customFieldsMatchFunction(schema: string, table: string): string {
  return `"${schema}"."${table}_custom_fields_match"`;
}

/**
 * For each table: a GIN index (`jsonb_path_ops`) on `custom_fields`, and the function that lets a
 * request use it. The index answers containment (`custom_fields @> '{"key": value}'`: the eq and in
 * filters), never comparisons or ILIKE. Under row-level security the planner may not use it
 * directly: `@>` is not leakproof, so it must run after the policy's condition and cannot be an index
 * condition (the app role's plans scan the workspace's rows instead). So the condition is asked of
 * `"<schema>"."<table>_custom_fields_match"(value)`: the ids of the current workspace's rows
 * (`app.workspace_id`, the policy's own setting) that contain `value`, one statement run as the
 * owner (security definer, like `lookupFunctionSql`), where the index applies; the list's query keeps
 * its own conditions and row-level security around it.
 */
export function customFieldsIndexSql(schema: string, tables: readonly string[]): string[] {
  return tables.flatMap((table) => {
    const fn = customFieldsMatchFunction(schema, table);
    return [
      `create index if not exists "${table}_custom_fields_gin" on "${schema}"."${table}" using gin ("custom_fields" jsonb_path_ops)`,
      `create or replace function ${fn}(p_value jsonb) returns setof uuid
         language sql stable security definer rows 10 set search_path = pg_catalog, pg_temp
         as $fn$ select t."id" from "${schema}"."${table}" t
                 where t."workspace_id" = nullif(current_setting('app.workspace_id', true), '')::uuid and t."custom_fields" @> p_value $fn$`,
      `revoke all on function ${fn}(jsonb) from public`,
      `grant execute on function ${fn}(jsonb) to ${APP_DB_ROLE}`,
    ];
  });
}
