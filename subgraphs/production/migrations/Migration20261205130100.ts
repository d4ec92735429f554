import { Migration } from '@mikro-orm/migrations';
import { auditLogSql, dropAuditLogSql } from '@prometric/core';

/** The append-only audit trail of production's entities (`"production"."audit_log"`) and its published `audit_entries` reader (see `auditLogSql`). */
export class Migration20261205130100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of auditLogSql('production')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of dropAuditLogSql('production')) this.addSql(sql);
  }
}
