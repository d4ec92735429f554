import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"hr"';
const TYPES = `('ANNUAL', 'SICK', 'UNPAID')`;

/**
 * Leave: requests, and balances as a ledger of signed day amounts. Accruals are unique per employee,
 * type and month (a repeated `accrueLeave` adds nothing); a request is taken at most once.
 */
export class Migration20261126190400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."leave_request" (${TENANT_COLUMNS_SQL},
      "employee_id" uuid not null references ${S}."employee" ("id"),
      "type" varchar(16) not null check ("type" in ${TYPES}),
      "from_date" date not null,
      "to_date" date not null,
      "days" numeric(6,2) not null check ("days" > 0),
      "reason" text null,
      "status" varchar(16) not null default 'PENDING' check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
      "decided_by" uuid null,
      "decided_at" timestamptz null,
      constraint "leave_request_dates_check" check ("to_date" >= "from_date"))`);
    this.addSql(`create index "leave_request_employee_idx" on ${S}."leave_request" ("employee_id", "from_date")`);
    this.addSql(`create table ${S}."leave_ledger" (${TENANT_COLUMNS_SQL},
      "employee_id" uuid not null references ${S}."employee" ("id"),
      "type" varchar(16) not null check ("type" in ${TYPES}),
      "kind" varchar(16) not null check ("kind" in ('ALLOCATION', 'ACCRUAL', 'TAKEN')),
      "days" numeric(6,2) not null,
      "period" varchar(7) null,
      "leave_request_id" uuid null references ${S}."leave_request" ("id"),
      "note" text null,
      constraint "leave_ledger_sign_check" check (("kind" = 'TAKEN' and "days" < 0) or ("kind" <> 'TAKEN' and "days" > 0)),
      constraint "leave_ledger_accrual_period_check" check ("kind" <> 'ACCRUAL' or "period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'))`);
    this.addSql(`create unique index "leave_ledger_accrual_unique" on ${S}."leave_ledger" ("workspace_id", "employee_id", "type", "period") where "kind" = 'ACCRUAL'`);
    this.addSql(`create unique index "leave_ledger_taken_unique" on ${S}."leave_ledger" ("leave_request_id") where "kind" = 'TAKEN'`);
    this.addSql(`create index "leave_ledger_employee_idx" on ${S}."leave_ledger" ("employee_id", "type")`);
    for (const sql of tenantRlsSql('hr', ['leave_request', 'leave_ledger'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."leave_ledger" cascade`);
    this.addSql(`drop table if exists ${S}."leave_request" cascade`);
  }
}
