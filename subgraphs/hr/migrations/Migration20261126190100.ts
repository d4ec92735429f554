import { Migration } from '@mikro-orm/migrations';
import { appRoleSql, tenantRlsSql } from '@prometric/core';

const TENANT_TABLES = ['department', 'document_counter', 'outbox_event', 'idempotency_key', 'processed_message'];

/** Requests run as the application role, under row-level security on every tenant table. */
export class Migration20261126190100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of [...appRoleSql('hr'), ...tenantRlsSql('hr', TENANT_TABLES)]) this.addSql(sql);
  }
}
