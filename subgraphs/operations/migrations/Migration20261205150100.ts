import { Migration } from '@mikro-orm/migrations';

const S = '"operations"';

/**
 * Unit cost on the stock ledger: each movement records the unit cost it moved at and the weighted
 * average cost of its level right after it (as `quantity_after` records the quantity), and each level
 * keeps its running average under the row lock postings already take. Nothing is backfilled: the
 * movements written before have no cost (null), which valuation counts as unvalued units.
 */
export class Migration20261205150100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table ${S}."stock_movement" add column "unit_cost" numeric(18,4) null check ("unit_cost" >= 0),
      add column "average_cost_after" numeric(18,4) null check ("average_cost_after" >= 0)`);
    this.addSql(`alter table ${S}."stock_level" add column "average_cost" numeric(18,4) not null default 0 check ("average_cost" >= 0)`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table ${S}."stock_level" drop column "average_cost"`);
    this.addSql(`alter table ${S}."stock_movement" drop column "unit_cost", drop column "average_cost_after"`);
  }
}
