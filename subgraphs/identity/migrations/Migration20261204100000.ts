import { Migration } from '@mikro-orm/migrations';
import { lookupFunctionSql, tenantRlsSql } from '@prometric/core';

/** Identity's tables that belong to one workspace: row-level security like every other tenant table. */
const TENANT_TABLES = ['membership', 'refresh_token', 'idempotency_key', 'document_counter', 'outbox_event', 'processed_message'];

/**
 * Row-level security on identity's workspace tables. Three paths learn their workspace only while
 * they run; each gets what it needs through one narrow lookup (see `lookupFunctionSql`), then works
 * under that workspace's setting like any request:
 * - `login`: the membership of a user whose password was just verified (the one asked for, else the
 *   oldest), its keys and role only;
 * - `refreshToken`: the workspace of a presented token, by the token's id;
 * - `signUp` needs none: it creates the workspace, so it knows it.
 * `organization`, `workspace` and `app_user` carry no `workspace_id` (they define the tenants) and
 * stay as they were.
 */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of tenantRlsSql('identity', TENANT_TABLES)) this.addSql(sql);
    const functions = [
      ...lookupFunctionSql({
        schema: 'identity',
        name: 'login_membership',
        params: 'p_user_id uuid, p_workspace_id uuid',
        returns: 'table (organization_id uuid, workspace_id uuid, role varchar)',
        body: `select m.organization_id, m.workspace_id, m.role from "identity"."membership" m
               where m.user_id = p_user_id and (p_workspace_id is null or m.workspace_id = p_workspace_id)
               order by m.created_at, m.id limit 1`,
      }),
      ...lookupFunctionSql({
        schema: 'identity',
        name: 'refresh_token_tenant',
        params: 'p_token_id uuid',
        returns: 'table (organization_id uuid, workspace_id uuid)',
        body: `select w.organization_id, t.workspace_id from "identity"."refresh_token" t
               join "identity"."workspace" w on w.id = t.workspace_id where t.id = p_token_id`,
      }),
    ];
    for (const sql of functions) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "identity"."login_membership"(uuid, uuid)`);
    this.addSql(`drop function if exists "identity"."refresh_token_tenant"(uuid)`);
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy if exists tenant_isolation on "identity"."${table}"`);
      this.addSql(`alter table "identity"."${table}" no force row level security`);
      this.addSql(`alter table "identity"."${table}" disable row level security`);
    }
  }
}
