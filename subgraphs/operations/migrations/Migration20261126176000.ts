import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"operations"';
const fk = (table: string) => `references ${S}."${table}" ("id") deferrable initially deferred`;

/**
 * Shipments: reserved stock of a sales order leaving one warehouse. The order id is sales'
 * (a federation reference). A reservation sits in at most one shipment that is not cancelled: the
 * line copies its shipment's "active" flag so a partial unique index can say so.
 */
export class Migration20261126176000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."shipment" (${TENANT_COLUMNS_SQL},
      "number" varchar(32) not null, "order_id" uuid not null, "warehouse_id" uuid not null ${fk('warehouse')},
      "status" varchar(16) not null check ("status" in ('PENDING', 'PICKED', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
      "tracking_number" varchar(255) null, "carrier" varchar(255) null,
      "picked_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cancelled_at" timestamptz null,
      "version" int not null default 1)`);
    this.addSql(`create unique index "shipment_number_unique" on ${S}."shipment" ("workspace_id", "number")`);
    this.addSql(`create index "shipment_order_index" on ${S}."shipment" ("workspace_id", "order_id")`);
    this.addSql(`create table ${S}."shipment_line" (${TENANT_COLUMNS_SQL},
      "shipment_id" uuid not null ${fk('shipment')}, "reservation_id" uuid not null ${fk('reservation')},
      "product_id" uuid not null, "quantity" int not null check ("quantity" > 0),
      "active" boolean not null default true)`);
    this.addSql(`create index "shipment_line_shipment_index" on ${S}."shipment_line" ("shipment_id")`);
    this.addSql(`create unique index "shipment_line_reservation_active_unique" on ${S}."shipment_line" ("reservation_id") where "active"`);
    for (const sql of tenantRlsSql('operations', ['shipment', 'shipment_line'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."shipment_line" cascade`);
    this.addSql(`drop table if exists ${S}."shipment" cascade`);
  }
}
