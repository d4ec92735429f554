import { Migration } from '@mikro-orm/migrations';
import { appRoleSql, tenantRlsSql } from '@prometric/core';

const TENANT_TABLES = ['product', 'customer', 'deal', 'deal_line', 'sales_order', 'sales_order_line', 'document_counter', 'outbox_event', 'idempotency_key'];

/** Requests run as the application role, under row-level security on every tenant table. */
export class Migration20261126110000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of [...appRoleSql('sales'), ...tenantRlsSql('sales', TENANT_TABLES)]) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy if exists tenant_isolation on "sales"."${table}"`);
      this.addSql(`alter table "sales"."${table}" no force row level security`);
      this.addSql(`alter table "sales"."${table}" disable row level security`);
    }
  }
}
