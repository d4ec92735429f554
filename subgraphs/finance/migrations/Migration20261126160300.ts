import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE, TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"finance"';

/**
 * Expenses: submitted by members or created from approved payroll runs. A payroll run becomes at
 * most one expense per workspace, whatever events arrive (unique source run id).
 */
export class Migration20261126160300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."expense" (${TENANT_COLUMNS_SQL},
      "number" varchar(32) not null,
      "description" varchar(500) not null,
      "category" varchar(16) not null check ("category" in ('TRAVEL', 'SUPPLIES', 'SERVICES', 'PAYROLL', 'OTHER')),
      "amount" numeric(18,2) not null check ("amount" > 0), "currency" varchar(3) not null,
      "incurred_on" date not null,
      "status" varchar(16) not null check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')),
      "submitted_by" uuid null, "approved_by" uuid null, "approved_at" timestamptz null,
      "rejected_by" uuid null, "rejected_at" timestamptz null, "rejection_reason" text null,
      "paid_at" timestamptz null, "paid_on" date null,
      "source" jsonb null, "source_payroll_run_id" uuid null,
      "version" int not null default 1)`);
    this.addSql(`create unique index "expense_number_unique" on ${S}."expense" ("workspace_id", "number")`);
    this.addSql(`create unique index "expense_payroll_run_unique" on ${S}."expense" ("workspace_id", "source_payroll_run_id") where "source_payroll_run_id" is not null`);
    this.addSql(`create index "expense_list_index" on ${S}."expense" ("workspace_id", "created_at", "id")`);
    for (const sql of tenantRlsSql('finance', ['expense'])) this.addSql(sql);
    this.addSql(`grant select, insert, update, delete on ${S}."expense" to ${APP_DB_ROLE}`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."expense" cascade`);
  }
}
