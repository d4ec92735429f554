import { APP_DB_ROLE } from '../env';

/**
 * The application role (created once per cluster) and its rights in one subgraph schema: data
 * manipulation only. It owns nothing, is not superuser and cannot bypass row-level security.
 */
export function appRoleSql(schema: string): string[] {
  return [
    `do $$ begin
       create role ${APP_DB_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
     exception when duplicate_object then null;
     end $$`,
    `grant usage on schema "${schema}" to ${APP_DB_ROLE}`,
    `grant select, insert, update, delete on all tables in schema "${schema}" to ${APP_DB_ROLE}`,
    `alter default privileges in schema "${schema}" grant select, insert, update, delete on tables to ${APP_DB_ROLE}`,
  ];
}

/**
 * Row-level security on tenant tables: a row is visible and writable only when its workspace is
 * the one the request's transaction declared with `set_config('app.workspace_id', …, true)`. No
 * setting, no rows: a forgotten tenant filter fails closed.
 */
export function tenantRlsSql(schema: string, tables: string[]): string[] {
  const current = `nullif(current_setting('app.workspace_id', true), '')::uuid`;
  return tables.flatMap((table) => [
    `alter table "${schema}"."${table}" enable row level security`,
    `alter table "${schema}"."${table}" force row level security`,
    `create policy tenant_isolation on "${schema}"."${table}" using ("workspace_id" = ${current}) with check ("workspace_id" = ${current})`,
  ]);
}
