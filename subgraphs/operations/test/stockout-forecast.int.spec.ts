import { randomUUID } from 'node:crypto';
import { createProduct, createWarehouse, gql, receiveStock, useStack } from '@prometric/testing';

const FORECAST = /* GraphQL */ `query($id: ID!) { product(id: $id) { stockoutForecast { date dailyDemand confidence available } } }`;
const DAY_MS = 86_400_000;
const today = () => Date.parse(new Date().toISOString().slice(0, 10));

describe('Product.stockoutForecast: when stock runs out, from the ledger’s issues', () => {
  const fx = useStack({ pg: true });
  let warehouseId: string;

  beforeAll(async () => {
    warehouseId = (await createWarehouse(fx.url, fx.owner.token, { code: `W-${randomUUID().slice(0, 6)}`, name: 'Main' })).id;
  });

  /** Issues `perDay` units on each of the last `days` days: reserved and issued through the API, then dated back (the ledger is append-only, so as the owner with triggers off). */
  const issueHistory = async (productId: string, perDay: number, days: number) => {
    for (let i = 0; i < days; i++) {
      const reserved = await gql(fx.url, `mutation($input: ReserveStockInput!) { reserveStock(input: $input) { reservations { id } errors { code message } } }`, {
        input: { orderId: randomUUID(), productId, warehouseId, quantity: perDay },
      }, fx.owner.token);
      expect(reserved.data!.reserveStock.errors).toEqual([]);
      const issued = await gql(fx.url, `mutation($id: ID!) { issueReservation(id: $id) { errors { code message } } }`, { id: reserved.data!.reserveStock.reservations[0].id }, fx.owner.token);
      expect(issued.data!.issueReservation.errors).toEqual([]);
    }
    const client = fx.pg!;
    await client.query('begin');
    try {
      await client.query(`set local session_replication_role = replica`);
      // The n-th issue (oldest first) goes to noon of `days - n` days ago.
      await client.query(
        `update "operations"."stock_movement" m set "created_at" = $2::timestamptz - make_interval(days => ($3 - r.n)::int) + interval '12 hours'
           from (select "id", row_number() over (order by "seq") - 1 as n from "operations"."stock_movement" where "product_id" = $1 and "type" = 'ISSUE') r
          where m."id" = r."id"`,
        [productId, new Date(today()).toISOString(), days],
      );
      await client.query('commit');
    } catch (err) {
      await client.query('rollback');
      throw err;
    }
  };

  it('a product issued 10 a day for four weeks with 100 available runs out in about 10 days', async () => {
    const product = await createProduct(fx.url, fx.owner.token);
    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId, quantity: 380 });
    await issueHistory(product.id, 10, 28);
    const forecast = (await gql(fx.url, FORECAST, { id: product.id }, fx.owner.token)).data!.product.stockoutForecast;
    expect(forecast.available).toBe(100);
    expect(forecast.dailyDemand).toBeCloseTo(10, 0);
    const days = (Date.parse(forecast.date) - today()) / DAY_MS;
    expect(days).toBeGreaterThanOrEqual(9);
    expect(days).toBeLessThanOrEqual(11);
    // Four of the eight weeks had history, all of it steady.
    expect(forecast.confidence).toBeCloseTo(0.5, 1);
  }, 60_000);

  it('nothing issued: no stockout date; nothing available: out today; a key without stock:read is refused the field only', async () => {
    const idle = await createProduct(fx.url, fx.owner.token);
    await receiveStock(fx.url, fx.owner.token, { productId: idle.id, warehouseId, quantity: 5 });
    expect((await gql(fx.url, FORECAST, { id: idle.id }, fx.owner.token)).data!.product.stockoutForecast).toEqual({ date: null, dailyDemand: 0, confidence: 0, available: 5 });
    const none = await createProduct(fx.url, fx.owner.token);
    const empty = (await gql(fx.url, FORECAST, { id: none.id }, fx.owner.token)).data!.product.stockoutForecast;
    expect(empty).toMatchObject({ date: new Date(today()).toISOString().slice(0, 10), available: 0 });

    // Every role that reads products reads stock too: an API key limited to products:read does not.
    const created = await gql(fx.url, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key errors { code } } }`, { input: { name: 'catalogue only', scopes: ['products:read'] } }, fx.owner.token);
    const key = created.data!.createApiKey.key as string;
    const refused = await gql(fx.url, `query($id: ID!) { product(id: $id) { id stockoutForecast { date } } }`, { id: idle.id }, key);
    expect(refused.data!.product).toEqual({ id: idle.id, stockoutForecast: null });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
