import { Migration } from '@mikro-orm/migrations';
import { customFieldDefinitionTableSql, customFieldsIndexSql } from '@prometric/core';

/** Custom field definitions of products, customers, deals and orders, and a GIN index on each one's `custom_fields`. */
export class Migration20261205140100 extends Migration {
  override async up(): Promise<void> {
    for (const sql of customFieldDefinitionTableSql('sales', ['PRODUCT', 'CUSTOMER', 'DEAL', 'ORDER'])) this.addSql(sql);
    for (const sql of customFieldsIndexSql('sales', ['product', 'customer', 'deal', 'sales_order'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of ['product', 'customer', 'deal', 'sales_order']) this.addSql(`drop index if exists "sales"."${table}_custom_fields_gin"`);
    this.addSql(`drop table if exists "sales"."custom_field_definition" cascade`);
  }
}
