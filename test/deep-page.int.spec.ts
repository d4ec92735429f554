import { DEEP_PAGE, gql, isDataStatement, seedDeepPage, untilQuiet, useStack } from '@prometric/testing';

const MAX_DATA_STATEMENTS = 12;

/**
 * The dashboard's deep page, across four subgraphs: orders with their customer (and balance), lines
 * with each product's stock, invoices and reservations. Its cost must not grow with its size: every
 * level is batched (one statement per kind of child for the whole page), so 10 orders and 50 orders
 * run the same number of data statements, at most 12.
 */
describe('the deep page', () => {
  const fx = useStack({ database: 'deeppage', orchestrator: true, recordQueries: 'all' });
  const log = (first: number, statements: { subgraph: string; sql: string }[]) =>
    process.env.DEEP_PAGE_REPORT && process.stdout.write(`deep page ${first}: ${statements.length} data statements\n${statements.map((q) => `  ${q.subgraph}: ${q.sql.slice(0, 160)}`).join("\n")}\n`);

  beforeAll(async () => {
    // The saga invoices and reserves every order; the page is only deep once it has.
    await seedDeepPage(fx.url, fx.owner.token, { orders: 50, stock: 500, timeoutMs: 120_000, intervalMs: 500 });
    // Finance's event feed copies every event (one at a time, in order) and keeps writing for a while
    // after the saga is done: count the page's statements once nothing else runs.
    await untilQuiet(fx.stack, { timeoutMs: 120_000 });
  }, 300_000);

  it.each([10, 50])('runs at most 12 data statements for %i orders, the same for any size', async (first) => {
    fx.stack.queries.length = 0;
    const r = await gql(fx.url, DEEP_PAGE, { first }, fx.owner.token);
    expect(r.errors).toBeUndefined();
    const edges = r.data!.orders.edges as { node: { customer: { name: string }; lines: { product: { stock: { available: number } } }[]; invoices: unknown[]; reservations: unknown[] } }[];
    expect(edges).toHaveLength(first);
    // Deep for real: every level came back filled.
    expect(edges.every((e) => e.node.customer.name && e.node.lines.length === 2 && e.node.lines[0].product.stock.available > 0 && e.node.invoices.length === 1 && e.node.reservations.length === 2)).toBe(true);
    const statements = fx.stack.queries.filter((q) => isDataStatement(q.sql));
    log(first, statements);
    expect(statements.length).toBeLessThanOrEqual(MAX_DATA_STATEMENTS);
  });

  it('runs as many statements for 50 orders as for 10', async () => {
    const count = async (first: number) => {
      fx.stack.queries.length = 0;
      await gql(fx.url, DEEP_PAGE, { first }, fx.owner.token);
      return fx.stack.queries.filter((q) => isDataStatement(q.sql)).length;
    };
    expect(await count(50)).toBe(await count(10));
  });
});
