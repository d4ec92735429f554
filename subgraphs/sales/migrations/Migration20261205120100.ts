import { Migration } from '@mikro-orm/migrations';
import { searchColumnSql, searchFunctionSql } from '@prometric/core';

/**
 * Search over sales's records: generated tsvector columns with GIN indexes, trigram indexes for typo
 * tolerance, and `"sales"."search"(query, types, limit)`, sales's answer to `search(query:)` (see
 * `searchFunctionSql`).
 */
export class Migration20261205120100 extends Migration {
  override async up(): Promise<void> {
    const statements = [
      ...searchColumnSql('sales', 'product', `coalesce("sku", '') || ' ' || coalesce("name", '')`, `"name"`),
      ...searchColumnSql('sales', 'customer', `coalesce("name", '') || ' ' || coalesce("email", '')`, `"name"`),
      ...searchColumnSql('sales', 'sales_order', `coalesce("number", '')`, `"number"`),
      ...searchFunctionSql('sales', [
      { type: 'Product', table: 'product', vector: 't."search_vector"', text: `t."sku" || ' · ' || t."name"`, fuzzy: 't."name"', exact: 't."sku"' },
      { type: 'Customer', table: 'customer', vector: 't."search_vector"', text: `t."name" || coalesce(' · ' || t."email", '')`, fuzzy: 't."name"', exact: 't."email"' },
      {
        // An order is found by its number or its customer's name.
        type: 'Order',
        table: 'sales_order',
        join: 'join "sales"."customer" c on c."id" = t."customer_id"',
        vector: 't."search_vector" || c."search_vector"',
        text: `t."number" || ' · ' || c."name"`,
        fuzzy: 'c."name"',
        exact: 't."number"',
      },
      ]),
    ];
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "sales"."search"(text, text[], int)`);
    this.addSql(`alter table "sales"."product" drop column if exists "search_vector"`);
    this.addSql(`alter table "sales"."customer" drop column if exists "search_vector"`);
    this.addSql(`alter table "sales"."sales_order" drop column if exists "search_vector"`);
  }
}
