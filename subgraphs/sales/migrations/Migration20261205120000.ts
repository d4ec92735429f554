import { Migration } from '@mikro-orm/migrations';
import { nodeTypesFunctionSql } from '@prometric/core';

/** `"sales"."node_types"(uuid[])`: sales's answer to `node(id:)`, which of its tables holds an id (see `nodeTypesFunctionSql`). */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    const statements = nodeTypesFunctionSql('sales', {
      Product: 'product',
      Customer: 'customer',
      Deal: 'deal',
      Order: 'sales_order',
    });
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "sales"."node_types"(uuid[])`);
  }
}
