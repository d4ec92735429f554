import { Migration } from '@mikro-orm/migrations';
import { kernelTablesSql, TENANT_COLUMNS_SQL } from '@prometric/core';

const S = '"sales"';

const MONEY = 'numeric(18,2)';
const fk = (table: string, onDelete = '') => `references ${S}."${table}" ("id")${onDelete ? ` on delete ${onDelete}` : ''} deferrable initially deferred`;

/** Sales' tables: products, customers, deals, orders, and the kernel's. */
export class Migration20261126000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table ${S}."product" (${TENANT_COLUMNS_SQL},
      "sku" varchar(64) not null, "name" varchar(255) not null,
      "price_amount" ${MONEY} not null check ("price_amount" >= 0),
      "cost_amount" ${MONEY} null check ("cost_amount" >= 0),
      "tax_rate" numeric(6,4) not null default 0 check ("tax_rate" >= 0 and "tax_rate" < 1),
      "currency" char(3) not null)`);
    this.addSql(`create unique index "product_sku_unique" on ${S}."product" ("workspace_id", "sku") where "deleted_at" is null`);
    this.addSql(`create table ${S}."customer" (${TENANT_COLUMNS_SQL},
      "name" varchar(255) not null, "email" varchar(320) null, "phone" varchar(64) null,
      "credit_limit_amount" ${MONEY} null check ("credit_limit_amount" >= 0), "currency" char(3) not null)`);
    this.addSql(`create table ${S}."deal" (${TENANT_COLUMNS_SQL},
      "title" varchar(255) not null, "customer_id" uuid not null ${fk('customer')},
      "stage" varchar(16) not null, "expected_close_date" timestamptz null,
      "value_amount" ${MONEY} not null, "currency" char(3) not null, "closed_at" timestamptz null)`);
    this.addSql(`create table ${S}."deal_line" (${TENANT_COLUMNS_SQL},
      "deal_id" uuid not null ${fk('deal', 'cascade')}, "product_id" uuid not null ${fk('product')},
      "quantity" int not null check ("quantity" > 0), "unit_price_amount" ${MONEY} not null check ("unit_price_amount" >= 0),
      "currency" char(3) not null)`);
    this.addSql(`create table ${S}."sales_order" (${TENANT_COLUMNS_SQL},
      "number" varchar(32) not null, "status" varchar(16) not null,
      "customer_id" uuid not null ${fk('customer')}, "deal_id" uuid null ${fk('deal')},
      "subtotal_amount" ${MONEY} not null, "tax_amount" ${MONEY} not null, "total_amount" ${MONEY} not null,
      "currency" char(3) not null, "cancel_reason" text null, "version" int not null default 1,
      constraint "sales_order_total_check" check ("total_amount" = "subtotal_amount" + "tax_amount"))`);
    this.addSql(`create unique index "sales_order_number_unique" on ${S}."sales_order" ("workspace_id", "number")`);
    this.addSql(`create unique index "sales_order_deal_unique" on ${S}."sales_order" ("deal_id") where "deal_id" is not null`);
    this.addSql(`create table ${S}."sales_order_line" (${TENANT_COLUMNS_SQL},
      "order_id" uuid not null ${fk('sales_order', 'cascade')}, "product_id" uuid not null ${fk('product')},
      "quantity" int not null check ("quantity" > 0), "unit_price_amount" ${MONEY} not null check ("unit_price_amount" >= 0),
      "tax_rate" numeric(6,4) not null, "net_amount" ${MONEY} not null, "tax_amount" ${MONEY} not null, "currency" char(3) not null)`);
    for (const [table, cols] of [
      ['product', ['workspace_id', 'created_at']],
      ['customer', ['workspace_id', 'name']],
      ['deal', ['workspace_id', 'created_at']],
      ['deal_line', ['deal_id']],
      ['sales_order', ['workspace_id', 'created_at']],
      ['sales_order', ['workspace_id', 'status']],
      ['sales_order_line', ['order_id']],
    ] as const) {
      this.addSql(`create index "${table}_${cols.join('_')}_index" on ${S}."${table}" (${cols.map((c) => `"${c}"`).join(', ')})`);
    }
    this.addSql(kernelTablesSql('sales'));
  }

  override async down(): Promise<void> {
    for (const t of ['sales_order_line', 'sales_order', 'deal_line', 'deal', 'customer', 'product', 'document_counter', 'outbox_event', 'idempotency_key']) {
      this.addSql(`drop table if exists ${S}."${t}" cascade`);
    }
  }
}
