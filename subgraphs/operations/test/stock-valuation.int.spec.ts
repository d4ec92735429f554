import { createProduct, createWarehouse, expectStockConsistent, gql, isRequestStatement, memberToken, receiveStock, signUpTenant, useStack } from '@prometric/testing';

const RESERVE = /* GraphQL */ `mutation($input: ReserveStockInput!) { reserveStock(input: $input) { reservations { id } shortage errors { code } } }`;
const ISSUE = /* GraphQL */ `mutation($id: ID!) { issueReservation(id: $id) { movement { id quantity quantityAfter } errors { code } } }`;
const RECEIVE = /* GraphQL */ `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { movement { id } errors { code field } } }`;
const VALUATION = /* GraphQL */ `query($asOf: DateTime!, $warehouseId: ID) { stockValuation(asOf: $asOf, warehouseId: $warehouseId) {
  currency totalQuantity totalValue { amount currency } unvaluedQuantity
  rows { product { id } warehouse { code } onHand averageCost value { amount } unvaluedQuantity }
} }`;

/**
 * Stock valuation at weighted average cost, figures by hand (warehouse VAL-A, one product):
 *   2026-01-31 23:59:59Z  receipt 10 at 4.00   → 10 on hand, average 4.0000, value  40.00
 *   2026-02-01 00:00:00Z  receipt 10 at 6.00   → 20 on hand, average (40 + 60) / 20 = 5.0000, value 100.00
 *   2026-02-10 12:00:00Z  issue 5 (a reservation of a sales order) at 5.0000 → 15 on hand, value 75.00
 * Warehouse VAL-B: a receipt of 3 with no cost on 2026-02-05: 3 at 0.0000 (no average yet), value 0.00.
 */
