import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"hr"';

/**
 * Attendance. An exclusion constraint makes overlapping records of one employee impossible, even
 * for concurrent check-ins: an open record (no check-out yet) reaches to infinity, so a second
 * check-in while one is open collides too.
 */
export class Migration20261126190300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist with schema public`);
    this.addSql(`create table ${S}."attendance" (${TENANT_COLUMNS_SQL},
      "employee_id" uuid not null references ${S}."employee" ("id"),
      "check_in" timestamptz not null,
      "check_out" timestamptz null,
      constraint "attendance_check_out_after_check_in" check ("check_out" is null or "check_out" > "check_in"),
      constraint "attendance_no_overlap" exclude using gist (
        "employee_id" with =,
        tstzrange("check_in", coalesce("check_out", 'infinity'::timestamptz), '[)') with &&
      ) where ("deleted_at" is null))`);
    this.addSql(`create index "attendance_employee_idx" on ${S}."attendance" ("employee_id", "check_in")`);
    for (const sql of tenantRlsSql('hr', ['attendance'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."attendance" cascade`);
  }
}
