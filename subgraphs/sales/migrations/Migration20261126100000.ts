import { Migration } from '@mikro-orm/migrations';

/**
 * Lines keep the order they were entered in: lines created in one transaction can share a
 * timestamp, and their random ids do not preserve it.
 */
export class Migration20261126100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sales"."deal_line" add column "position" int not null default 0`);
    this.addSql(`alter table "sales"."sales_order_line" add column "position" int not null default 0`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sales"."deal_line" drop column "position"`);
    this.addSql(`alter table "sales"."sales_order_line" drop column "position"`);
  }
}