describe('stockValuation', () => {
  const fx = useStack({ pg: true, recordQueries: 'all' });
  let product: string;
  let a: { id: string };
  let b: { id: string };
  let issued: { id: string };

  // The ledger refuses updates (a trigger); only this owner session moves a movement into the past,
  // with triggers off for itself alone (session_replication_role), so the instants are known.
  const at = async (id: string, when: string) => {
    await fx.pg.query(`set session_replication_role = replica`);
    try {
      await fx.pg.query(`update operations.stock_movement set created_at = $2 where id = $1`, [id, when]);
    } finally {
      await fx.pg.query(`set session_replication_role = origin`);
    }
  };
  const value = async (asOf: string, token = fx.owner.token, warehouseId?: string) => gql(fx.url, VALUATION, { asOf, warehouseId }, token);

  beforeAll(async () => {
    [{ id: product }, a, b] = await Promise.all([createProduct(fx.url, fx.owner.token), createWarehouse(fx.url, fx.owner.token, { code: 'VAL-A' }), createWarehouse(fx.url, fx.owner.token, { code: 'VAL-B' })]);
    await at((await receiveStock(fx.url, fx.owner.token, { productId: product, warehouseId: a.id, quantity: 10, unitCost: '4.00' })).id, '2026-01-31T23:59:59Z');
    await at((await receiveStock(fx.url, fx.owner.token, { productId: product, warehouseId: a.id, quantity: 10, unitCost: '6.00' })).id, '2026-02-01T00:00:00Z');
    await at((await receiveStock(fx.url, fx.owner.token, { productId: product, warehouseId: b.id, quantity: 3 })).id, '2026-02-05T00:00:00Z');
    const reserved = await gql(fx.url, RESERVE, { input: { orderId: '00000000-0000-4000-8000-0000000000aa', productId: product, warehouseId: a.id, quantity: 5 } }, fx.owner.token);
    expect(reserved.data!.reserveStock).toMatchObject({ shortage: 0, errors: [] });
    const issue = await gql(fx.url, ISSUE, { id: reserved.data!.reserveStock.reservations[0].id }, fx.owner.token);
    expect(issue.data!.issueReservation).toMatchObject({ movement: { quantity: -5, quantityAfter: 15 }, errors: [] });
    issued = issue.data!.issueReservation.movement;
    await at(issued.id, '2026-02-10T12:00:00Z');
  });

  it('records the unit cost and the running weighted average on each movement, and the issue leaves at the average', async () => {
    const { rows } = await fx.pg.query(`select quantity, unit_cost::text, average_cost_after::text from operations.stock_movement where product_id = $1 and warehouse_id = $2 order by seq`, [product, a.id]);
    expect(rows).toEqual([
      { quantity: 10, unit_cost: '4.0000', average_cost_after: '4.0000' },
      { quantity: 10, unit_cost: '6.0000', average_cost_after: '5.0000' },
      { quantity: -5, unit_cost: '5.0000', average_cost_after: '5.0000' },
    ]);
    const level = await fx.pg.query(`select average_cost::text from operations.stock_level where product_id = $1 and warehouse_id = $2`, [product, a.id]);
    expect(level.rows[0].average_cost).toBe('5.0000');
    await expectStockConsistent(fx.pg, product, { levels: 2 });
  });

  it('values each product and warehouse as of an instant, across the month boundary (UTC)', async () => {
    const row = (code: string, onHand: number, averageCost: string, amount: string) => ({ product: { id: product }, warehouse: { code }, onHand, averageCost, value: { amount }, unvaluedQuantity: 0 });
    expect((await value('2026-01-31T23:59:58Z')).data!.stockValuation).toEqual({ currency: 'USD', totalQuantity: 0, totalValue: { amount: '0.00', currency: 'USD' }, unvaluedQuantity: 0, rows: [] });
    expect((await value('2026-01-31T23:59:59Z')).data!.stockValuation).toMatchObject({ totalQuantity: 10, totalValue: { amount: '40.00' }, rows: [row('VAL-A', 10, '4.0000', '40.00')] });
    // The same instant written with an offset: 01:00 on 02-01 in UTC+1 is 00:00 UTC, the second receipt.
    expect((await value('2026-02-01T01:00:00+01:00')).data!.stockValuation).toMatchObject({ totalQuantity: 20, totalValue: { amount: '100.00' }, rows: [row('VAL-A', 20, '5.0000', '100.00')] });
    expect((await value('2026-02-28T23:59:59Z')).data!.stockValuation).toEqual({
      currency: 'USD',
      totalQuantity: 18,
      totalValue: { amount: '75.00', currency: 'USD' },
      unvaluedQuantity: 0,
      rows: [row('VAL-A', 15, '5.0000', '75.00'), row('VAL-B', 3, '0.0000', '0.00')],
    });
    expect((await value('2026-02-28T23:59:59Z', fx.owner.token, b.id)).data!.stockValuation).toMatchObject({ totalQuantity: 3, rows: [row('VAL-B', 3, '0.0000', '0.00')] });
    const unknown = await value('2026-02-28T23:59:59Z', fx.owner.token, '00000000-0000-4000-8000-000000000bad');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reads in two statements whatever the number of rows', async () => {
    // Let the consumer finish with the events of the setup (reorder checks) before counting.
    await fx.stack.operations.relay.flush();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    fx.stack.queries.length = 0;
    expect((await value('2026-03-01T00:00:00Z')).data!.stockValuation.rows).toHaveLength(2);
    // The ledger's statement and the warehouses' (one DataLoader batch).
    // Operations' consumer may be handling other test files' events meanwhile (shared queues): not the report's statements.
    const statements = fx.stack.queries.filter((q) => q.subgraph === 'operations' && isRequestStatement(q.sql));
    expect(statements).toHaveLength(2);
  });

  it('counts units that came in before costs were recorded as unvalued', async () => {
    // A movement written before this feature had no cost: simulate one (owner connection) on a new product.
    const [{ id: old }] = await Promise.all([createProduct(fx.url, fx.owner.token)]);
    const m = await receiveStock(fx.url, fx.owner.token, { productId: old, warehouseId: b.id, quantity: 4 });
    await fx.pg.query(`set session_replication_role = replica`);
    try {
      await fx.pg.query(`update operations.stock_movement set unit_cost = null, average_cost_after = null, created_at = '2026-02-20T00:00:00Z' where id = $1`, [m.id]);
    } finally {
      await fx.pg.query(`set session_replication_role = origin`);
    }
    const v = (await value('2026-02-28T23:59:59Z', fx.owner.token, b.id)).data!.stockValuation;
    expect(v.unvaluedQuantity).toBe(4);
    expect(v.rows.find((r: { product: { id: string } }) => r.product.id === old)).toMatchObject({ onHand: 4, averageCost: '0.0000', value: { amount: '0.00' }, unvaluedQuantity: 4 });
  });

  it("a purchase order receipt comes in at its line's cost in the workspace currency, at the average in another", async () => {
    const [{ id: bought }, w] = await Promise.all([createProduct(fx.url, fx.owner.token), createWarehouse(fx.url, fx.owner.token, { code: 'VAL-PO' })]);
    const receiveAt = async (currency: string, unitCost: string) => {
      const supplier = await gql(fx.url, `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id } errors { code } } }`, { input: { name: `Supplier ${currency} ${unitCost}`, currency } }, fx.owner.token);
      const po = await gql(
        fx.url,
        `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id lines { id } } errors { code } } }`,
        { input: { supplierId: supplier.data!.createSupplier.supplier.id, lines: [{ productId: bought, quantity: 4, unitCost }] } },
        fx.owner.token,
      );
      const { id, lines } = po.data!.createPurchaseOrder.purchaseOrder;
      expect((await gql(fx.url, `mutation($id: ID!) { sendPurchaseOrder(id: $id) { errors { code } } }`, { id }, fx.owner.token)).data!.sendPurchaseOrder.errors).toEqual([]);
      const received = await gql(fx.url, `mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { errors { code } } }`, { input: { id, warehouseId: w.id, lines: [{ lineId: lines[0].id, quantity: 4 }] } }, fx.owner.token);
      expect(received.data!.receivePurchaseOrder.errors).toEqual([]);
    };
    await receiveAt('USD', '7.50');
    await receiveAt('EUR', '99.00');
    const { rows } = await fx.pg.query(`select quantity, unit_cost::text, average_cost_after::text from operations.stock_movement where product_id = $1 order by seq`, [bought]);
    expect(rows).toEqual([
      { quantity: 4, unit_cost: '7.5000', average_cost_after: '7.5000' },
      { quantity: 4, unit_cost: '7.5000', average_cost_after: '7.5000' },
    ]);
    await expectStockConsistent(fx.pg, bought, { levels: 1 });
  });

  it('refuses a negative unit cost or more than 4 decimals', async () => {
    for (const unitCost of ['-1', '1.23456']) {
      const r = await gql(fx.url, RECEIVE, { input: { productId: product, warehouseId: a.id, quantity: 1, unitCost } }, fx.owner.token);
      expect(r.data!.receiveStock).toEqual({ movement: null, errors: [{ code: 'INVALID', field: ['unitCost'] }] });
    }
  });

  it('another workspace sees nothing; ACCOUNTANT reads it; SALES_REP and WAREHOUSE are FORBIDDEN', async () => {
    const other = await signUpTenant(fx.url);
    expect((await value('2026-03-01T00:00:00Z', other.token)).data!.stockValuation).toMatchObject({ totalQuantity: 0, rows: [] });
    const accountant = await memberToken(fx.url, fx.owner, 'ACCOUNTANT');
    expect((await value('2026-03-01T00:00:00Z', accountant)).data!.stockValuation.totalValue.amount).toBe('75.00');
    for (const role of ['SALES_REP', 'WAREHOUSE'] as const) {
      const refused = await value('2026-03-01T00:00:00Z', await memberToken(fx.url, fx.owner, role));
      expect(refused.data?.stockValuation ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
