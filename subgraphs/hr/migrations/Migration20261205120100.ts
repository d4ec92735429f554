import { Migration } from '@mikro-orm/migrations';
import { searchColumnSql, searchFunctionSql } from '@prometric/core';

/**
 * Search over hr's records: generated tsvector columns with GIN indexes, trigram indexes for typo
 * tolerance, and `"hr"."search"(query, types, limit)`, hr's answer to `search(query:)` (see
 * `searchFunctionSql`).
 */
export class Migration20261205120100 extends Migration {
  override async up(): Promise<void> {
    const statements = [
      ...searchColumnSql('hr', 'employee', `coalesce("name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("position", '')`, `"name"`),
      ...searchFunctionSql('hr', [
      { type: 'Employee', table: 'employee', vector: 't."search_vector"', text: `t."name" || coalesce(' · ' || t."position", '')`, fuzzy: 't."name"', exact: 't."email"' },
      ]),
    ];
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "hr"."search"(text, text[], int)`);
    this.addSql(`alter table "hr"."employee" drop column if exists "search_vector"`);
  }
}
