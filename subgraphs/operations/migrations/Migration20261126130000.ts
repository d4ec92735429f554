import { Migration } from '@mikro-orm/migrations';
import { kernelTablesSql, TENANT_COLUMNS_SQL } from '@prometric/core';

const S = '"operations"';

const fk = (table: string) => `references ${S}."${table}" ("id") deferrable initially deferred`;

/**
 * Operations' tables: warehouses, the stock ledger and its levels, and the kernel's. Product ids are
 * sales' (federation references): no foreign key crosses schemas.
 */
export class Migration20261126130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."warehouse" (${TENANT_COLUMNS_SQL},
      "code" varchar(32) not null, "name" varchar(255) not null)`);
    this.addSql(`create unique index "warehouse_code_unique" on ${S}."warehouse" ("workspace_id", "code") where "deleted_at" is null`);
    // "seq" is the ledger order: assigned at insert, which happens while the level's row lock is held.
    this.addSql(`create table ${S}."stock_movement" (${TENANT_COLUMNS_SQL},
      "seq" bigint generated always as identity,
      "type" varchar(16) not null check ("type" in ('RECEIPT', 'ISSUE', 'ADJUSTMENT', 'TRANSFER')),
      "product_id" uuid not null, "warehouse_id" uuid not null ${fk('warehouse')},
      "quantity" int not null check ("quantity" <> 0),
      "quantity_after" int not null check ("quantity_after" >= 0),
      "reference" varchar(255) null, "reason" text null)`);
    this.addSql(`create index "stock_movement_level_index" on ${S}."stock_movement" ("workspace_id", "product_id", "warehouse_id", "seq")`);
    this.addSql(`create table ${S}."stock_level" (${TENANT_COLUMNS_SQL},
      "product_id" uuid not null, "warehouse_id" uuid not null ${fk('warehouse')},
      "on_hand" int not null default 0, "reserved" int not null default 0,
      constraint "stock_level_quantities_check" check ("on_hand" >= 0 and "reserved" >= 0 and "reserved" <= "on_hand"),
      constraint "stock_level_unique" unique ("workspace_id", "product_id", "warehouse_id"))`);
    this.addSql(`create index "stock_level_product_index" on ${S}."stock_level" ("product_id")`);
    // The ledger is append-only for everyone, the owner included: corrections are new movements.
    this.addSql(`create function ${S}."stock_movement_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'stock movements are append-only' using errcode = 'restrict_violation'; end $$`);
    this.addSql(`create trigger "stock_movement_append_only" before update or delete on ${S}."stock_movement"
      for each row execute function ${S}."stock_movement_append_only"()`);
    this.addSql(kernelTablesSql('operations'));
  }

  override async down(): Promise<void> {
    for (const t of ['stock_level', 'stock_movement', 'warehouse', 'document_counter', 'outbox_event', 'idempotency_key']) {
      this.addSql(`drop table if exists ${S}."${t}" cascade`);
    }
    this.addSql(`drop function if exists ${S}."stock_movement_append_only"()`);
  }
}
