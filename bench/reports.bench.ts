import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT, createCustomer, createProduct, createWarehouse, gql, migrateIsolatedDatabase, signUpTenant, startStack } from '@prometric/testing';

/**
 * `pnpm bench` (reports): finance's reports over REPORT_LINES (100,000) invoice lines — 20,000 issued
 * invoices of 5 lines each across 2025–2026, a third of them partly paid, a cost-of-goods row per line
 * and 5,000 expenses (profitAndLoss), and 100,000 stock movements (stockValuation) — timed through the gateway
 * (field rules, RLS, the federated customer/product names left out so the figure is finance's).
 * Target: each report under 2 s on this machine. The invoices are written with SQL (the API would take
 * hours to issue 20,000); only their workspace, customers and products come from the API.
 *
 * Env: REPORT_LINES (100000), REPORT_RUNS (5 timed runs per report, after one warm-up).
 * Writes bench/results/reports.json.
 */

const LINES = Number(process.env.REPORT_LINES ?? 100_000);
const RUNS = Number(process.env.REPORT_RUNS ?? 5);
const LINES_PER_INVOICE = 5;
const log = (line: string) => process.stderr.write(`${line}\n`);

const REPORTS: Record<string, { query: string; variables: Record<string, unknown> }> = {
  'arAging (per customer, 5 buckets)': { query: `query($asOf: Date!) { arAging(asOf: $asOf) { customers { customer { id } total { amount } } total { total { amount } } } }`, variables: { asOf: '2026-06-30' } },
  'revenue by MONTH over 2 years': { query: `query { revenue(from: "2025-01-01", to: "2026-12-31", groupBy: MONTH) { rows { period total { amount } } total { amount } } }`, variables: {} },
  'revenue by DAY and PRODUCT over 2 years': {
    query: `query { revenue(from: "2025-01-01", to: "2026-12-31", groupBy: DAY, by: PRODUCT) { rows { period product { id } total { amount } } total { amount } } }`,
    variables: {},
  },
  'profitAndLoss over 2 years': {
    query: `query { profitAndLoss(from: "2025-01-01", to: "2026-12-31") { revenue { amount } costOfGoodsSold { amount } grossMargin { amount } expenses { category amount { amount } } netResult { amount } } }`,
    variables: {},
  },
  'profitAndLoss of one month': {
    query: `query { profitAndLoss(from: "2026-03-01", to: "2026-03-31") { revenue { amount } costOfGoodsSold { amount } grossMargin { amount } expenses { category amount { amount } } netResult { amount } } }`,
    variables: {},
  },
  'stockValuation over 100,000 movements': {
    query: `query { stockValuation(asOf: "2026-06-30T23:59:59Z") { rows { product { id } warehouse { code } onHand averageCost value { amount } } totalValue { amount } unvaluedQuantity } }`,
    variables: {},
  },
  'revenue by QUARTER and CUSTOMER': { query: `query { revenue(from: "2025-01-01", to: "2026-12-31", groupBy: QUARTER, by: CUSTOMER) { rows { period customer { id } total { amount } } total { amount } } }`, variables: {} },
};

