import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually, gql, operation, signUpTenant, startStack, testConfig, type Stack, type Tenant } from '@prometric/testing';

const CREATE_SUPPLIER = /* GraphQL */ `
  mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id } errors { code field message } } }`;
const SET_RULE = /* GraphQL */ `
  mutation($input: SetReorderRuleInput!) { setReorderRule(input: $input) { reorderRule { id } errors { code field message } } }`;
const RESERVE = /* GraphQL */ `
  mutation($input: ReserveStockInput!) { reserveStock(input: $input) { shortage errors { code field message } } }`;
const ADJUST = /* GraphQL */ `
  mutation($input: AdjustStockInput!) { adjustStock(input: $input) { movement { id } errors { code field message } } }`;
const PURCHASE_ORDERS = /* GraphQL */ `
  query { purchaseOrders(first: 100) { totalCount edges { node { id status supplier { id } warehouse { id } lines { productId quantity receivedQuantity } } } } }`;

interface Po {
  id: string;
  status: string;
  supplier: { id: string };
  warehouse: { id: string } | null;
  lines: { productId: string; quantity: number; receivedQuantity: number }[];
}

/**
 * Reorder rules fire by themselves: operations consumes its own stock events that lower available
 * (stock.reserved, stock.issued, stock.adjusted) from the `operations` queue and runs the rule of
 * that product × warehouse, drafting the purchase order asynchronously, through the real relay,
 * BullMQ and consumer; everything is read back through the gateway.
 */
