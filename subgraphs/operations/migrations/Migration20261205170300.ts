import { Migration } from '@mikro-orm/migrations';
import { attachmentTableSql } from '@prometric/core';

/** Files attached to purchase orders. */
export class Migration20261205170300 extends Migration {
  override async up(): Promise<void> {
    for (const sql of attachmentTableSql('operations', ['PurchaseOrder'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "operations"."attachment" cascade`);
  }
}
