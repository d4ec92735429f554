import { Migration } from '@mikro-orm/migrations';
import { processedMessageSql, tenantRlsSql } from '@prometric/core';

/**
 * The kernel's processed-message table (events a durable consumer has applied), under row-level
 * security like every tenant table. Schemas created after the kernel gained it already have the
 * table from their first migration; the statement is then a no-op and only the policy is new.
 */
export class Migration20261126150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(processedMessageSql('operations'));
    for (const sql of tenantRlsSql('operations', ['processed_message'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "operations"."processed_message" cascade`);
  }
}
