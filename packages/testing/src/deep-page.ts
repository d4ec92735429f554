import { eventually } from './eventually';
import { gql } from './client';
import { createCustomer, createDeal, createProduct, createWarehouse, receiveStock } from './factories';

/**
 * The dashboard's deep page, across four subgraphs: orders with their customer (and balance), lines
 * with each product's stock, invoices and reservations. test/deep-page.int.spec.ts bounds its
 * statements; bench/deep-page.bench.ts measures it.
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

/** How `seedDeepPage` fills a workspace and how long it waits for the saga. */
export interface DeepPageSeed {
  /** Deals won, hence orders on the page. */
  orders: number;
  /** Units of each of the two products received into the warehouse. */
  stock: number;
  timeoutMs: number;
  intervalMs: number;
}

/**
 * Fills a workspace for the deep page: two products in stock, two customers, and `orders` deals of
 * two lines each won through the saga; resolves once the saga made every order READY with its
 * invoice and its two reservations (the page is only deep then).
 */
export async function seedDeepPage(url: string, token: string, seed: DeepPageSeed): Promise<void> {
  const warehouse = await createWarehouse(url, token);
  const products = [await createProduct(url, token, { price: '12.00' }), await createProduct(url, token, { price: '30.00' })];
  for (const p of products) await receiveStock(url, token, { productId: p.id, warehouseId: warehouse.id, quantity: seed.stock });
  const customers = [await createCustomer(url, token), await createCustomer(url, token)];
  for (let i = 0; i < seed.orders; i++) {
    const deal = await createDeal(url, token, customers[i % 2].id, [
      { productId: products[0].id, quantity: 1 + (i % 3) },
      { productId: products[1].id, quantity: 1 },
    ]);
    const won = await gql(url, 'mutation($id: ID!) { winDeal(id: $id) { deal { order { id } } } }', { id: deal.id }, token);
    if (!won.data?.winDeal.deal.order) throw new Error(`winDeal did not make an order: ${JSON.stringify(won)}`);
  }
  type Edges = { node: { status: string; invoices: unknown[]; reservations: unknown[] } }[];
  await eventually(
    'every order READY with its invoice and reservations',
    async () => (await gql(url, DEEP_PAGE, { first: seed.orders }, token)).data!.orders.edges as Edges,
    (edges) => edges.length === seed.orders && edges.every((e) => e.node.status === 'READY' && e.node.invoices.length === 1 && e.node.reservations.length === 2),
    { timeoutMs: seed.timeoutMs, intervalMs: seed.intervalMs },
  );
}
