import { Migration } from '@mikro-orm/migrations';
import { attachmentTableSql } from '@prometric/core';

/** Files attached to invoices. */
export class Migration20261205170200 extends Migration {
  override async up(): Promise<void> {
    for (const sql of attachmentTableSql('finance', ['Invoice'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finance"."attachment" cascade`);
  }
}
