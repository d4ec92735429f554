import { Migration } from '@mikro-orm/migrations';
import { searchColumnSql, searchFunctionSql } from '@prometric/core';

/**
 * Search over operations's records: generated tsvector columns with GIN indexes, trigram indexes for typo
 * tolerance, and `"operations"."search"(query, types, limit)`, operations's answer to `search(query:)` (see
 * `searchFunctionSql`).
 */
export class Migration20261205120100 extends Migration {
  override async up(): Promise<void> {
    const statements = [
      ...searchColumnSql('operations', 'supplier', `coalesce("name", '') || ' ' || coalesce("email", '')`, `"name"`),
      ...searchFunctionSql('operations', [
      { type: 'Supplier', table: 'supplier', vector: 't."search_vector"', text: `t."name" || coalesce(' · ' || t."email", '')`, fuzzy: 't."name"', exact: 't."email"' },
      ]),
    ];
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "operations"."search"(text, text[], int)`);
    this.addSql(`alter table "operations"."supplier" drop column if exists "search_vector"`);
  }
}
