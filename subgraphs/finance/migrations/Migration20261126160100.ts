import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE, appRoleSql, tenantRlsSql } from '@prometric/core';

const TENANT_TABLES = ['order_snapshot', 'invoice', 'payment', 'document_counter', 'outbox_event', 'idempotency_key', 'processed_message'];

/**
 * Requests and the event consumer run as the application role, under row-level security on every
 * tenant table. Payments are never changed once recorded.
 */
export class Migration20261126160100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of [...appRoleSql('finance'), ...tenantRlsSql('finance', TENANT_TABLES)]) this.addSql(sql);
    this.addSql(`revoke update, delete on "finance"."payment" from ${APP_DB_ROLE}`);
  }

  override async down(): Promise<void> {
    this.addSql(`grant update, delete on "finance"."payment" to ${APP_DB_ROLE}`);
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy if exists tenant_isolation on "finance"."${table}"`);
      this.addSql(`alter table "finance"."${table}" no force row level security`);
      this.addSql(`alter table "finance"."${table}" disable row level security`);
    }
  }
}
