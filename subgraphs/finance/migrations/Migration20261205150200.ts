import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"finance"';

/**
 * `cost_of_goods`: one row per stock movement that left a warehouse for a sales order, from
 * operations' `stock.issued` (units × the weighted average unit cost they left at), which
 * `profitAndLoss` sums as cost of goods sold. Under row-level security.
 */
export class Migration20261205150200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."cost_of_goods" (${TENANT_COLUMNS_SQL},
      "movement_id" uuid not null,
      "order_id" uuid not null,
      "product_id" uuid not null,
      "warehouse_id" uuid not null,
      "quantity" int not null check ("quantity" > 0),
      "unit_cost" numeric(18,4) not null check ("unit_cost" >= 0),
      "amount" numeric(18,2) not null,
      "issued_at" timestamptz not null,
      constraint "cost_of_goods_movement_unique" unique ("workspace_id", "movement_id"))`);
    this.addSql(`create index "cost_of_goods_period_index" on ${S}."cost_of_goods" ("workspace_id", "issued_at")`);
    for (const sql of tenantRlsSql('finance', ['cost_of_goods'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."cost_of_goods"`);
  }
}
