import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE, TENANT_COLUMNS_SQL, lookupFunctionSql, tenantRlsSql } from '@prometric/core';

const S = '"finance"';

/**
 * Payment providers: a workspace's account at each provider (merchant id, the signing secret stored
 * encrypted), one per provider and workspace; payment requests sent to a provider for an invoice.
 * Both under row-level security.
 */
export class Migration20261205160100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."payment_provider_setting" (${TENANT_COLUMNS_SQL},
      "provider" varchar(16) not null check ("provider" in ('KASPI')),
      "merchant_id" varchar(255) not null,
      "secret_encrypted" text not null,
      "secret_last4" varchar(4) not null)`);
    this.addSql(`create unique index "payment_provider_setting_unique" on ${S}."payment_provider_setting" ("workspace_id", "provider")`);
    this.addSql(`create index "payment_provider_setting_list_index" on ${S}."payment_provider_setting" ("workspace_id", "created_at", "id")`);
    this.addSql(`create table ${S}."payment_request" (${TENANT_COLUMNS_SQL},
      "invoice_id" uuid not null references ${S}."invoice" ("id"),
      "provider" varchar(16) not null check ("provider" in ('KASPI')),
      "provider_reference" varchar(255) not null,
      "status" varchar(16) not null default 'REQUESTED' check ("status" in ('REQUESTED', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'NEEDS_REFUND')),
      "amount" numeric(18, 2) not null check ("amount" > 0),
      "currency" varchar(3) not null,
      "payment_url" varchar(2048) not null,
      "qr_payload" varchar(2048) not null,
      "expires_at" timestamptz not null)`);
    this.addSql(`create unique index "payment_request_reference_unique" on ${S}."payment_request" ("provider", "provider_reference")`);
    this.addSql(`create index "payment_request_invoice_index" on ${S}."payment_request" ("invoice_id", "created_at")`);
    for (const sql of tenantRlsSql('finance', ['payment_provider_setting', 'payment_request'])) this.addSql(sql);
    this.addSql(`grant select, insert, update, delete on ${S}."payment_provider_setting", ${S}."payment_request" to ${APP_DB_ROLE}`);
    // A provider callback knows only the request id: this tells its workspace and nothing else.
    const lookup = lookupFunctionSql({
      schema: 'finance',
      name: 'payment_request_tenant',
      params: 'p_id uuid',
      returns: 'table (organization_id uuid, workspace_id uuid)',
      body: 'select r."organization_id", r."workspace_id" from "finance"."payment_request" r where r."id" = p_id and r."deleted_at" is null',
    });
    for (const sql of lookup) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists ${S}."payment_request_tenant"(uuid)`);
    this.addSql(`drop table if exists ${S}."payment_request" cascade`);
    this.addSql(`drop table if exists ${S}."payment_provider_setting" cascade`);
  }
}
