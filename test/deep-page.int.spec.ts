import {
  createCustomer,
  createDeal,
  createProduct,
  createWarehouse,
  eventually,
  gql,
  isDataStatement,
  migrateIsolatedDatabase,
  receiveStock,
  untilQuiet,
  useStack,
} from '@prometric/testing';

/**
 * The dashboard's deep page, across four subgraphs: orders with their customer (and balance), lines
 * with each product's stock, invoices and reservations. Its cost must not grow with its size: every
 * level is batched (one statement per kind of child for the whole page), so 10 orders and 50 orders
 * run the same number of data statements, at most 12.
 */
export const DEEP_PAGE = `query DeepPage($first: Int!) {
  orders(first: $first) {
    totalCount
    edges { node {
      id number status
      customer { name balance { amount currency } }
      lines { quantity product { sku stock { available } } }
      invoices { number status amountDue { amount } }
      reservations { quantity status }
    } }
  }
}`;

const MAX_DATA_STATEMENTS = 12;

describe('the deep page', () => {
  let databaseUrl: string;
  beforeAll(() => {
    databaseUrl = migrateIsolatedDatabase('deeppage');
  }, 60_000);
  const fx = useStack(() => ({ databaseUrl, orchestrator: true, recordQueries: 'all' }));
  const log = (first: number, statements: { subgraph: string; sql: string }[]) =>
    process.env.DEEP_PAGE_REPORT && process.stdout.write(`deep page ${first}: ${statements.length} data statements\n${statements.map((q) => `  ${q.subgraph}: ${q.sql.slice(0, 160)}`).join("\n")}\n`);

  beforeAll(async () => {
    const warehouse = await createWarehouse(fx.url, fx.owner.token);
    const products = [await createProduct(fx.url, fx.owner.token, { price: '12.00' }), await createProduct(fx.url, fx.owner.token, { price: '30.00' })];
    for (const p of products) await receiveStock(fx.url, fx.owner.token, { productId: p.id, warehouseId: warehouse.id, quantity: 500 });
    const customers = [await createCustomer(fx.url, fx.owner.token), await createCustomer(fx.url, fx.owner.token)];
    const won: string[] = [];
    for (let i = 0; i < 50; i++) {
      const deal = await createDeal(fx.url, fx.owner.token, customers[i % 2].id, [
        { productId: products[0].id, quantity: 1 + (i % 3) },
        { productId: products[1].id, quantity: 1 },
      ]);
      const r = await gql(fx.url, 'mutation($id: ID!) { winDeal(id: $id) { deal { order { id } } } }', { id: deal.id }, fx.owner.token);
      won.push(r.data!.winDeal.deal.order.id as string);
    }
    // The saga invoices and reserves every order; the page is only deep once it has.
    await eventually(
      'every order READY with its invoice and reservations',
      async () => (await gql(fx.url, DEEP_PAGE, { first: 50 }, fx.owner.token)).data!.orders.edges as { node: { status: string; invoices: unknown[]; reservations: unknown[] } }[],
      (edges) => edges.length === 50 && edges.every((e) => e.node.status === 'READY' && e.node.invoices.length === 1 && e.node.reservations.length === 2),
      { timeoutMs: 120_000, intervalMs: 500 },
    );
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
