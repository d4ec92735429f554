import { Migration } from '@mikro-orm/migrations';
import { APP_DB_ROLE, TENANT_COLUMNS_SQL, tenantRlsSql } from '@prometric/core';

const S = '"finance"';

/**
 * Webhooks and the event feed: endpoints with their encrypted secret, the delivery log (ordered by
 * `seq`, which keeps each entity's deliveries in order), and `feed_event`, finance's durable copy of
 * every event the `webhooks` queue consumed, which `events(after:)` pages through. All three under
 * row-level security.
 */
export class Migration20261205090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."webhook" (${TENANT_COLUMNS_SQL},
      "url" varchar(2048) not null,
      "events" jsonb not null,
      "filter" jsonb not null default '{}',
      "selections" jsonb not null default '[]',
      "description" varchar(255) null,
      "status" varchar(16) not null default 'ACTIVE' check ("status" in ('ACTIVE', 'DISABLED')),
      "disabled_reason" text null,
      "disabled_at" timestamptz null,
      "consecutive_failures" int not null default 0,
      "secret_encrypted" text not null,
      "owner_role" varchar(32) not null,
      "owner_id" uuid not null,
      "owner_currency" varchar(3) not null,
      "owner_scopes" jsonb not null,
      "version" int not null default 1)`);
    this.addSql(`create index "webhook_list_index" on ${S}."webhook" ("workspace_id", "created_at", "id")`);
    this.addSql(`create table ${S}."webhook_delivery" (${TENANT_COLUMNS_SQL},
      "seq" bigint generated always as identity,
      "webhook_id" uuid not null references ${S}."webhook" ("id") on delete cascade,
      "event_id" uuid not null,
      "event_type" varchar(64) not null,
      "aggregate_type" varchar(64) not null,
      "aggregate_id" uuid not null,
      "occurred_at" timestamptz not null,
      "event_payload" jsonb not null,
      "status" varchar(16) not null default 'PENDING' check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED')),
      "attempts" int not null default 0,
      "status_code" int null,
      "latency_ms" int null,
      "error" text null,
      "body" text null,
      "first_attempt_at" timestamptz null,
      "last_attempt_at" timestamptz null,
      "finished_at" timestamptz null,
      "redelivery_of" uuid null)`);
    // One first delivery per event and webhook, however often the event is consumed.
    this.addSql(`create unique index "webhook_delivery_event_unique" on ${S}."webhook_delivery" ("webhook_id", "event_id") where "redelivery_of" is null`);
    this.addSql(`create index "webhook_delivery_chain_index" on ${S}."webhook_delivery" ("webhook_id", "aggregate_id", "seq") where "status" = 'PENDING'`);
    this.addSql(`create index "webhook_delivery_list_index" on ${S}."webhook_delivery" ("workspace_id", "created_at", "id")`);
    this.addSql(`create table ${S}."feed_event" (
      "seq" bigint generated always as identity primary key,
      "id" uuid not null unique,
      "type" varchar(64) not null,
      "schema_version" int not null,
      "aggregate_type" varchar(64) not null,
      "aggregate_id" uuid not null,
      "aggregate_version" int not null,
      "organization_id" uuid not null,
      "workspace_id" uuid not null,
      "actor_id" uuid null,
      "occurred_at" timestamptz not null,
      "received_at" timestamptz not null default now(),
      "payload" jsonb not null)`);
    this.addSql(`create index "feed_event_page_index" on ${S}."feed_event" ("workspace_id", "seq")`);
    this.addSql(`create index "feed_event_retention_index" on ${S}."feed_event" ("received_at")`);
    for (const sql of tenantRlsSql('finance', ['webhook', 'webhook_delivery', 'feed_event'])) this.addSql(sql);
    this.addSql(`grant select, insert, update, delete on ${S}."webhook", ${S}."webhook_delivery", ${S}."feed_event" to ${APP_DB_ROLE}`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."webhook_delivery" cascade`);
    this.addSql(`drop table if exists ${S}."webhook" cascade`);
    this.addSql(`drop table if exists ${S}."feed_event" cascade`);
  }
}
