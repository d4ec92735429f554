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

/** A cross-workspace lookup the application role may call: see `lookupFunctionSql`. */
export interface LookupFunction {
  schema: string;
  name: string;
  /** Parameter list, e.g. `p_user_id uuid, p_workspace_id uuid`. */
  params: string;
  /** Return type, e.g. `table (organization_id uuid, workspace_id uuid)`. */
  returns: string;
  /** One SQL query over fully qualified names. */
  body: string;
}

/**
 * DDL of a narrow lookup across workspaces, for the few paths that must find a row before they know
 * its workspace (login, refresh, the saga sweeper). Rather than a role that bypasses row-level
 * security, one SQL query with fixed parameters runs as its owner (`security definer`: the migrating
 * owner, which already reads every tenant's rows, as the outbox relay does); the application role
 * may execute it and nothing else may (`revoke … from public`). Its `search_path` is pinned so no
 * object of the caller's can stand in for one it names.
 */
export function lookupFunctionSql(fn: LookupFunction): string[] {
  const qualified = `"${fn.schema}"."${fn.name}"`;
  const types = fn.params
    .split(',')
    .map((p) => p.trim().split(/\s+/).slice(1).join(' '))
    .filter(Boolean)
    .join(', ');
  return [
    `create or replace function ${qualified}(${fn.params}) returns ${fn.returns}
       language sql stable security definer set search_path = pg_catalog, pg_temp
       as $fn$ ${fn.body} $fn$`,
    `revoke all on function ${qualified}(${types}) from public`,
    `grant execute on function ${qualified}(${types}) to ${APP_DB_ROLE}`,
  ];
}

/**
 * `"<schema>"."node_types"(ids uuid[])`: which of `ids` name a row of this schema's Node types, and of
 * which type (`{ GraphQL type: table }`). What `node(id:)` asks each owner: a published lookup, the
 * owner's own, naming its own tables. Security invoker: it runs with the caller's rights and under
 * row-level security, so another workspace's ids and deleted rows are simply not found.
 */
export function nodeTypesFunctionSql(schema: string, tables: Record<string, string>): string[] {
  const qualified = `"${schema}"."node_types"`;
  const body = Object.entries(tables)
    .map(([type, table]) => `select t."id", '${type}'::text from "${schema}"."${table}" t where t."id" = any(p_ids) and t."deleted_at" is null`)
    .join('\n       union all ');
  return [
    `create or replace function ${qualified}(p_ids uuid[]) returns table (id uuid, type text)
       language sql stable security invoker set search_path = pg_catalog, pg_temp
       as $fn$ ${body} $fn$`,
    `revoke all on function ${qualified}(uuid[]) from public`,
    `grant execute on function ${qualified}(uuid[]) to ${APP_DB_ROLE}`,
  ];
}
