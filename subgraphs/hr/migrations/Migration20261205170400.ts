import { Migration } from '@mikro-orm/migrations';
import { attachmentTableSql } from '@prometric/core';

/** Files attached to employees. */
export class Migration20261205170400 extends Migration {
  override async up(): Promise<void> {
    for (const sql of attachmentTableSql('hr', ['Employee'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "hr"."attachment" cascade`);
  }
}
