import { Migration } from '@mikro-orm/migrations';
import { nodeTypesFunctionSql } from '@prometric/core';

/** `"finance"."node_types"(uuid[])`: finance's answer to `node(id:)`, which of its tables holds an id (see `nodeTypesFunctionSql`). */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    const statements = nodeTypesFunctionSql('finance', {
      Invoice: 'invoice',
      CreditNote: 'credit_note',
      Expense: 'expense',
    });
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "finance"."node_types"(uuid[])`);
  }
}
