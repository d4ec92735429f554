import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"hr"';

/**
 * Payroll runs and payslips. Payslip figures are salary-derived, so they are stored encrypted like
 * the salary; the run keeps only totals. Triggers make an approved (or paid) run and its payslips
 * immutable: only APPROVED → PAID may still change the run's status, and a frozen payslip may only be
 * re-encrypted under another key (rotation), nothing else.
 */
export class Migration20261126190500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."payroll_run" (${TENANT_COLUMNS_SQL},
      "period" varchar(7) not null check ("period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      "status" varchar(16) not null default 'DRAFT' check ("status" in ('DRAFT', 'APPROVED', 'PAID')),
      "currency" varchar(3) not null,
      "working_days" integer not null,
      "total_gross" numeric(18,2) not null,
      "total_deductions" numeric(18,2) not null,
      "total_net" numeric(18,2) not null,
      "employee_count" integer not null,
      "approved_at" timestamptz null,
      "approved_by" uuid null,
      "paid_at" timestamptz null)`);
    this.addSql(`create unique index "payroll_run_period_unique" on ${S}."payroll_run" ("workspace_id", "period") where "deleted_at" is null`);
    this.addSql(`create table ${S}."payslip" (${TENANT_COLUMNS_SQL},
      "payroll_run_id" uuid not null references ${S}."payroll_run" ("id"),
      "employee_id" uuid not null references ${S}."employee" ("id"),
      "currency" varchar(3) not null,
      "working_days" integer not null,
      "unpaid_leave_days" numeric(6,2) not null,
      "figures_encrypted" text not null check ("figures_encrypted" ~ '^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]*$'))`);
    this.addSql(`create unique index "payslip_run_employee_unique" on ${S}."payslip" ("payroll_run_id", "employee_id")`);
    this.addSql(`create or replace function ${S}."payroll_run_guard"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old."status" <> 'DRAFT' then
            raise exception 'payroll run % is % and cannot be deleted', old."id", old."status" using errcode = 'check_violation', constraint = 'payroll_run_immutable';
          end if;
          return old;
        end if;
        if old."status" = 'DRAFT' then return new; end if;
        if old."status" = 'APPROVED' and new."status" = 'PAID'
           and (new."period", new."currency", new."working_days", new."total_gross", new."total_deductions", new."total_net", new."employee_count", new."approved_at", new."approved_by", new."deleted_at")
               is not distinct from
               (old."period", old."currency", old."working_days", old."total_gross", old."total_deductions", old."total_net", old."employee_count", old."approved_at", old."approved_by", old."deleted_at") then
          return new;
        end if;
        raise exception 'payroll run % is % and cannot change', old."id", old."status" using errcode = 'check_violation', constraint = 'payroll_run_immutable';
      end $$`);
    this.addSql(`create trigger "payroll_run_immutable" before update or delete on ${S}."payroll_run" for each row execute function ${S}."payroll_run_guard"()`);
    this.addSql(`create or replace function ${S}."payslip_guard"() returns trigger language plpgsql as $$
      declare run_id uuid; run_status text;
      begin
        if tg_op = 'DELETE' then run_id := old."payroll_run_id"; else run_id := new."payroll_run_id"; end if;
        select "status" into run_status from ${S}."payroll_run" where "id" = run_id;
        -- A frozen payslip may only be re-encrypted under another key (key rotation): same row, new key id.
        if tg_op = 'UPDATE' and run_status is distinct from 'DRAFT'
           and (new."id", new."organization_id", new."workspace_id", new."payroll_run_id", new."employee_id", new."currency", new."working_days", new."unpaid_leave_days", new."created_at", new."deleted_at")
               is not distinct from
               (old."id", old."organization_id", old."workspace_id", old."payroll_run_id", old."employee_id", old."currency", old."working_days", old."unpaid_leave_days", old."created_at", old."deleted_at")
           and split_part(new."figures_encrypted", ':', 1) <> split_part(old."figures_encrypted", ':', 1) then
          return new;
        end if;
        if run_status is distinct from 'DRAFT' or (tg_op = 'UPDATE' and new."payroll_run_id" <> old."payroll_run_id") then
          raise exception 'payslips of payroll run % (%) cannot change', run_id, run_status using errcode = 'check_violation', constraint = 'payslip_immutable';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end $$`);
    this.addSql(`create trigger "payslip_immutable" before insert or update or delete on ${S}."payslip" for each row execute function ${S}."payslip_guard"()`);
    for (const sql of tenantRlsSql('hr', ['payroll_run', 'payslip'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."payslip" cascade`);
    this.addSql(`drop table if exists ${S}."payroll_run" cascade`);
    this.addSql(`drop function if exists ${S}."payslip_guard"()`);
    this.addSql(`drop function if exists ${S}."payroll_run_guard"()`);
  }
}
