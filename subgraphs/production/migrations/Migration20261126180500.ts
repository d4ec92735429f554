import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"production"';

/**
 * Maintenance of work centers: preventive schedules (every N days from a start) and the requests
 * that block a work center while they are open. A schedule produces at most one request per due
 * date (unique index), so generating due maintenance twice creates nothing the second time.
 */
export class Migration20261126180500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."maintenance_schedule" (${TENANT_COLUMNS_SQL},
      "work_center_id" uuid not null references ${S}."work_center" ("id") deferrable initially deferred,
      "every_days" int not null check ("every_days" between 1 and 3650),
      "description" varchar(1000) not null,
      "starts_at" timestamptz not null)`);
    this.addSql(`create index "maintenance_schedule_work_center_index" on ${S}."maintenance_schedule" ("workspace_id", "work_center_id")`);
    this.addSql(`create table ${S}."maintenance_request" (${TENANT_COLUMNS_SQL},
      "work_center_id" uuid not null references ${S}."work_center" ("id") deferrable initially deferred,
      "schedule_id" uuid null references ${S}."maintenance_schedule" ("id") deferrable initially deferred,
      "type" varchar(16) not null check ("type" in ('PREVENTIVE', 'CORRECTIVE')),
      "status" varchar(16) not null check ("status" in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
      "description" varchar(1000) not null,
      "scheduled_for" timestamptz null,
      "started_at" timestamptz null,
      "completed_at" timestamptz null,
      constraint "maintenance_request_preventive_scheduled" check ("type" = 'CORRECTIVE' or "scheduled_for" is not null),
      constraint "maintenance_request_schedule_preventive" check ("schedule_id" is null or "type" = 'PREVENTIVE'))`);
    this.addSql(`create index "maintenance_request_open_index" on ${S}."maintenance_request" ("workspace_id", "work_center_id") where "status" in ('OPEN', 'IN_PROGRESS')`);
    this.addSql(`create unique index "maintenance_request_schedule_due_unique" on ${S}."maintenance_request" ("schedule_id", "scheduled_for") where "schedule_id" is not null`);
    for (const sql of tenantRlsSql('production', ['maintenance_schedule', 'maintenance_request'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."maintenance_request" cascade`);
    this.addSql(`drop table if exists ${S}."maintenance_schedule" cascade`);
  }
}
