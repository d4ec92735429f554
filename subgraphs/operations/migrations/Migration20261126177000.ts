import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"operations"';
const fk = (table: string) => `references ${S}."${table}" ("id") deferrable initially deferred`;

/**
 * Purchasing: suppliers, purchase orders and their lines, and reorder rules (one per product ×
 * warehouse). Product ids are sales' (federation references): no foreign key crosses schemas.
 */
export class Migration20261126177000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."supplier" (${TENANT_COLUMNS_SQL},
      "name" varchar(255) not null, "email" varchar(255) null, "phone" varchar(64) null,
      "lead_time_days" int not null default 0 check ("lead_time_days" >= 0), "currency" varchar(3) not null)`);
    this.addSql(`create index "supplier_workspace_index" on ${S}."supplier" ("workspace_id", "name")`);
    this.addSql(`create table ${S}."purchase_order" (${TENANT_COLUMNS_SQL},
      "number" varchar(32) not null, "supplier_id" uuid not null ${fk('supplier')},
      "warehouse_id" uuid null ${fk('warehouse')}, "currency" varchar(3) not null,
      "status" varchar(24) not null check ("status" in ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
      "sent_at" timestamptz null, "received_at" timestamptz null, "cancelled_at" timestamptz null,
      "version" int not null default 1)`);
    this.addSql(`create unique index "purchase_order_number_unique" on ${S}."purchase_order" ("workspace_id", "number")`);
    this.addSql(`create index "purchase_order_supplier_index" on ${S}."purchase_order" ("workspace_id", "supplier_id")`);
    this.addSql(`create table ${S}."purchase_order_line" (${TENANT_COLUMNS_SQL},
      "purchase_order_id" uuid not null ${fk('purchase_order')}, "product_id" uuid not null,
      "quantity" int not null check ("quantity" > 0), "unit_cost" numeric(18,2) not null check ("unit_cost" >= 0),
      "received_quantity" int not null default 0,
      constraint "purchase_order_line_received_check" check ("received_quantity" >= 0 and "received_quantity" <= "quantity"))`);
    this.addSql(`create index "purchase_order_line_order_index" on ${S}."purchase_order_line" ("purchase_order_id")`);
    this.addSql(`create index "purchase_order_line_product_index" on ${S}."purchase_order_line" ("workspace_id", "product_id")`);
    this.addSql(`create table ${S}."reorder_rule" (${TENANT_COLUMNS_SQL},
      "product_id" uuid not null, "warehouse_id" uuid not null ${fk('warehouse')}, "supplier_id" uuid not null ${fk('supplier')},
      "min" int not null, "max" int not null, "multiple" int not null,
      constraint "reorder_rule_quantities_check" check ("min" >= 0 and "max" >= "min" and "max" > 0 and "multiple" > 0),
      constraint "reorder_rule_unique" unique ("workspace_id", "product_id", "warehouse_id"))`);
    for (const sql of tenantRlsSql('operations', ['supplier', 'purchase_order', 'purchase_order_line', 'reorder_rule'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const t of ['reorder_rule', 'purchase_order_line', 'purchase_order', 'supplier']) this.addSql(`drop table if exists ${S}."${t}" cascade`);
  }
}
