import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"hr"';
const ENCRYPTED = `'^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]*$'`;

/**
 * Employees. Salary and bank account exist only as AES-256-GCM ciphertext (`keyId:iv:tag:data`):
 * the check constraints refuse anything else, so no plaintext can be written by mistake.
 */
export class Migration20261126190200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."employee" (${TENANT_COLUMNS_SQL},
      "name" varchar(255) not null,
      "email" varchar(255) not null,
      "position" varchar(255) not null,
      "department_id" uuid null references ${S}."department" ("id"),
      "manager_id" uuid null references ${S}."employee" ("id"),
      "user_id" uuid null,
      "hire_date" timestamptz null,
      "status" varchar(16) not null default 'ACTIVE' constraint "employee_status_check" check ("status" in ('ACTIVE', 'ON_LEAVE', 'TERMINATED')),
      "terminated_at" timestamptz null,
      "currency" varchar(3) not null,
      "salary_encrypted" text not null constraint "employee_salary_encrypted_check" check ("salary_encrypted" ~ ${ENCRYPTED}),
      "bank_account_encrypted" text null constraint "employee_bank_account_encrypted_check" check ("bank_account_encrypted" ~ ${ENCRYPTED}),
      constraint "employee_not_own_manager" check ("manager_id" is null or "manager_id" <> "id"))`);
    this.addSql(`create unique index "employee_email_unique" on ${S}."employee" ("workspace_id", "email") where "deleted_at" is null`);
    this.addSql(`create unique index "employee_user_unique" on ${S}."employee" ("workspace_id", "user_id") where "user_id" is not null and "deleted_at" is null`);
    this.addSql(`create index "employee_department_idx" on ${S}."employee" ("department_id")`);
    this.addSql(`create index "employee_manager_idx" on ${S}."employee" ("manager_id")`);
    for (const sql of tenantRlsSql('hr', ['employee'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."employee" cascade`);
  }
}
