import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"production"';

/**
 * The shop floor of a production order: its work orders (ordered steps at work centers) and its
 * quality inspections. The assigned employee is hr's and an inspection's stock movement is
 * operations' (plain ids: no foreign key crosses schemas).
 */
export class Migration20261126180600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."work_order" (${TENANT_COLUMNS_SQL},
      "production_order_id" uuid not null references ${S}."production_order" ("id") deferrable initially deferred,
      "sequence" int not null check ("sequence" > 0),
      "operation" varchar(255) not null,
      "work_center_id" uuid not null references ${S}."work_center" ("id") deferrable initially deferred,
      "planned_minutes" int not null check ("planned_minutes" >= 0),
      "actual_minutes" int null check ("actual_minutes" >= 0),
      "assigned_employee_id" uuid null,
      "status" varchar(16) not null check ("status" in ('PENDING', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
      "started_at" timestamptz null, "completed_at" timestamptz null,
      constraint "work_order_done_minutes" check ("status" <> 'DONE' or "actual_minutes" is not null))`);
    this.addSql(`create unique index "work_order_sequence_unique" on ${S}."work_order" ("production_order_id", "sequence") where "deleted_at" is null`);
    this.addSql(`create index "work_order_work_center_index" on ${S}."work_order" ("workspace_id", "work_center_id")`);
    this.addSql(`create table ${S}."quality_inspection" (${TENANT_COLUMNS_SQL},
      "production_order_id" uuid null references ${S}."production_order" ("id") deferrable initially deferred,
      "stock_movement_id" uuid null,
      "result" varchar(8) not null check ("result" in ('PASS', 'FAIL')),
      "measurements" jsonb not null default '[]',
      "inspector_id" uuid null,
      "inspected_at" timestamptz not null,
      "notes" text null,
      constraint "quality_inspection_subject" check ("production_order_id" is not null or "stock_movement_id" is not null))`);
    this.addSql(`create index "quality_inspection_production_order_index" on ${S}."quality_inspection" ("production_order_id", "inspected_at", "created_at") where "production_order_id" is not null`);
    this.addSql(`create index "quality_inspection_stock_movement_index" on ${S}."quality_inspection" ("workspace_id", "stock_movement_id") where "stock_movement_id" is not null`);
    for (const sql of tenantRlsSql('production', ['work_order', 'quality_inspection'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."quality_inspection" cascade`);
    this.addSql(`drop table if exists ${S}."work_order" cascade`);
  }
}
