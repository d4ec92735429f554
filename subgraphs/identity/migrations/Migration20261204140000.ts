import { Migration } from '@mikro-orm/migrations';
import { outboxSchemaVersionSql } from '@prometric/core';

/** Each outbox row records the version of its event's contract (see @prometric/contracts). */
export class Migration20261204140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(outboxSchemaVersionSql('identity'));
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "identity"."outbox_event" drop column if exists "schema_version"`);
  }
}
