import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE, TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"finance"';

/**
 * Money in from providers and money back out:
 * - `payment.payment_request_id`: the provider request a payment came through (null for one typed in);
 * - `payment_provider_event`: every verified provider callback, once per (provider, event id), so a
 *   duplicate delivery is recognised and changes nothing;
 * - `refund`: money given back against a payment (or a payment request whose money was never applied),
 *   never edited or deleted, like payments.
 * Under row-level security; the application role may only insert into the two append-only tables.
 */
export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table ${S}."payment" add column "payment_request_id" uuid null references ${S}."payment_request" ("id")`);
    this.addSql(`create unique index "payment_request_payment_unique" on ${S}."payment" ("payment_request_id") where "payment_request_id" is not null`);
    this.addSql(`create table ${S}."payment_provider_event" (${TENANT_COLUMNS_SQL},
      "payment_request_id" uuid not null references ${S}."payment_request" ("id"),
      "provider" varchar(16) not null,
      "event_id" varchar(255) not null,
      "status" varchar(16) not null,
      "amount" numeric(18, 2) not null,
      "request_status_before" varchar(16) not null,
      "request_status_after" varchar(16) not null,
      "action" varchar(32) not null)`);
    this.addSql(`create unique index "payment_provider_event_unique" on ${S}."payment_provider_event" ("workspace_id", "provider", "event_id")`);
    this.addSql(`create index "payment_provider_event_request_index" on ${S}."payment_provider_event" ("payment_request_id", "created_at")`);
    this.addSql(`create table ${S}."refund" (${TENANT_COLUMNS_SQL},
      "invoice_id" uuid not null references ${S}."invoice" ("id"),
      "payment_id" uuid null references ${S}."payment" ("id"),
      "payment_request_id" uuid null references ${S}."payment_request" ("id"),
      "amount" numeric(18, 2) not null check ("amount" > 0),
      "currency" varchar(3) not null,
      "provider" varchar(16) not null,
      "provider_refund_id" varchar(255) null,
      "reason" varchar(255) not null,
      "applied" boolean not null,
      constraint "refund_source_check" check ("payment_id" is not null or "payment_request_id" is not null))`);
    this.addSql(`create index "refund_payment_index" on ${S}."refund" ("payment_id")`);
    this.addSql(`create index "refund_invoice_index" on ${S}."refund" ("invoice_id", "created_at")`);
    this.addSql(`create index "refund_request_index" on ${S}."refund" ("payment_request_id")`);
    for (const sql of tenantRlsSql('finance', ['payment_provider_event', 'refund'])) this.addSql(sql);
    this.addSql(`grant select, insert on ${S}."payment_provider_event", ${S}."refund" to ${APP_DB_ROLE}`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."refund" cascade`);
    this.addSql(`drop table if exists ${S}."payment_provider_event" cascade`);
    this.addSql(`drop index if exists ${S}."payment_request_payment_unique"`);
    this.addSql(`alter table ${S}."payment" drop column if exists "payment_request_id"`);
  }
}
