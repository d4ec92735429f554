import { Migration } from '@mikro-orm/migrations';
import { searchColumnSql, searchFunctionSql } from '@prometric/core';

/**
 * Search over finance's records: generated tsvector columns with GIN indexes, trigram indexes for typo
 * tolerance, and `"finance"."search"(query, types, limit)`, finance's answer to `search(query:)` (see
 * `searchFunctionSql`).
 */
export class Migration20261205120100 extends Migration {
  override async up(): Promise<void> {
    const statements = [
      ...searchColumnSql('finance', 'invoice', `coalesce("number", '')`, `coalesce("number", '')`),
      ...searchFunctionSql('finance', [
      { type: 'Invoice', table: 'invoice', vector: 't."search_vector"', text: `coalesce(t."number", 'draft')`, fuzzy: `coalesce(t."number", '')`, exact: 't."number"' },
      ]),
    ];
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "finance"."search"(text, text[], int)`);
    this.addSql(`alter table "finance"."invoice" drop column if exists "search_vector"`);
  }
}