describe('reorder rules run automatically after stock events', () => {
  let stack: Stack;
  let owner: Tenant;
  let pg: Client;

  beforeAll(async () => {
    stack = await startStack();
    owner = await signUpTenant(stack.url);
    pg = new Client({ connectionString: testConfig.databaseUrl });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end();
    await stack?.close();
  });

  const warehouse = async (tenant: Tenant) => {
    const code = `WH-${randomUUID().slice(0, 8)}`;
    const id = (await gql(stack.url, operation('operations', 'CreateWarehouse'), { code, name: code }, tenant.token)).data?.createWarehouse?.warehouse?.id;
    if (!id) throw new Error('createWarehouse failed');
    return id as string;
  };
  const supplier = async (tenant: Tenant) => {
    const r = await gql(stack.url, CREATE_SUPPLIER, { input: { name: `Supplier ${randomUUID().slice(0, 8)}`, currency: 'EUR' } }, tenant.token);
    expect(r.data!.createSupplier.errors).toEqual([]);
    return r.data!.createSupplier.supplier.id as string;
  };
  const rule = async (tenant: Tenant, productId: string, warehouseId: string, supplierId: string) => {
    const r = await gql(stack.url, SET_RULE, { input: { productId, warehouseId, supplierId, min: 10, max: 50, multiple: 12 } }, tenant.token);
    expect(r.data!.setReorderRule.errors).toEqual([]);
  };
  const receive = async (tenant: Tenant, productId: string, warehouseId: string, quantity: number) => {
    const r = await gql(stack.url, operation('operations', 'ReceiveStock'), { input: { productId, warehouseId, quantity } }, tenant.token);
    expect(r.data!.receiveStock.errors).toEqual([]);
  };
  const reserve = async (tenant: Tenant, productId: string, warehouseId: string, quantity: number) => {
    const r = await gql(stack.url, RESERVE, { input: { orderId: randomUUID(), productId, warehouseId, quantity } }, tenant.token);
    expect(r.data!.reserveStock).toEqual({ shortage: 0, errors: [] });
  };
  const purchaseOrders = async (tenant: Tenant): Promise<Po[]> => {
    const r = await gql(stack.url, PURCHASE_ORDERS, {}, tenant.token);
    expect(r.errors).toBeUndefined();
    return r.data!.purchaseOrders.edges.map((e: { node: Po }) => e.node);
  };
  const ordersOf = async (tenant: Tenant, productId: string) => (await purchaseOrders(tenant)).filter((po) => po.lines.some((l) => l.productId === productId));
  /** Reads through the gateway until `productId` is on `count` purchase orders of the tenant (10 s at most). */
  const waitForOrders = (tenant: Tenant, productId: string, count: number): Promise<Po[]> =>
    eventually(`${count} purchase order(s) for ${productId}`, () => ordersOf(tenant, productId), (found) => found.length >= count, { timeoutMs: 10_000, intervalMs: 100 });
  /**
   * Waits until the operations consumer has applied every stock event of `productId` of the given
   * types (its processed-message rows): after that, whatever the handlers drafted is committed.
   */
  const waitConsumed = (productId: string, types: string[], expected: number) =>
    eventually(
      `${expected} ${types.join('/')} event(s) of ${productId} consumed`,
      async () => {
        const { rows } = await pg.query(
          `select count(*)::int as total, count(p.event_id)::int as consumed from operations.outbox_event e
           left join operations.processed_message p on p.consumer = 'operations' and p.event_id = e.id
           where e.type = any($1) and e.payload->>'productId' = $2`,
          [types, productId],
        );
        return rows[0] as { total: number; consumed: number };
      },
      (r) => r.total >= expected && r.consumed === r.total,
      { timeoutMs: 10_000, intervalMs: 100 },
    );

  it('drafts one purchase order when a reservation takes available below min, and no second one while it is open', async () => {
    const [w, s, product] = [await warehouse(owner), await supplier(owner), randomUUID()];
    await rule(owner, product, w, s);
    await receive(owner, product, w, 20);
    await reserve(owner, product, w, 16);
    // Available 4 < min 10: the smallest multiple of 12 lifting it to max 50 is 48.
    const drafted = await waitForOrders(owner, product, 1);
    expect(drafted).toEqual([{ id: expect.any(String), status: 'DRAFT', supplier: { id: s }, warehouse: { id: w }, lines: [{ productId: product, quantity: 48, receivedQuantity: 0 }] }]);

    // Available 3: still below min, but the open draft (48) covers it.
    await reserve(owner, product, w, 1);
    await waitConsumed(product, ['stock.reserved'], 2);
    expect(await ordersOf(owner, product)).toEqual(drafted);
    const lines = await pg.query(`select count(*)::int as n from operations.purchase_order_line where product_id = $1`, [product]);
    expect(lines.rows[0].n).toBe(1);
  });

  it('drafts after a downward adjustment too', async () => {
    const [w, s, product] = [await warehouse(owner), await supplier(owner), randomUUID()];
    await rule(owner, product, w, s);
    await receive(owner, product, w, 20);
    const adjusted = await gql(stack.url, ADJUST, { input: { productId: product, warehouseId: w, quantity: -15, reason: 'Damaged' } }, owner.token);
    expect(adjusted.data!.adjustStock.errors).toEqual([]);
    // Available 5: 45 missing to max → 48.
    const drafted = await waitForOrders(owner, product, 1);
    expect(drafted.map((po) => [po.status, po.warehouse?.id, po.lines])).toEqual([['DRAFT', w, [{ productId: product, quantity: 48, receivedQuantity: 0 }]]]);
  });

  it('drafts nothing for a product without a rule', async () => {
    const [w, ruled, bare] = [await warehouse(owner), randomUUID(), randomUUID()];
    // A rule for another product of the same warehouse must not be run for this one's events.
    await rule(owner, ruled, w, await supplier(owner));
    await receive(owner, bare, w, 20);
    await reserve(owner, bare, w, 16);
    await waitConsumed(bare, ['stock.reserved'], 1);
    expect(await ordersOf(owner, bare)).toEqual([]);
    expect(await ordersOf(owner, ruled)).toEqual([]);
  });

  it("never drafts in a tenant for another tenant's stock events", async () => {
    const other = await signUpTenant(stack.url);
    const product = randomUUID();
    // The owner has a rule for the product and nothing on hand: any check of it in the owner's
    // workspace would draft.
    const ownerWarehouse = await warehouse(owner);
    await rule(owner, product, ownerWarehouse, await supplier(owner));
    // The other tenant moves the same product id in a warehouse of its own, under a rule of its own.
    const [w, s] = [await warehouse(other), await supplier(other)];
    await rule(other, product, w, s);
    await receive(other, product, w, 20);
    await reserve(other, product, w, 16);
    const theirs = await waitForOrders(other, product, 1);
    expect(theirs.map((po) => [po.supplier.id, po.warehouse?.id, po.lines[0].quantity])).toEqual([[s, w, 48]]);
    await waitConsumed(product, ['stock.reserved'], 1);
    expect(await ordersOf(owner, product)).toEqual([]);
    const rows = await pg.query(
      `select po.workspace_id from operations.purchase_order po join operations.purchase_order_line l on l.purchase_order_id = po.id where l.product_id = $1`,
      [product],
    );
    expect(rows.rows).toEqual([{ workspace_id: other.workspaceId }]);
  });
});
