import { Migration } from '@mikro-orm/migrations';
import { kernelTablesSql } from '@prometric/core';

/** Identity's tables and the kernel's (counters, outbox, idempotency keys). */
export class Migration20261126000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "identity"."organization" (
      "id" uuid primary key, "name" varchar(255) not null, "created_at" timestamptz not null default now())`);
    this.addSql(`create table "identity"."workspace" (
      "id" uuid primary key, "organization_id" uuid not null references "identity"."organization" ("id") deferrable initially deferred,
      "name" varchar(255) not null, "currency" char(3) not null check ("currency" ~ '^[A-Z]{3}$'),
      "created_at" timestamptz not null default now())`);
    this.addSql(`create table "identity"."app_user" (
      "id" uuid primary key, "email" varchar(320) not null, "name" varchar(255) not null,
      "password_hash" text not null, "created_at" timestamptz not null default now(),
      constraint "app_user_email_unique" unique ("email"))`);
    this.addSql(`create table "identity"."membership" (
      "id" uuid primary key, "organization_id" uuid not null references "identity"."organization" ("id") deferrable initially deferred,
      "workspace_id" uuid not null references "identity"."workspace" ("id") deferrable initially deferred,
      "user_id" uuid not null references "identity"."app_user" ("id") deferrable initially deferred, "role" varchar(32) not null,
      "created_by" uuid null, "created_at" timestamptz not null default now(),
      constraint "membership_workspace_id_user_id_unique" unique ("workspace_id", "user_id"))`);
    this.addSql(`create index "membership_user_id_index" on "identity"."membership" ("user_id")`);
    this.addSql(`create table "identity"."refresh_token" (
      "id" uuid primary key, "family_id" uuid not null, "user_id" uuid not null references "identity"."app_user" ("id") deferrable initially deferred,
      "workspace_id" uuid not null references "identity"."workspace" ("id") deferrable initially deferred, "secret_hash" char(64) not null,
      "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null,
      "created_at" timestamptz not null default now())`);
    this.addSql(`create index "refresh_token_family_id_index" on "identity"."refresh_token" ("family_id")`);
    this.addSql(kernelTablesSql('identity'));
  }

  override async down(): Promise<void> {
    for (const t of ['refresh_token', 'membership', 'app_user', 'workspace', 'organization', 'document_counter', 'outbox_event', 'idempotency_key']) {
      this.addSql(`drop table if exists "identity"."${t}" cascade`);
    }
  }
}
