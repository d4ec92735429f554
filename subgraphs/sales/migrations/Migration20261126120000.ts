import { Migration } from '@mikro-orm/migrations';

/** Free-text notes on an order (delivery instructions and the like). */
export class Migration20261126120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sales"."sales_order" add column "notes" text null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sales"."sales_order" drop column "notes"`);
  }
}
