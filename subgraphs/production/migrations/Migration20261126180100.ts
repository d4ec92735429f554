import { Migration } from '@mikro-orm/migrations';
import { appRoleSql, tenantRlsSql } from '@prometric/core';

const TENANT_TABLES = ['work_center', 'document_counter', 'outbox_event', 'idempotency_key', 'processed_message'];

/** Requests run as the application role, under row-level security on every tenant table. */
export class Migration20261126180100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of [...appRoleSql('production'), ...tenantRlsSql('production', TENANT_TABLES)]) this.addSql(sql);
  }
}
