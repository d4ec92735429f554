import { Migration } from '@mikro-orm/migrations';
import { TENANT_COLUMNS_SQL, lookupFunctionSql, tenantRlsSql } from '@prometric/core';

const S = '"identity"';

/**
 * API keys: only the SHA-256 of a key is stored, beside its visible prefix. The gateway presents a
 * key before anyone knows its workspace, so one narrow lookup (`api_key_tenant`, by prefix) tells the
 * exchange which workspace to enter; everything else runs under row-level security like a request.
 */
export class Migration20261205500000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."api_key" (${TENANT_COLUMNS_SQL},
      "name" varchar(255) not null, "prefix" varchar(32) not null, "secret_hash" varchar(64) not null,
      "scopes" jsonb not null, "expires_at" timestamptz null, "last_used_at" timestamptz null,
      "revoked_at" timestamptz null, "revoked_by" uuid null)`);
    this.addSql(`alter table ${S}."api_key" add constraint "api_key_prefix_unique" unique ("prefix")`);
    this.addSql(`create index "api_key_workspace_created_index" on ${S}."api_key" ("workspace_id", "created_at")`);
    for (const sql of tenantRlsSql('identity', ['api_key'])) this.addSql(sql);
    const lookup = lookupFunctionSql({
      schema: 'identity',
      name: 'api_key_tenant',
      params: 'p_prefix text',
      returns: 'table (organization_id uuid, workspace_id uuid)',
      body: `select k.organization_id, k.workspace_id from "identity"."api_key" k where k.prefix = p_prefix`,
    });
    for (const sql of lookup) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists ${S}."api_key_tenant"(text)`);
    this.addSql(`drop table if exists ${S}."api_key" cascade`);
  }
}