async function main(): Promise<void> {
  const databaseUrl = migrateIsolatedDatabase('reports_bench');
  const stack = await startStack({ databaseUrl, recordQueries: 'none' });
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const tenant = await signUpTenant(stack.url, { organizationName: 'Reports bench' });
    const customers = await Promise.all(Array.from({ length: 20 }, (_, i) => createCustomer(stack.url, tenant.token, { name: `Customer ${i}` })));
    const products = await Promise.all(Array.from({ length: 10 }, (_, i) => createProduct(stack.url, tenant.token, { price: `${10 + i}.00`, taxRate: '0.12' })));
    const invoices = Math.ceil(LINES / LINES_PER_INVOICE);
    log(`writing ${invoices} invoices × ${LINES_PER_INVOICE} lines`);
    const started = Date.now();
    await pg.query(
      `insert into finance.invoice (id, organization_id, workspace_id, number, status, order_id, customer_id, currency, lines, subtotal, tax, total, amount_paid, amount_credited, due_date, issued_at, version)
       select gen_random_uuid(), $1, $2, 'B-' || n, case when n % 3 = 0 then 'PARTIALLY_PAID' else 'ISSUED' end, gen_random_uuid(), ($3::uuid[])[1 + n % array_length($3::uuid[], 1)], 'USD',
              (select jsonb_agg(jsonb_build_object('id', gen_random_uuid(), 'productId', ($4::uuid[])[1 + (n + k) % array_length($4::uuid[], 1)], 'quantity', 1 + k, 'unitPrice', '10.00', 'taxRate', '0.12')) from generate_series(1, ${LINES_PER_INVOICE}) k),
              150.00, 18.00, 168.00, case when n % 3 = 0 then 50.00 else 0 end, 0, (issued + interval '30 days')::date, issued, 1
       from (select n, timestamp with time zone '2025-01-01' + (n % 730) * interval '1 day' + (n % 24) * interval '1 hour' as issued from generate_series(1, $5::int) n) g`,
      [tenant.organizationId, tenant.workspaceId, customers.map((c) => c.id), products.map((p) => p.id), invoices],
    );
    await pg.query(
      `insert into finance.payment (id, organization_id, workspace_id, invoice_id, amount, currency, method, created_at)
       select gen_random_uuid(), organization_id, workspace_id, id, 50.00, 'USD', 'BANK_TRANSFER', issued_at + interval '10 days' from finance.invoice where workspace_id = $1 and status = 'PARTIALLY_PAID'`,
      [tenant.workspaceId],
    );
    // Cost of goods sold: one row per invoice line (as if each line had been shipped), and 5,000
    // approved expenses over the two years, for profitAndLoss.
    await pg.query(
      `insert into finance.cost_of_goods (id, organization_id, workspace_id, movement_id, order_id, product_id, warehouse_id, quantity, unit_cost, amount, issued_at)
       select gen_random_uuid(), i.organization_id, i.workspace_id, gen_random_uuid(), i.order_id, (l->>'productId')::uuid, gen_random_uuid(), (l->>'quantity')::int, 6.0000, (l->>'quantity')::int * 6.00, i.issued_at + interval '2 days'
       from finance.invoice i cross join jsonb_array_elements(i.lines) l where i.workspace_id = $1`,
      [tenant.workspaceId],
    );
    await pg.query(
      `insert into finance.expense (id, organization_id, workspace_id, number, description, category, amount, currency, incurred_on, status, version)
       select gen_random_uuid(), $1, $2, 'BX-' || n, 'Bench expense', (array['TRAVEL', 'SUPPLIES', 'SERVICES', 'PAYROLL', 'OTHER'])[1 + n % 5], 10 + n % 90, 'USD',
              (date '2025-01-01' + (n % 730)), case when n % 4 = 0 then 'SUBMITTED' else 'APPROVED' end, 1
       from generate_series(1, 5000) n`,
      [tenant.organizationId, tenant.workspaceId],
    );
    // The stock ledger for stockValuation: as many movements as invoice lines, over the 10 products in
    // 2 warehouses (receipts of 1 unit at a cost, so each level's quantity_after is its running count).
    const warehouses = await Promise.all([createWarehouse(stack.url, tenant.token, { code: 'BENCH-1' }), createWarehouse(stack.url, tenant.token, { code: 'BENCH-2' })]);
    await pg.query(
      `insert into operations.stock_movement (id, organization_id, workspace_id, type, product_id, warehouse_id, quantity, quantity_after, unit_cost, average_cost_after, created_at)
       select gen_random_uuid(), $1, $2, 'RECEIPT', ($3::uuid[])[1 + n % 10], ($4::uuid[])[1 + (n / 10) % 2], 1, 1 + n / 20, 5.0000, 5.0000,
              timestamp with time zone '2025-01-01' + (n % 730) * interval '1 day'
       from generate_series(0, $5::int - 1) n`,
      [tenant.organizationId, tenant.workspaceId, products.map((p) => p.id), warehouses.map((w) => w.id), LINES],
    );
    await pg.query('analyze finance.invoice; analyze finance.payment; analyze finance.credit_note; analyze finance.cost_of_goods; analyze finance.expense; analyze operations.stock_movement');
    log(`written in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const results: Record<string, { medianMs: number; maxMs: number; rows: number }> = {};
    for (const [name, { query, variables }] of Object.entries(REPORTS)) {
      const times: number[] = [];
      let rows = 0;
      for (let run = 0; run <= RUNS; run++) {
        const t0 = performance.now();
        const r = await gql(stack.url, query, variables, tenant.token);
        const ms = performance.now() - t0;
        if (r.errors) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
        const field = (['arAging', 'profitAndLoss', 'stockValuation'] as const).find((f) => query.includes(f)) ?? 'revenue';
        const data = (r.data as Record<string, { rows?: unknown[]; customers?: unknown[]; expenses?: unknown[] }>)[field];
        rows = (data.rows ?? data.customers ?? data.expenses ?? []).length;
        if (run > 0) times.push(ms);
      }
      times.sort((a, b) => a - b);
      results[name] = { medianMs: Math.round(times[Math.floor(times.length / 2)]), maxMs: Math.round(times[times.length - 1]), rows };
      log(`${name}: median ${results[name].medianMs} ms, max ${results[name].maxMs} ms (${rows} rows)`);
    }
    const slowest = Math.max(...Object.values(results).map((r) => r.maxMs));
    mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'bench/results/reports.json'), `${JSON.stringify({ invoiceLines: invoices * LINES_PER_INVOICE, invoices, results }, null, 2)}\n`);
    log(`\n${invoices * LINES_PER_INVOICE} invoice lines: slowest report ${slowest} ms (target < 2000 ms)`);
    if (slowest >= 2000) process.exitCode = 1;
  } finally {
    await pg.end();
    await stack.close();
  }
}

main().catch((err) => {
  log(String(err instanceof Error ? err.stack : err));
  process.exit(1);
});
