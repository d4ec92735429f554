import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"production"';

/**
 * Bills of materials (versioned, one ACTIVE per product) and production orders. Product, order,
 * order line and warehouse ids belong to sales and operations (federation references): no foreign
 * key crosses schemas.
 */
export class Migration20261126180200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."bill_of_materials" (${TENANT_COLUMNS_SQL},
      "product_id" uuid not null, "version" int not null check ("version" > 0),
      "status" varchar(16) not null check ("status" in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
      "activated_at" timestamptz null, "archived_at" timestamptz null)`);
    this.addSql(`create unique index "bill_of_materials_version_unique" on ${S}."bill_of_materials" ("workspace_id", "product_id", "version")`);
    // Exactly one ACTIVE bill per product: activating another archives it first, in the same transaction.
    this.addSql(`create unique index "bill_of_materials_active_unique" on ${S}."bill_of_materials" ("workspace_id", "product_id") where "status" = 'ACTIVE' and "deleted_at" is null`);
    this.addSql(`create table ${S}."bom_line" (${TENANT_COLUMNS_SQL},
      "bill_of_materials_id" uuid not null references ${S}."bill_of_materials" ("id") deferrable initially deferred,
      "position" int not null, "product_id" uuid not null, "quantity" int not null check ("quantity" > 0),
      constraint "bom_line_product_unique" unique ("bill_of_materials_id", "product_id"))`);
    this.addSql(`create index "bom_line_product_index" on ${S}."bom_line" ("workspace_id", "product_id")`);
    this.addSql(`create table ${S}."production_order" (${TENANT_COLUMNS_SQL},
      "number" varchar(32) not null, "product_id" uuid not null, "quantity" int not null check ("quantity" > 0),
      "order_id" uuid null, "order_line_id" uuid null, "warehouse_id" uuid not null,
      "status" varchar(16) not null check ("status" in ('PLANNED', 'RELEASED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
      "components" jsonb null, "due_date" date null,
      "released_at" timestamptz null, "started_at" timestamptz null, "completed_at" timestamptz null,
      "cancelled_at" timestamptz null, "cancel_reason" text null,
      "version" int not null default 1,
      constraint "production_order_components_check" check ("released_at" is null or "components" is not null))`);
    this.addSql(`create unique index "production_order_number_unique" on ${S}."production_order" ("workspace_id", "number")`);
    this.addSql(`create index "production_order_order_index" on ${S}."production_order" ("workspace_id", "order_id")`);
    this.addSql(`create index "production_order_list_index" on ${S}."production_order" ("workspace_id", "created_at", "id")`);
    for (const sql of tenantRlsSql('production', ['bill_of_materials', 'bom_line', 'production_order'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const t of ['production_order', 'bom_line', 'bill_of_materials']) this.addSql(`drop table if exists ${S}."${t}" cascade`);
  }
}
