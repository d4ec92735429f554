import { Migration } from '@mikro-orm/migrations';
import { appRoleSql } from '@prometric/core';

/**
 * Requests run as the application role. Identity's tables define the tenants (login looks a user
 * up across workspaces), so they carry no row-level security; every query names its workspace.
 */
export class Migration20261126110000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of appRoleSql('identity')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`revoke all on all tables in schema "identity" from prometric_app`);
    this.addSql(`revoke usage on schema "identity" from prometric_app`);
  }
}
