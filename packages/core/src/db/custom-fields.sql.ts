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

/**
 * A GIN index (`jsonb_path_ops`) on `custom_fields` of each table: it answers containment
 * (`custom_fields @> '{"key": value}'`, the eq and in filters), not comparisons or ILIKE.
 */
export function customFieldsIndexSql(schema: string, tables: readonly string[]): string[] {
  return tables.map((table) => `create index if not exists "${table}_custom_fields_gin" on "${schema}"."${table}" using gin ("custom_fields" jsonb_path_ops)`);
}
