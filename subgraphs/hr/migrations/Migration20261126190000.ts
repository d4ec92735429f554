import { Migration } from '@mikro-orm/migrations';
import { kernelTablesSql, processedMessageSql, TENANT_COLUMNS_SQL } from '@prometric/core';

const S = '"hr"';

/** Hr's first tables: departments, and the kernel's (processed messages included). */
export class Migration20261126190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."department" (${TENANT_COLUMNS_SQL},
      "code" varchar(32) not null, "name" varchar(255) not null)`);
    this.addSql(`create unique index "department_code_unique" on ${S}."department" ("workspace_id", "code") where "deleted_at" is null`);
    this.addSql(kernelTablesSql('hr'));
    this.addSql(processedMessageSql('hr'));
  }

  override async down(): Promise<void> {
    for (const t of ['department', 'document_counter', 'outbox_event', 'idempotency_key', 'processed_message']) {
      this.addSql(`drop table if exists ${S}."${t}" cascade`);
    }
  }
}
