import { Migration } from '@mikro-orm/migrations';
import { appRoleSql, lookupFunctionSql, tenantRlsSql } from '@prometric/core';

const TENANT_TABLES = ['order_saga', 'processed_message'];

/**
 * The orchestrator's tables under row-level security like every tenant table: its consumer and its
 * drivers connect as the application role and declare each saga's workspace before touching its row.
 * Two questions span workspaces, each answered by a narrow lookup (see `lookupFunctionSql`) that
 * returns keys only:
 * - `resumable_sagas`: the sagas left RUNNING or COMPENSATING that nobody moved for a while (the sweeper);
 * - `saga_tenant`: the workspace of one order's saga (reading a saga by order id, as tests and operators do).
 */
export class Migration20261204100100 extends Migration {
  override async up(): Promise<void> {
    const statements = [
      ...appRoleSql('orchestrator'),
      ...tenantRlsSql('orchestrator', TENANT_TABLES),
      ...lookupFunctionSql({
        schema: 'orchestrator',
        name: 'resumable_sagas',
        params: 'p_stale_ms double precision, p_limit int',
        returns: 'table (order_id uuid, organization_id uuid, workspace_id uuid)',
        body: `select s.order_id, s.organization_id, s.workspace_id from "orchestrator"."order_saga" s
               where s.status in ('RUNNING', 'COMPENSATING') and s.updated_at < now() - make_interval(secs => p_stale_ms / 1000)
               order by s.updated_at limit p_limit`,
      }),
      ...lookupFunctionSql({
        schema: 'orchestrator',
        name: 'saga_tenant',
        params: 'p_order_id uuid',
        returns: 'table (organization_id uuid, workspace_id uuid)',
        body: `select s.organization_id, s.workspace_id from "orchestrator"."order_saga" s where s.order_id = p_order_id`,
      }),
    ];
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "orchestrator"."resumable_sagas"(double precision, int)`);
    this.addSql(`drop function if exists "orchestrator"."saga_tenant"(uuid)`);
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy if exists tenant_isolation on "orchestrator"."${table}"`);
      this.addSql(`alter table "orchestrator"."${table}" no force row level security`);
      this.addSql(`alter table "orchestrator"."${table}" disable row level security`);
    }
    this.addSql(`revoke all on all tables in schema "orchestrator" from prometric_app`);
    this.addSql(`revoke usage on schema "orchestrator" from prometric_app`);
  }
}
