import { Migration } from '@mikro-orm/migrations';

const S = '"orchestrator"';

/**
 * The saga becomes a persisted state machine driven step by step outside any database transaction:
 * it keeps the order it works on, the failed attempts of the current step, and whether the order was
 * cancelled; WAITING is the state between requesting production and receiving its output.
 */
export class Migration20261126170100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table ${S}."order_saga"
      add column "order_payload" jsonb null,
      add column "attempts" int not null default 0,
      add column "cancel_requested" boolean not null default false,
      drop constraint "order_saga_status_check",
      add constraint "order_saga_status_check" check ("status" in ('RUNNING', 'WAITING', 'COMPLETED', 'COMPENSATING', 'FAILED', 'CANCELLED'))`);
    this.addSql(`create index "order_saga_resumable_index" on ${S}."order_saga" ("updated_at") where "status" in ('RUNNING', 'COMPENSATING')`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists ${S}."order_saga_resumable_index"`);
    this.addSql(`alter table ${S}."order_saga" drop column "order_payload", drop column "attempts", drop column "cancel_requested",
      drop constraint "order_saga_status_check",
      add constraint "order_saga_status_check" check ("status" in ('RUNNING', 'COMPLETED', 'COMPENSATING', 'FAILED', 'CANCELLED'))`);
  }
}
