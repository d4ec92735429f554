import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"operations"';

/**
 * Reservations: units promised to sales orders. Order, order line and product ids are sales'
 * (federation references): no foreign key crosses schemas. Row-level security like every tenant
 * table; the application role's rights come from the schema's default privileges.
 */
export class Migration20261126140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."reservation" (${TENANT_COLUMNS_SQL},
      "order_id" uuid not null, "order_line_id" uuid null, "product_id" uuid not null,
      "warehouse_id" uuid not null references ${S}."warehouse" ("id") deferrable initially deferred,
      "quantity" int not null check ("quantity" > 0),
      "status" varchar(16) not null check ("status" in ('RESERVED', 'RELEASED', 'ISSUED')),
      "request_id" uuid not null)`);
    this.addSql(`create index "reservation_order_index" on ${S}."reservation" ("workspace_id", "order_id")`);
    this.addSql(`create index "reservation_request_index" on ${S}."reservation" ("workspace_id", "request_id")`);
    this.addSql(`create index "reservation_level_index" on ${S}."reservation" ("workspace_id", "product_id", "warehouse_id") where "status" = 'RESERVED'`);
    for (const sql of tenantRlsSql('operations', ['reservation'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."reservation" cascade`);
  }
}
