import { Migration } from '@mikro-orm/migrations';
import { tenantRlsSql } from '@prometric/core';

const S = '"operations"';

/**
 * Reservations for production orders: a reservation is promised either to a sales order or to a
 * production order (its components), exactly one of them. The production order id is production's
 * (a federation reference, no foreign key). `production_order_stock` is operations' record of each
 * production order it has seen through events: the last state applied (so a late `released` after
 * `cancelled` or `completed` is skipped) and the components that were short at release.
 */
export class Migration20261126175000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table ${S}."reservation" alter column "order_id" drop not null`);
    this.addSql(`alter table ${S}."reservation" add column "production_order_id" uuid null`);
    this.addSql(`alter table ${S}."reservation" add constraint "reservation_owner_check" check (("order_id" is null) <> ("production_order_id" is null))`);
    this.addSql(`create index "reservation_production_order_index" on ${S}."reservation" ("workspace_id", "production_order_id") where "production_order_id" is not null`);
    this.addSql(`create table ${S}."production_order_stock" (
      "id" uuid primary key, "organization_id" uuid not null, "workspace_id" uuid not null,
      "number" varchar(32) not null, "warehouse_id" uuid not null,
      "status" varchar(16) not null check ("status" in ('RELEASED', 'COMPLETED', 'CANCELLED')),
      "shortage" jsonb not null default '[]',
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now())`);
    for (const sql of tenantRlsSql('operations', ['production_order_stock'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."production_order_stock" cascade`);
    this.addSql(`drop index if exists ${S}."reservation_production_order_index"`);
    this.addSql(`alter table ${S}."reservation" drop constraint if exists "reservation_owner_check"`);
    this.addSql(`alter table ${S}."reservation" drop column if exists "production_order_id"`);
    this.addSql(`alter table ${S}."reservation" alter column "order_id" set not null`);
  }
}
