import { randomUUID } from 'node:crypto';
import { Role } from '@prometric/core';
import { createProduct, createWarehouse, errorCodes, gql, memberToken, operation, signUpTenant, useStack } from '@prometric/testing';

const op = (name: string) => operation('operations', name);

const ADJUST = /* GraphQL */ `
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) { movement { id type quantity quantityAfter reason } errors { code field message } }
  }`;
const RECEIVE_FULL = /* GraphQL */ `
  mutation($input: ReceiveStockInput!) {
    receiveStock(input: $input) { movement { id type quantity quantityAfter reference warehouse { code } product { id sku } } errors { code field message } }
  }`;

describe('warehouses and the stock ledger through the gateway', () => {
  const fx = useStack({ pg: true });

  const warehouse = (token = fx.owner.token, code?: string) => createWarehouse(fx.url, token, { code });
  const receive = (input: Record<string, unknown>, token = fx.owner.token) => gql(fx.url, op('ReceiveStock'), { input }, token);
  const adjust = (input: Record<string, unknown>, token = fx.owner.token) => gql(fx.url, ADJUST, { input }, token);
  const productStock = async (id: string, token = fx.owner.token) => (await gql(fx.url, op('ProductStock'), { id }, token)).data!.product;
  /** Movements of a product, in ledger order, read as the owner (past RLS). */
  const ledger = async (productId: string) =>
    (await fx.pg.query('select type, quantity, quantity_after, warehouse_id from operations.stock_movement where product_id = $1 order by seq', [productId])).rows as {
      type: string;
      quantity: number;
      quantity_after: number;
      warehouse_id: string;
    }[];

  it('creates warehouses, receives stock and reads it per product and per warehouse (contract CreateWarehouse, ReceiveStock, ProductStock, Products)', async () => {
    const created = await gql(fx.url, op('CreateWarehouse'), { code: 'MAIN', name: 'Main warehouse' }, fx.owner.token);
    expect(created.data!.createWarehouse).toEqual({ warehouse: { id: expect.any(String), code: 'MAIN', name: 'Main warehouse' }, errors: [] });
    const main = created.data!.createWarehouse.warehouse;
    const east = await warehouse(fx.owner.token, 'EAST');
    const product = await createProduct(fx.url, fx.owner.token, { sku: 'STOCK-1', name: 'Stocked lamp' });

    const r = await receive({ productId: product.id, warehouseId: main.id, quantity: 12, reference: 'DN-1' });
    expect(r.data!.receiveStock).toEqual({ movement: { id: expect.any(String), type: 'RECEIPT', quantity: 12 }, errors: [] });
    const full = await gql(fx.url, RECEIVE_FULL, { input: { productId: product.id, warehouseId: east.id, quantity: 5, reference: 'DN-2' } }, fx.owner.token);
    expect(full.data!.receiveStock).toEqual({
      movement: { id: expect.any(String), type: 'RECEIPT', quantity: 5, quantityAfter: 5, reference: 'DN-2', warehouse: { code: 'EAST' }, product: { id: product.id, sku: 'STOCK-1' } },
      errors: [],
    });

    expect(await productStock(product.id)).toEqual({
      id: product.id,
      sku: 'STOCK-1',
      stock: { onHand: 17, reserved: 0, available: 17 },
      stockByWarehouse: [
        { warehouse: { code: 'EAST' }, onHand: 5, reserved: 0, available: 5 },
        { warehouse: { code: 'MAIN' }, onHand: 12, reserved: 0, available: 12 },
      ],
    });

    await createProduct(fx.url, fx.owner.token, { sku: 'STOCK-NONE', name: 'Stocked never' });
    const list = await gql(fx.url, operation('sales', 'Products'), { search: 'Stocked' }, fx.owner.token);
    expect(list.errors).toBeUndefined();
    expect(list.data!.products.edges.map((e: any) => [e.node.sku, e.node.stock])).toEqual([
      ['STOCK-1', { onHand: 17, reserved: 0, available: 17 }],
      ['STOCK-NONE', { onHand: 0, reserved: 0, available: 0 }],
    ]);

    const wh = await gql(fx.url, `{ warehouses { totalCount edges { node { code } } } }`, {}, fx.owner.token);
    expect(wh.data!.warehouses.edges.map((e: any) => e.node.code)).toEqual(expect.arrayContaining(['EAST', 'MAIN']));
  });

  it('records stock.received and stock.adjusted events in the outbox with their movements', async () => {
    const w = await warehouse();
    const productId = randomUUID();
    const r = await receive({ productId, warehouseId: w.id, quantity: 3 });
    const a = await adjust({ productId, warehouseId: w.id, quantity: -1, reason: 'Damaged' });
    const ids = [r.data!.receiveStock.movement.id, a.data!.adjustStock.movement.id];
    const { rows } = await fx.pg.query('select type, aggregate_id, payload from operations.outbox_event where aggregate_id = any($1) order by created_at', [ids]);
    expect(rows.map((e) => [e.type, e.aggregate_id, e.payload.quantityAfter])).toEqual([
      ['stock.received', ids[0], 3],
      ['stock.adjusted', ids[1], 2],
    ]);
  });

  it('refuses a duplicate warehouse code with CONFLICT and writes nothing', async () => {
    await warehouse(fx.owner.token, 'DUP-WH');
    const count = async () => (await gql(fx.url, `{ warehouses(first: 1) { totalCount } }`, {}, fx.owner.token)).data!.warehouses.totalCount;
    const before = await count();
    const r = await gql(fx.url, op('CreateWarehouse'), { code: 'DUP-WH', name: 'Again' }, fx.owner.token);
    expect(r.data!.createWarehouse).toEqual({ warehouse: null, errors: [{ code: 'CONFLICT', field: ['code'], message: expect.stringContaining('DUP-WH') }] });
    const invalid = await gql(fx.url, op('CreateWarehouse'), { code: 'bad code!', name: ' ' }, fx.owner.token);
    expect(invalid.data!.createWarehouse.errors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['code', 'name']);
    expect(await count()).toBe(before);
  });

  it('refuses an invalid receipt field by field and writes nothing', async () => {
    const w = await warehouse();
    const productId = randomUUID();
    for (const quantity of [0, -3]) {
      const r = await receive({ productId, warehouseId: w.id, quantity });
      expect(r.data!.receiveStock).toEqual({ movement: null, errors: [{ code: 'INVALID', field: ['quantity'], message: expect.any(String) }] });
    }
    const badProduct = await receive({ productId: 'not-a-uuid', warehouseId: w.id, quantity: 1 });
    expect(badProduct.data!.receiveStock.errors).toEqual([{ code: 'INVALID', field: ['productId'], message: expect.any(String) }]);
    const unknownWarehouse = await receive({ productId, warehouseId: randomUUID(), quantity: 1 });
    expect(unknownWarehouse.data!.receiveStock).toEqual({ movement: null, errors: [{ code: 'NOT_FOUND', field: ['warehouseId'], message: 'Warehouse not found' }] });
    const float = await receive({ productId, warehouseId: w.id, quantity: 1.5 });
    expect(errorCodes(float)).toEqual(['BAD_USER_INPUT']);
    expect(await ledger(productId)).toEqual([]);
    expect((await fx.pg.query('select count(*)::int as n from operations.stock_level where product_id = $1', [productId])).rows[0].n).toBe(0);
  });

  it('refuses an adjustment below zero and writes nothing', async () => {
    const w = await warehouse();
    const productId = randomUUID();
    await receive({ productId, warehouseId: w.id, quantity: 4 });
    const r = await adjust({ productId, warehouseId: w.id, quantity: -5, reason: 'Count' });
    expect(r.data!.adjustStock).toEqual({ movement: null, errors: [{ code: 'INSUFFICIENT_STOCK', field: ['quantity'], message: expect.stringContaining('below zero') }] });
    const fresh = await adjust({ productId: randomUUID(), warehouseId: w.id, quantity: -1, reason: 'Count' });
    expect(fresh.data!.adjustStock.errors[0].code).toBe('INSUFFICIENT_STOCK');
    const noReason = await adjust({ productId, warehouseId: w.id, quantity: -1, reason: ' ' });
    expect(noReason.data!.adjustStock.errors).toEqual([{ code: 'REQUIRED', field: ['reason'], message: expect.any(String) }]);
    expect((await ledger(productId)).map((m) => m.quantity)).toEqual([4]);
    const ok = await adjust({ productId, warehouseId: w.id, quantity: -4, reason: 'Count' });
    expect(ok.data!.adjustStock.movement).toEqual({ id: expect.any(String), type: 'ADJUSTMENT', quantity: -4, quantityAfter: 0, reason: 'Count' });
    expect((await fx.pg.query('select on_hand from operations.stock_level where product_id = $1', [productId])).rows).toEqual([{ on_hand: 0 }]);
  });

  it('counts 20 concurrent receipts exactly, each movement seeing the level it produced', async () => {
    const w = await warehouse();
    const product = await createProduct(fx.url, fx.owner.token);
    // The level does not exist yet: the receipts also race to create it.
    const results = await Promise.all(Array.from({ length: 20 }, () => receive({ productId: product.id, warehouseId: w.id, quantity: 1 })));
    expect(results.every((r) => r.data!.receiveStock.errors.length === 0)).toBe(true);
    expect((await productStock(product.id)).stock).toEqual({ onHand: 20, reserved: 0, available: 20 });
    expect((await ledger(product.id)).map((m) => m.quantity_after)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('keeps every level equal to the sum of its ledger under a random mix of receipts and adjustments', async () => {
    const warehouses = [await warehouse(), await warehouse()];
    const products = [randomUUID(), randomUUID(), randomUUID()];
    // mulberry32: a seeded sequence, so a failure replays.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const ops = Array.from({ length: 200 }, () => ({
      productId: products[random(3)],
      warehouseId: warehouses[random(2)].id,
      receipt: random(3) > 0,
      quantity: 1 + random(9),
    }));
    let refused = 0;
    // Five at a time: postings to one level race each other.
    for (let i = 0; i < ops.length; i += 5) {
      const batch = await Promise.all(
        ops.slice(i, i + 5).map((o) =>
          o.receipt
            ? receive({ productId: o.productId, warehouseId: o.warehouseId, quantity: o.quantity }).then((r) => r.data!.receiveStock.errors)
            : adjust({ productId: o.productId, warehouseId: o.warehouseId, quantity: -o.quantity, reason: 'Cycle count' }).then((r) => r.data!.adjustStock.errors),
        ),
      );
      for (const errors of batch) {
        if (errors.length) {
          expect(errors).toEqual([{ code: 'INSUFFICIENT_STOCK', field: ['quantity'], message: expect.stringContaining('below zero') }]);
          refused++;
        }
      }
    }
    const { rows: levels } = await fx.pg.query('select product_id, warehouse_id, on_hand, reserved from operations.stock_level where product_id = any($1)', [products]);
    expect(levels.length).toBe(6);
    for (const level of levels) {
      const moves = (await ledger(level.product_id)).filter((m) => m.warehouse_id === level.warehouse_id);
      expect(level.on_hand).toBe(moves.reduce((sum, m) => sum + m.quantity, 0));
      expect(level.on_hand).toBeGreaterThanOrEqual(0);
      let running = 0;
      for (const m of moves) {
        running += m.quantity;
        expect(m.quantity_after).toBe(running);
        expect(running).toBeGreaterThanOrEqual(0);
      }
    }
    expect(refused).toBeGreaterThan(0);
    const written = (await fx.pg.query('select count(*)::int as n from operations.stock_movement where product_id = any($1)', [products])).rows[0].n;
    expect(written).toBe(ops.length - refused);
  });

  it('receives once when a receipt is retried with the same idempotency key', async () => {
    const w = await warehouse();
    const productId = randomUUID();
    const input = { productId, warehouseId: w.id, quantity: 6, idempotencyKey: `dn-${productId}` };
    const [a, b] = await Promise.all([receive(input), receive(input)]);
    const c = await receive(input);
    expect(new Set([a, b, c].map((r) => r.data!.receiveStock.movement.id)).size).toBe(1);
    expect((await ledger(productId)).map((m) => m.quantity_after)).toEqual([6]);
  });

  it('never changes or removes a movement: the ledger is append-only', async () => {
    const w = await warehouse();
    const productId = randomUUID();
    const id = (await receive({ productId, warehouseId: w.id, quantity: 2 })).data!.receiveStock.movement.id;
    await expect(fx.pg.query('update operations.stock_movement set quantity = 3 where id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(fx.pg.query('delete from operations.stock_movement where id = $1', [id])).rejects.toThrow(/append-only/);
    const { rows } = await fx.pg.query(
      `select has_table_privilege('prometric_app', 'operations.stock_movement', 'UPDATE') as upd, has_table_privilege('prometric_app', 'operations.stock_movement', 'DELETE') as del, has_table_privilege('prometric_app', 'operations.stock_movement', 'INSERT') as ins`,
    );
    expect(rows).toEqual([{ upd: false, del: false, ins: true }]);
  });

  it("treats another tenant's warehouse as unknown and shows nothing of theirs", async () => {
    const other = await signUpTenant(fx.url);
    const theirs = await warehouse(other.token, 'THEIRS');
    const theirProduct = await createProduct(fx.url, other.token);
    await receive({ productId: theirProduct.id, warehouseId: theirs.id, quantity: 9 }, other.token);

    const r = await receive({ productId: theirProduct.id, warehouseId: theirs.id, quantity: 1 });
    expect(r.data!.receiveStock).toEqual({ movement: null, errors: [{ code: 'NOT_FOUND', field: ['warehouseId'], message: 'Warehouse not found' }] });
    const byId = await gql(fx.url, `query($id: ID!) { warehouse(id: $id) { id } }`, { id: theirs.id }, fx.owner.token);
    expect(byId.data!.warehouse).toBeNull();
    expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
    const list = await gql(fx.url, `{ warehouses(filter: { search: "THEIRS" }) { totalCount } }`, {}, fx.owner.token);
    expect(list.data!.warehouses.totalCount).toBe(0);
    // Straight to the subgraph, the way the gateway resolves references: their levels are invisible.
    const entities = await gql(
      fx.stack.operations.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id stock { onHand } stockByWarehouse { onHand } } ... on Warehouse { id } } }`,
      { r: [{ __typename: 'Product', id: theirProduct.id }, { __typename: 'Warehouse', id: theirs.id }] },
      fx.owner.token,
    );
    expect(entities.data!._entities).toEqual([{ id: theirProduct.id, stock: { onHand: 0 }, stockByWarehouse: [] }, null]);
    expect((await productStock(theirProduct.id, other.token)).stock.onHand).toBe(9);
  });

  it('lets a WAREHOUSE member receive stock; a SALES_REP may read stock but not change it', async () => {
    const w = await warehouse();
    const product = await createProduct(fx.url, fx.owner.token);
    const clerk = await memberToken(fx.url, fx.owner, Role.WAREHOUSE);
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const ok = await receive({ productId: product.id, warehouseId: w.id, quantity: 7 }, clerk);
    expect(ok.data!.receiveStock.errors).toEqual([]);
    const refused = await receive({ productId: product.id, warehouseId: w.id, quantity: 7 }, rep);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const refusedAdjust = await adjust({ productId: product.id, warehouseId: w.id, quantity: -1, reason: 'x' }, rep);
    expect(errorCodes(refusedAdjust)).toEqual(['FORBIDDEN']);
    const read = await gql(fx.url, op('ProductStock'), { id: product.id }, rep);
    expect(read.errors).toBeUndefined();
    expect(read.data!.product.stock).toEqual({ onHand: 7, reserved: 0, available: 7 });
    const anon = await receive({ productId: product.id, warehouseId: w.id, quantity: 1 }, null as never);
    expect(errorCodes(anon)).toEqual(['UNAUTHENTICATED']);
    // HR has no stock:read: the subgraph itself refuses the field, even asked directly.
    const hr = await memberToken(fx.url, fx.owner, Role.HR);
    const hidden = await gql(fx.stack.operations.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id stock { onHand } } } }`, { r: [{ __typename: 'Product', id: product.id }] }, hr);
    expect(errorCodes(hidden)).toEqual(['FORBIDDEN']);
  });

  it('resolves Product.stock for N products with one SQL statement', async () => {
    const w = await warehouse();
    const tenant = fx.owner;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const p = await createProduct(fx.url, tenant.token, { sku: `NPLUS-${i}`, name: `Batch stock ${i}` });
      await receive({ productId: p.id, warehouseId: w.id, quantity: i + 1 });
      ids.push(p.id);
    }
    fx.stack.operationsQueries.length = 0;
    const r = await gql(fx.url, operation('sales', 'Products'), { search: 'Batch stock' }, tenant.token);
    expect(r.data!.products.edges.map((e: any) => e.node.stock.onHand)).toEqual([1, 2, 3, 4, 5]);
    expect(fx.stack.operationsQueries.filter((q) => /from "operations"\."stock_level"/.test(q))).toHaveLength(1);

    fx.stack.operationsQueries.length = 0;
    const direct = await gql(
      fx.stack.operations.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id stock { onHand } stockByWarehouse { warehouse { code } onHand } } } }`,
      { r: ids.map((id) => ({ __typename: 'Product', id })) },
      tenant.token,
    );
    expect(direct.data!._entities.map((e: any) => e.stock.onHand)).toEqual([1, 2, 3, 4, 5]);
    expect(fx.stack.operationsQueries.filter((q) => /from "operations"\."stock_level"/.test(q))).toHaveLength(1);
    expect(fx.stack.operationsQueries.filter((q) => /from "operations"\."warehouse"/.test(q))).toHaveLength(1);
  });
});
