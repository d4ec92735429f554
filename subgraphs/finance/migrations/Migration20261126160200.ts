import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE, TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"finance"';

/**
 * Credit notes: reversing documents linked to an issued invoice, numbered CN-YYYY-NNNNNN on their
 * own counter. The invoice keeps the credited sum beside what was paid, so what is due stays
 * total − paid − credited and is never negative. Credit notes are never changed once issued.
 */
export class Migration20261126160200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table ${S}."invoice" add column "amount_credited" numeric(18,2) not null default 0`);
    this.addSql(`alter table ${S}."invoice" add constraint "invoice_amount_credited_check"
      check ("amount_credited" >= 0 and "amount_paid" + "amount_credited" <= "total")`);
    this.addSql(`create table ${S}."credit_note" (${TENANT_COLUMNS_SQL},
      "number" varchar(32) not null,
      "status" varchar(16) not null check ("status" in ('ISSUED')),
      "invoice_id" uuid not null references ${S}."invoice" ("id") deferrable initially deferred,
      "order_id" uuid not null, "customer_id" uuid not null, "currency" varchar(3) not null,
      "lines" jsonb not null, "reason" text not null,
      "subtotal" numeric(18,2) not null, "tax" numeric(18,2) not null,
      "total" numeric(18,2) not null check ("total" > 0),
      "issued_at" timestamptz not null)`);
    this.addSql(`create unique index "credit_note_number_unique" on ${S}."credit_note" ("workspace_id", "number")`);
    this.addSql(`create index "credit_note_invoice_index" on ${S}."credit_note" ("invoice_id")`);
    this.addSql(`create index "credit_note_list_index" on ${S}."credit_note" ("workspace_id", "created_at", "id")`);
    for (const sql of tenantRlsSql('finance', ['credit_note'])) this.addSql(sql);
    this.addSql(`grant select, insert, update, delete on ${S}."credit_note" to ${APP_DB_ROLE}`);
    this.addSql(`revoke update, delete on ${S}."credit_note" from ${APP_DB_ROLE}`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."credit_note" cascade`);
    this.addSql(`alter table ${S}."invoice" drop constraint if exists "invoice_amount_credited_check"`);
    this.addSql(`alter table ${S}."invoice" drop column if exists "amount_credited"`);
  }
}
