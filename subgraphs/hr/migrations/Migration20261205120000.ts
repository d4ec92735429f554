import { Migration } from '@mikro-orm/migrations';
import { nodeTypesFunctionSql } from '@prometric/core';

/** `"hr"."node_types"(uuid[])`: hr's answer to `node(id:)`, which of its tables holds an id (see `nodeTypesFunctionSql`). */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    const statements = nodeTypesFunctionSql('hr', {
      Department: 'department',
      Employee: 'employee',
      PayrollRun: 'payroll_run',
    });
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "hr"."node_types"(uuid[])`);
  }
}
