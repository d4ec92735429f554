import { Migration } from '@mikro-orm/migrations';

/** A workspace's address and tax id, printed on its documents. */
export class Migration20261205120200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "identity"."workspace" add column if not exists "address" text null, add column if not exists "tax_id" varchar(50) null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "identity"."workspace" drop column if exists "address", drop column if exists "tax_id"`);
  }
}
