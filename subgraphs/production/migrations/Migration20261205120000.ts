import { Migration } from '@mikro-orm/migrations';
import { nodeTypesFunctionSql } from '@prometric/core';

/** `"production"."node_types"(uuid[])`: production's answer to `node(id:)`, which of its tables holds an id (see `nodeTypesFunctionSql`). */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    const statements = nodeTypesFunctionSql('production', {
      WorkCenter: 'work_center',
      BillOfMaterials: 'bill_of_materials',
      ProductionOrder: 'production_order',
      MaintenanceRequest: 'maintenance_request',
      WorkOrder: 'work_order',
      QualityInspection: 'quality_inspection',
    });
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "production"."node_types"(uuid[])`);
  }
}
