import { Migration } from '@mikro-orm/migrations';
import { outboxDeliverySql } from '@prometric/core';

/** The outbox's delivery tracking: the relay publishes again an event a queue lost (see `OutboxRelay`). */
export class Migration20261126200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(outboxDeliverySql('sales'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "sales"."outbox_event_undelivered_index"`);
    this.addSql(`alter table "sales"."outbox_event" drop column if exists "delivered_at", drop column if exists "delivery_checked_at"`);
  }
}
