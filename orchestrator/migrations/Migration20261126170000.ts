import { Migration } from '@mikro-orm/migrations';
import { processedMessageSql } from '@prometric/core';

const S = '"orchestrator"';

/**
 * The saga state (one row per order) and the kernel's processed-message table. Only the orchestrator
 * reads and writes them, connected as the schema owner (a system process, not a request path), so
 * there is no row-level security and no grant to the application role.
 */
export class Migration20261126170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."order_saga" (
      "order_id" uuid primary key,
      "organization_id" uuid not null, "workspace_id" uuid not null, "actor_id" uuid null,
      "status" varchar(16) not null check ("status" in ('RUNNING', 'COMPLETED', 'COMPENSATING', 'FAILED', 'CANCELLED')),
      "current_step" varchar(32) null,
      "results" jsonb not null default '{}',
      "failure_reason" text null,
      "version" int not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now())`);
    this.addSql(`create index "order_saga_workspace_index" on ${S}."order_saga" ("workspace_id", "status")`);
    this.addSql(processedMessageSql('orchestrator'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ${S}."order_saga" cascade`);
    this.addSql(`drop table if exists ${S}."processed_message" cascade`);
  }
}
