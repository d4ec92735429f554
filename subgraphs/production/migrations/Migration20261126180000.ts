import { Migration } from '@mikro-orm/migrations';
import { kernelTablesSql, processedMessageSql, TENANT_COLUMNS_SQL } from '@prometric/core';

const S = '"production"';

/** Production's first tables: workCenters, and the kernel's (processed messages included). */
export class Migration20261126180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."work_center" (${TENANT_COLUMNS_SQL},
      "code" varchar(32) not null, "name" varchar(255) not null)`);
    this.addSql(`create unique index "work_center_code_unique" on ${S}."work_center" ("workspace_id", "code") where "deleted_at" is null`);
    this.addSql(kernelTablesSql('production'));
    this.addSql(processedMessageSql('production'));
  }

  override async down(): Promise<void> {
    for (const t of ['work_center', 'document_counter', 'outbox_event', 'idempotency_key', 'processed_message']) {
      this.addSql(`drop table if exists ${S}."${t}" cascade`);
    }
  }
}
