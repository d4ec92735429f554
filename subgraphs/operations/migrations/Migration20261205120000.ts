import { Migration } from '@mikro-orm/migrations';
import { nodeTypesFunctionSql } from '@prometric/core';

/** `"operations"."node_types"(uuid[])`: operations's answer to `node(id:)`, which of its tables holds an id (see `nodeTypesFunctionSql`). */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    const statements = nodeTypesFunctionSql('operations', {
      Warehouse: 'warehouse',
      Shipment: 'shipment',
      Supplier: 'supplier',
      PurchaseOrder: 'purchase_order',
    });
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "operations"."node_types"(uuid[])`);
  }
}
