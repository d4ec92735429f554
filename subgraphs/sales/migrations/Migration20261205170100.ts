import { Migration } from '@mikro-orm/migrations';
import { attachmentTableSql } from '@prometric/core';

/** Files attached to orders and products. */
export class Migration20261205170100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of attachmentTableSql('sales', ['Order', 'Product'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales"."attachment" cascade`);
  }
}
