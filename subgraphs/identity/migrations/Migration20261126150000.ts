import { Migration } from '@mikro-orm/migrations';
import { processedMessageSql } from '@prometric/core';

/**
 * The kernel's processed-message table (events a durable consumer has applied). Identity's tables
 * carry no row-level security (see Migration20261126110000), so neither does this one. Schemas
 * created after the kernel gained it already have the table from their first migration.
 */
export class Migration20261126150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(processedMessageSql('identity'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."processed_message" cascade`);
  }
}
