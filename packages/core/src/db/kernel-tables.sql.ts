/**
 * DDL of the kernel's processed-message table: one row per event a durable consumer has applied,
 * written in the transaction of the effect (see `startConsumer`), so a redelivered event is skipped.
 * Not part of `kernelTablesSql`, whose output applied migrations depend on and must never change:
 * each subgraph adds it in a migration of its own.
 */
export function processedMessageSql(schema: string): string {
  return `
    create table if not exists "${schema}"."processed_message" (
      "consumer" varchar(64) not null, "event_id" uuid not null, "event_type" varchar(64) not null,
      "organization_id" uuid not null, "workspace_id" uuid not null,
      "processed_at" timestamptz not null default now(),
      primary key ("consumer", "event_id"));`;
}

/**
 * DDL of the outbox's delivery tracking: `delivered_at` is set once every queue the event is routed to
 * has completed its job, `delivery_checked_at` when the relay last looked. Until then the relay keeps
 * checking, and publishes again an event whose job a queue no longer knows (Redis lost it). Each
 * subgraph adds it in a migration of its own.
 */
export function outboxDeliverySql(schema: string): string {
  return `
    alter table "${schema}"."outbox_event" add column if not exists "delivered_at" timestamptz null,
      add column if not exists "delivery_checked_at" timestamptz null;
    create index if not exists "outbox_event_undelivered_index" on "${schema}"."outbox_event" ("delivery_checked_at" nulls first, "published_at")
      where "published_at" is not null and "delivered_at" is null;`;
}

/**
 * DDL of the outbox's payload version: the version of the event contract the payload was written
 * under (see @prometric/contracts), which consumers check. Rows written before contracts existed
 * are version 1. Each subgraph adds it in a migration of its own.
 */
export function outboxSchemaVersionSql(schema: string): string {
  return `alter table "${schema}"."outbox_event" add column if not exists "schema_version" int not null default 1;`;
}

/** DDL of the kernel's first tables (counters, outbox, idempotency keys) in a subgraph's own schema. Frozen: applied migrations use it. */
export function kernelTablesSql(schema: string): string {
  return `
    create table "${schema}"."document_counter" (
      "workspace_id" uuid not null, "doc_type" varchar(16) not null, "year" int not null,
      "organization_id" uuid not null, "last_value" int not null,
      primary key ("workspace_id", "doc_type", "year"));
    create table "${schema}"."outbox_event" (
      "id" uuid primary key, "type" varchar(64) not null, "aggregate_type" varchar(64) not null,
      "aggregate_id" uuid not null, "aggregate_version" int not null, "organization_id" uuid not null,
      "workspace_id" uuid not null, "actor_id" uuid null, "payload" jsonb not null,
      "created_at" timestamptz not null default now(), "published_at" timestamptz null);
    create index "outbox_event_unpublished_index" on "${schema}"."outbox_event" ("created_at") where "published_at" is null;
    create table "${schema}"."idempotency_key" (
      "workspace_id" uuid not null, "operation" varchar(64) not null, "key" varchar(255) not null,
      "result_id" uuid null, "created_at" timestamptz not null default now(),
      primary key ("workspace_id", "operation", "key"));`;
}

/**
 * Columns of every tenant-owned table, matching `TenantEntity`: uuid id, tenant keys, audit, soft
 * delete and the JSONB extension fields. Frozen: applied migrations use it.
 */
export const TENANT_COLUMNS_SQL = `
  "id" uuid primary key,
  "organization_id" uuid not null,
  "workspace_id" uuid not null,
  "created_at" timestamptz not null default now(),
  "updated_at" timestamptz not null default now(),
  "created_by" uuid null,
  "updated_by" uuid null,
  "deleted_at" timestamptz null,
  "deleted_by" uuid null,
  "custom_fields" jsonb not null default '{}',
  "metadata" jsonb not null default '{}'`;
