import { Migration } from '@mikro-orm/migrations';

/** Memberships are listed like every other root list: by update time and by metadata too. */
export class Migration20261205500100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "identity"."membership" add column "updated_at" timestamptz not null default now(), add column "metadata" jsonb not null default '{}'`);
    this.addSql(`update "identity"."membership" set "updated_at" = "created_at"`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "identity"."membership" drop column if exists "updated_at", drop column if exists "metadata"`);
  }
}
