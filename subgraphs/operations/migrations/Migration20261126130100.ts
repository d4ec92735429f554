import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE, appRoleSql, tenantRlsSql } from '@prometric/core';

const TENANT_TABLES = ['warehouse', 'stock_movement', 'stock_level', 'document_counter', 'outbox_event', 'idempotency_key'];

/**
 * Requests run as the application role, under row-level security on every tenant table. The role
 * may only append to the ledger.
 */
export class Migration20261126130100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of [...appRoleSql('operations'), ...tenantRlsSql('operations', TENANT_TABLES)]) this.addSql(sql);
    this.addSql(`revoke update, delete on "operations"."stock_movement" from ${APP_DB_ROLE}`);
  }

  override async down(): Promise<void> {
    this.addSql(`grant update, delete on "operations"."stock_movement" to ${APP_DB_ROLE}`);
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy if exists tenant_isolation on "operations"."${table}"`);
      this.addSql(`alter table "operations"."${table}" no force row level security`);
      this.addSql(`alter table "operations"."${table}" disable row level security`);
    }
  }
}
