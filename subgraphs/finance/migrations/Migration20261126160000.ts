import { Migration } from '@mikro-orm/migrations';
import { kernelTablesSql, processedMessageSql, TENANT_COLUMNS_SQL } from '@prometric/core';

const S = '"finance"';

/**
 * Finance's tables: the order snapshots kept from sales' events, invoices, payments, and the
 * kernel's (processed messages included). Order, customer and product ids are sales' (federation
 * references): no foreign key crosses schemas.
 */
export class Migration20261126160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."order_snapshot" (
      "id" uuid primary key, "organization_id" uuid not null, "workspace_id" uuid not null,
      "number" varchar(32) not null, "status" varchar(32) not null, "currency" varchar(3) not null,
      "customer_id" uuid not null, "lines" jsonb not null,
      "subtotal" numeric(18,2) not null, "tax" numeric(18,2) not null, "total" numeric(18,2) not null,
      "aggregate_version" int not null, "updated_at" timestamptz not null default now())`);
    this.addSql(`create table ${S}."invoice" (${TENANT_COLUMNS_SQL},
      "number" varchar(32) null,
      "status" varchar(16) not null check ("status" in ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID')),
      "order_id" uuid not null, "customer_id" uuid not null, "currency" varchar(3) not null, "lines" jsonb not null,
      "subtotal" numeric(18,2) not null, "tax" numeric(18,2) not null, "total" numeric(18,2) not null,
      "amount_paid" numeric(18,2) not null default 0,
      "due_date" date null, "issued_at" timestamptz null, "voided_at" timestamptz null, "void_reason" text null,
      "version" int not null default 1,
      constraint "invoice_amount_paid_check" check ("amount_paid" >= 0 and "amount_paid" <= "total"),
      constraint "invoice_number_check" check (("status" = 'DRAFT') = ("number" is null) or "status" = 'VOID'))`);
    // One invoice per order that is not void.
    this.addSql(`create unique index "invoice_order_unique" on ${S}."invoice" ("workspace_id", "order_id") where "status" <> 'VOID' and "deleted_at" is null`);
    this.addSql(`create unique index "invoice_number_unique" on ${S}."invoice" ("workspace_id", "number") where "number" is not null`);
    this.addSql(`create index "invoice_customer_index" on ${S}."invoice" ("workspace_id", "customer_id")`);
    this.addSql(`create index "invoice_list_index" on ${S}."invoice" ("workspace_id", "created_at", "id")`);
    this.addSql(`create table ${S}."payment" (${TENANT_COLUMNS_SQL},
      "invoice_id" uuid not null references ${S}."invoice" ("id") deferrable initially deferred,
      "amount" numeric(18,2) not null check ("amount" > 0), "currency" varchar(3) not null,
      "method" varchar(16) not null check ("method" in ('CASH', 'BANK_TRANSFER', 'CARD', 'KASPI')),
      "reference" varchar(255) null)`);
    this.addSql(`create index "payment_invoice_index" on ${S}."payment" ("invoice_id")`);
    this.addSql(kernelTablesSql('finance'));
    this.addSql(processedMessageSql('finance'));
  }

  override async down(): Promise<void> {
    for (const t of ['payment', 'invoice', 'order_snapshot', 'document_counter', 'outbox_event', 'idempotency_key', 'processed_message']) {
      this.addSql(`drop table if exists ${S}."${t}" cascade`);
    }
  }
}
