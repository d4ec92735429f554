import { Migration } from '@mikro-orm/migrations';
import { tenantRlsSql } from '@prometric/core';

/**
 * Win probabilities: the open stage a deal was at when it closed (what the model learns from), and
 * each workspace's trained model.
 */
export class Migration20261205120300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sales"."deal" add column if not exists "last_open_stage" varchar(20) null`);
    this.addSql(`create table if not exists "sales"."win_model" (
      "workspace_id" uuid primary key, "organization_id" uuid not null, "model" jsonb not null,
      "closed_deals" int not null, "trained_at" timestamptz not null default now())`);
    for (const sql of tenantRlsSql('sales', ['win_model'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales"."win_model"`);
    this.addSql(`alter table "sales"."deal" drop column if exists "last_open_stage"`);
  }
}
