import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

/** Pricing strategies: customer groups, price lists and their quantity breaks. */
export class Migration20261205120400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sales"."customer" add column if not exists "group" varchar(50) null`);
    this.addSql(`create table if not exists "sales"."price_list" (${TENANT_COLUMNS_SQL},
      "name" varchar(200) not null,
      "customer_id" uuid null references "sales"."customer" ("id"),
      "customer_group" varchar(50) null,
      "currency" char(3) not null,
      "valid_from" date null,
      "valid_to" date null,
      "priority" int not null default 0,
      "round_to" numeric(18, 2) not null default 0.01 check ("round_to" > 0),
      check ("customer_id" is null or "customer_group" is null),
      check ("valid_to" is null or "valid_from" is null or "valid_to" >= "valid_from"))`);
    this.addSql(`create index if not exists "price_list_workspace_id_index" on "sales"."price_list" ("workspace_id", "customer_id")`);
    this.addSql(`create table if not exists "sales"."price_list_item" (${TENANT_COLUMNS_SQL},
      "price_list_id" uuid not null references "sales"."price_list" ("id"),
      "product_id" uuid not null references "sales"."product" ("id"),
      "min_quantity" int not null default 1 check ("min_quantity" >= 1),
      "unit_price" numeric(18, 2) null check ("unit_price" >= 0),
      "percent_off" numeric(5, 2) null check ("percent_off" >= 0 and "percent_off" <= 100),
      check (("unit_price" is null) <> ("percent_off" is null)),
      unique ("price_list_id", "product_id", "min_quantity"))`);
    this.addSql(`create index if not exists "price_list_item_product_id_index" on "sales"."price_list_item" ("product_id")`);
    for (const sql of tenantRlsSql('sales', ['price_list', 'price_list_item'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales"."price_list_item"`);
    this.addSql(`drop table if exists "sales"."price_list"`);
    this.addSql(`alter table "sales"."customer" drop column if exists "group"`);
  }
}
