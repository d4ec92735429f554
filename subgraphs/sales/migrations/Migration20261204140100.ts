import { Migration } from '@mikro-orm/migrations';

/** Orders name their totals like every document with totals (`TotalledDocument`): subtotal, tax, total. */
export class Migration20261204140100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sales"."sales_order" rename column "subtotal_amount" to "subtotal"`);
    this.addSql(`alter table "sales"."sales_order" rename column "tax_amount" to "tax"`);
    this.addSql(`alter table "sales"."sales_order" rename column "total_amount" to "total"`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sales"."sales_order" rename column "subtotal" to "subtotal_amount"`);
    this.addSql(`alter table "sales"."sales_order" rename column "tax" to "tax_amount"`);
    this.addSql(`alter table "sales"."sales_order" rename column "total" to "total_amount"`);
  }
}
