import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { expectStockConsistent, testConfig } from '../src';

/**
 * The shared stock check must fail when it has nothing to check (one of the copies it replaced passed
 * on no rows) and when a level disagrees with its ledger or its reservations. Rows are written in a
 * transaction that is rolled back, so the migrated test database keeps nothing.
 */
describe('expectStockConsistent', () => {
  const pg = new Client({ connectionString: testConfig.databaseUrl });
  const tenant = { organizationId: randomUUID(), workspaceId: randomUUID() };

  beforeAll(() => pg.connect());
  afterAll(() => pg.end());
  beforeEach(() => pg.query('begin'));
  afterEach(() => pg.query('rollback'));

  const level = (productId: string, warehouseId: string, onHand: number, reserved = 0) =>
    pg.query(
      `insert into operations.stock_level (id, organization_id, workspace_id, product_id, warehouse_id, on_hand, reserved) values ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), tenant.organizationId, tenant.workspaceId, productId, warehouseId, onHand, reserved],
    );
  const movement = (productId: string, warehouseId: string, quantity: number, quantityAfter: number) =>
    pg.query(
      `insert into operations.stock_movement (id, organization_id, workspace_id, type, product_id, warehouse_id, quantity, quantity_after) values ($1, $2, $3, 'RECEIPT', $4, $5, $6, $7)`,
      [randomUUID(), tenant.organizationId, tenant.workspaceId, productId, warehouseId, quantity, quantityAfter],
    );
  const reservation = (productId: string, warehouseId: string, quantity: number) =>
    pg.query(
      `insert into operations.reservation (id, organization_id, workspace_id, order_id, product_id, warehouse_id, quantity, status, request_id) values ($1, $2, $3, $4, $5, $6, $7, 'RESERVED', $8)`,
      [randomUUID(), tenant.organizationId, tenant.workspaceId, randomUUID(), productId, warehouseId, quantity, randomUUID()],
    );

  it('fails when there is nothing to check: no products, or a product without any level', async () => {
    await expect(expectStockConsistent(pg, [])).rejects.toThrow(/no products to check/);
    const unknown = randomUUID();
    await expect(expectStockConsistent(pg, unknown)).rejects.toThrow(`no stock level to check for ${unknown}`);
    // One product with levels does not cover for another without.
    const [stocked, w] = [randomUUID(), randomUUID()];
    await level(stocked, w, 3);
    await movement(stocked, w, 3, 3);
    await expect(expectStockConsistent(pg, [stocked, unknown])).rejects.toThrow(`no stock level to check for ${unknown}`);
  });

  it('passes a level equal to its ledger and its reservations, and returns what it checked', async () => {
    const [p, w1, w2] = [randomUUID(), randomUUID(), randomUUID()];
    await level(p, w1, 5, 2);
    await movement(p, w1, 7, 7);
    await movement(p, w1, -2, 5);
    await reservation(p, w1, 2);
    await level(p, w2, 1);
    await movement(p, w2, 1, 1);
    const checked = await expectStockConsistent(pg, p, { levels: 2 });
    expect(checked.movements).toBe(3);
    expect(checked.levels.map((l) => [l.warehouseId, l.onHand, l.reserved]).sort()).toEqual([[w1, 5, 2], [w2, 1, 0]].sort());
    await expect(expectStockConsistent(pg, p, { levels: 3 })).rejects.toThrow();
  });

  it('fails a level that disagrees with its ledger, its reservations or the running sum', async () => {
    // [what, the check that must catch it, the rows]
    const cases: [string, string, (p: string, w: string) => Promise<unknown>][] = [
      ['on hand beyond the ledger', 'on hand = ledger', async (p, w) => (await level(p, w, 4), await movement(p, w, 3, 3))],
      ['reserved without a reservation', 'reserved = RESERVED reservations', async (p, w) => (await level(p, w, 3, 1), await movement(p, w, 3, 3))],
      ['a reservation the level does not count', 'reserved = RESERVED reservations', async (p, w) => (await level(p, w, 3), await movement(p, w, 3, 3), await reservation(p, w, 2))],
      ['a quantityAfter off the running sum', 'quantity_after', async (p, w) => (await level(p, w, 5), await movement(p, w, 3, 4), await movement(p, w, 2, 5))],
    ];
    for (const [what, check, write] of cases) {
      const [p, w] = [randomUUID(), randomUUID()];
      await write(p, w);
      await expect(expectStockConsistent(pg, p).then(() => `${what}: passed`)).rejects.toThrow(check);
    }
  });
});
