import { createProduct, createWarehouse, gql, memberToken, receiveStock, signUpTenant, useStack } from '@prometric/testing';

const ADJUST = /* GraphQL */ `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { movement { id } errors { code } } }`;
const AS_OF = /* GraphQL */ `query($productId: ID!, $asOf: Date!) { stockAsOf(productId: $productId, asOf: $asOf) { asOf onHand product { id } warehouses { warehouse { code } onHand } } }`;

/** Time travel over the append-only ledger: a past day's stock is the sum of the movements until its end (UTC). */
describe('stockAsOf', () => {
  const fx = useStack({ pg: true });

  it("replays a product's ledger to the end of a past day, per warehouse; another workspace sees nothing", async () => {
    const [product, north, south] = await Promise.all([createProduct(fx.url, fx.owner.token), createWarehouse(fx.url, fx.owner.token, { code: 'ASOF-N' }), createWarehouse(fx.url, fx.owner.token, { code: 'ASOF-S' })]);
    // The ledger refuses updates (a trigger); only this owner session moves a movement into the past,
    // with triggers off for itself alone (session_replication_role), so the days are known.
    const at = async (movement: Promise<{ id: string }>, when: string) => {
      const { id } = await movement;
      await fx.pg.query(`set session_replication_role = replica`);
      try {
        await fx.pg.query(`update operations.stock_movement set created_at = $2 where id = $1`, [id, when]);
      } finally {
        await fx.pg.query(`set session_replication_role = origin`);
      }
    };
    const adjust = async (warehouseId: string, quantity: number) => {
      const r = await gql(fx.url, ADJUST, { input: { productId: product.id, warehouseId, quantity, reason: 'count' } }, fx.owner.token);
      expect(r.data!.adjustStock.errors).toEqual([]);
      return r.data!.adjustStock.movement as { id: string };
    };
    await at(receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: north.id, quantity: 10 }), '2026-01-10T08:00:00Z');
    await at(receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: south.id, quantity: 5 }), '2026-02-01T23:59:00Z');
    await at(adjust(north.id, -3), '2026-03-01T00:30:00Z');

    const on = async (asOf: string, token = fx.owner.token) => (await gql(fx.url, AS_OF, { productId: product.id, asOf }, token)).data!.stockAsOf;
    expect(await on('2026-01-09')).toEqual({ asOf: '2026-01-09', onHand: 0, product: { id: product.id }, warehouses: [] });
    expect(await on('2026-01-31')).toMatchObject({ onHand: 10, warehouses: [{ warehouse: { code: 'ASOF-N' }, onHand: 10 }] });
    // 23:59 UTC on 02-01 belongs to 02-01; 00:30 UTC on 03-01 to 03-01.
    expect(await on('2026-02-01')).toMatchObject({ onHand: 15, warehouses: [{ warehouse: { code: 'ASOF-N' }, onHand: 10 }, { warehouse: { code: 'ASOF-S' }, onHand: 5 }] });
    expect(await on('2026-02-28')).toMatchObject({ onHand: 15 });
    expect(await on('2026-03-01')).toMatchObject({ onHand: 12, warehouses: [{ warehouse: { code: 'ASOF-N' }, onHand: 7 }, { warehouse: { code: 'ASOF-S' }, onHand: 5 }] });

    const other = await signUpTenant(fx.url);
    expect(await on('2026-03-01', other.token)).toMatchObject({ onHand: 0, warehouses: [] });
    const hr = await memberToken(fx.url, fx.owner, 'HR');
    const refused = await gql(fx.url, AS_OF, { productId: product.id, asOf: '2026-03-01' }, hr);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
