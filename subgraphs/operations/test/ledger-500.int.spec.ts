import { randomUUID } from 'node:crypto';
import { expectStockConsistent, gql, operation, useStack, type GraphQLResponse } from '@prometric/testing';

const RESERVE = /* GraphQL */ `mutation($input: ReserveStockInput!) { reserveStock(input: $input) { reservations { id } shortage errors { code } } }`;
const RELEASE = /* GraphQL */ `mutation($id: ID!) { releaseReservation(id: $id) { errors { code } } }`;
const ISSUE = /* GraphQL */ `mutation($id: ID!) { issueReservation(id: $id) { errors { code } } }`;
const ADJUST = /* GraphQL */ `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { movement { id } errors { code } } }`;
const CREATE_SHIPMENT = /* GraphQL */ `mutation($input: CreateShipmentInput!) { createShipment(input: $input) { shipment { id } errors { code } } }`;
const PICK = /* GraphQL */ `mutation($id: ID!) { pickShipment(id: $id) { errors { code } } }`;
const SHIP = /* GraphQL */ `mutation($id: ID!, $t: String!) { shipShipment(id: $id, trackingNumber: $t, carrier: "Van") { errors { code } } }`;
const CANCEL = /* GraphQL */ `mutation($id: ID!) { cancelShipment(id: $id) { errors { code } } }`;
const CREATE_SUPPLIER = /* GraphQL */ `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id } errors { code } } }`;
const CREATE_PO = /* GraphQL */ `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id number lines { id productId } } errors { code } } }`;
const SEND_PO = /* GraphQL */ `mutation($id: ID!) { sendPurchaseOrder(id: $id) { errors { code } } }`;
const RECEIVE_PO = /* GraphQL */ `mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { errors { code } } }`;

const STEPS = 500;
const PARALLEL = 5;

/**
 * A seeded random sequence of 500 stock operations — receipts, purchase order receipts, adjustments,
 * reservations, releases, direct issues and whole shipments (create → pick → ship, some cancelled) —
 * on 3 products × 2 warehouses, run through the gateway in batches of 5 concurrent operations. The
 * ledger must come out exact: each level equals its movements, its reserved its RESERVED
 * reservations, every quantityAfter the running sum, and nothing negative.
 */
describe('the stock ledger under 500 random concurrent operations', () => {
  const fx = useStack({ pg: true });

  /** Milliseconds per mutation name, for the figures printed at the end. */
  const timings: Record<string, number[]> = {};
  const call = async (query: string, variables: Record<string, unknown>) => {
    const t = Date.now();
    const r = await gql(fx.url, query, variables, fx.owner.token);
    const k = query.match(/\{\s*(\w+)/)![1];
    (timings[k] ??= []).push(Date.now() - t);
    return r;
  };

  it('keeps every level equal to its ledger and its reservations, with no deadlock and nothing negative', async () => {
    const warehouses: string[] = [];
    for (const code of ['L5-A', 'L5-B']) {
      const r = await call(operation('operations', 'CreateWarehouse'), { code, name: code });
      warehouses.push(r.data!.createWarehouse.warehouse.id);
    }
    const products = [randomUUID(), randomUUID(), randomUUID()];
    const orders = Array.from({ length: 4 }, () => randomUUID());
    const supplierId = (await call(CREATE_SUPPLIER, { input: { name: 'Ledger supplier', currency: 'USD' } })).data!.createSupplier.supplier.id;
    const po = (await call(CREATE_PO, { input: { supplierId, lines: products.map((productId) => ({ productId, quantity: 100_000, unitCost: '1.00' })) } })).data!.createPurchaseOrder.purchaseOrder;
    expect((await call(SEND_PO, { id: po.id })).data!.sendPurchaseOrder.errors).toEqual([]);
    for (const p of products) for (const w of warehouses) expect((await call(operation('operations', 'ReceiveStock'), { input: { productId: p, warehouseId: w, quantity: 10 } })).data!.receiveStock.errors).toEqual([]);

    // mulberry32: a seeded sequence, so a failure replays.
    let seed = 500;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const pick = <T>(xs: readonly T[]): T => xs[random(xs.length)];
    const reservations: string[] = [];
    const counts: Record<string, number> = {};
    const unexpected: unknown[] = [];
    /** Records the outcome; a GraphQL error, or a user error outside `allowed`, is a failure. */
    const check = (kind: string, r: GraphQLResponse, errors: { code: string }[] | undefined, allowed: string[] = []) => {
      const bad = (errors ?? []).filter((e) => !allowed.includes(e.code));
      if (r.errors || !errors || bad.length) unexpected.push({ kind, errors: r.errors, userErrors: errors });
      const outcome = `${kind}:${errors?.length ? errors[0].code : 'ok'}`;
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      return !r.errors && errors?.length === 0;
    };

    const step = async (): Promise<void> => {
      const kind = random(100);
      const productId = pick(products);
      const warehouseId = pick(warehouses);
      if (kind < 14) {
        const r = await call(operation('operations', 'ReceiveStock'), { input: { productId, warehouseId, quantity: 1 + random(6) } });
        check('receive', r, r.data?.receiveStock?.errors);
      } else if (kind < 22) {
        const lineId = po.lines.find((l: { productId: string }) => l.productId === productId).id;
        const r = await call(RECEIVE_PO, { input: { id: po.id, warehouseId, lines: [{ lineId, quantity: 1 + random(5) }], idempotencyKey: random(4) === 0 ? `po-${random(3)}` : null } });
        check('receivePo', r, r.data?.receivePurchaseOrder?.errors);
      } else if (kind < 32) {
        const quantity = random(2) ? 1 + random(3) : -(1 + random(4));
        const r = await call(ADJUST, { input: { productId, warehouseId, quantity, reason: 'Cycle count' } });
        // Removing more than is free is refused, never applied.
        check('adjust', r, r.data?.adjustStock?.errors, ['INSUFFICIENT_STOCK']);
      } else if (kind < 56) {
        const r = await call(RESERVE, { input: { orderId: pick(orders), productId, ...(random(2) ? { warehouseId } : {}), quantity: 1 + random(4) } });
        if (check('reserve', r, r.data?.reserveStock?.errors)) reservations.push(...r.data!.reserveStock.reservations.map((x: { id: string }) => x.id));
      } else if (kind < 66 && reservations.length) {
        const r = await call(RELEASE, { id: pick(reservations) });
        check('release', r, r.data?.releaseReservation?.errors, ['INVALID_TRANSITION']);
      } else if (kind < 74 && reservations.length) {
        const r = await call(ISSUE, { id: pick(reservations) });
        check('issue', r, r.data?.issueReservation?.errors, ['INVALID_TRANSITION']);
      } else {
        // A whole shipment of what an order has reserved in a warehouse. Concurrent steps may take
        // the same reservations first (CONFLICT), leave none (INVALID) or release one meanwhile.
        const created = await call(CREATE_SHIPMENT, { input: { orderId: pick(orders), warehouseId } });
        if (!check('createShipment', created, created.data?.createShipment?.errors, ['INVALID', 'CONFLICT'])) return;
        const id = created.data!.createShipment.shipment.id;
        const picked = await call(PICK, { id });
        check('pick', picked, picked.data?.pickShipment?.errors);
        if (random(6) === 0) {
          const cancelled = await call(CANCEL, { id });
          check('cancelShipment', cancelled, cancelled.data?.cancelShipment?.errors);
          return;
        }
        const shipped = await call(SHIP, { id, t: `T-${id.slice(0, 8)}` });
        check('ship', shipped, shipped.data?.shipShipment?.errors, ['INVALID_TRANSITION']);
      }
    };

    const started = Date.now();
    for (let done = 0; done < STEPS; done += PARALLEL) await Promise.all(Array.from({ length: PARALLEL }, step));
    const elapsed = Date.now() - started;
    expect(unexpected).toEqual([]);
    // The mix really exercised every path.
    for (const outcome of ['receive:ok', 'receivePo:ok', 'adjust:ok', 'reserve:ok', 'release:ok', 'issue:ok', 'createShipment:ok', 'ship:ok', 'cancelShipment:ok']) {
      expect([outcome, counts[outcome] ?? 0]).not.toEqual([outcome, 0]);
    }
    console.log(`ledger-500: ${STEPS} operations in ${elapsed} ms`, counts, Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, [v.length, Math.round(v.reduce((a, b) => a + b, 0) / v.length), Math.max(...v)]])));

    // Each level equals its movements and its reserved its RESERVED reservations, every quantityAfter
    // is the running sum, nothing is negative.
    const { movements } = await expectStockConsistent(fx.pg, products, { levels: products.length * warehouses.length });
    expect(movements).toBeGreaterThan(STEPS / 4);
    // Every ISSUED reservation left exactly its ISSUE movement.
    const { rows: issues } = await fx.pg.query(
      `select l.product_id, l.warehouse_id,
         (select coalesce(sum(r.quantity), 0)::int from operations.reservation r where r.product_id = l.product_id and r.warehouse_id = l.warehouse_id and r.status = 'ISSUED') as issued,
         (select coalesce(-sum(m.quantity), 0)::int from operations.stock_movement m where m.product_id = l.product_id and m.warehouse_id = l.warehouse_id and m.type = 'ISSUE') as issue_movements
       from operations.stock_level l where l.product_id = any($1)`,
      [products],
    );
    expect(issues).toHaveLength(products.length * warehouses.length);
    for (const l of issues) {
      const at = `${l.product_id} @ ${l.warehouse_id}`;
      expect([at, l.issued]).toEqual([at, l.issue_movements]);
    }
    // Shipped shipments issued exactly their reservations; no reservation is in two live shipments.
    const { rows: shipments } = await fx.pg.query(
      `select count(*) filter (where s.status = 'SHIPPED' and r.status <> 'ISSUED')::int as unissued,
              count(*) filter (where s.status = 'SHIPPED')::int as shipped_lines
       from operations.shipment s join operations.shipment_line sl on sl.shipment_id = s.id join operations.reservation r on r.id = sl.reservation_id
       where s.order_id = any($1)`,
      [orders],
    );
    expect(shipments[0].unissued).toBe(0);
    expect(shipments[0].shipped_lines).toBeGreaterThan(0);
    const { rows: doubled } = await fx.pg.query(
      `select sl.reservation_id from operations.shipment_line sl join operations.shipment s on s.id = sl.shipment_id
       where s.order_id = any($1) and s.status <> 'CANCELLED' group by sl.reservation_id having count(*) > 1`,
      [orders],
    );
    expect(doubled).toEqual([]);
    // The purchase order counted exactly what its RECEIPT movements brought in.
    const { rows: po2 } = await fx.pg.query(
      `select l.product_id, l.received_quantity,
         (select coalesce(sum(m.quantity), 0)::int from operations.stock_movement m where m.product_id = l.product_id and m.reference = $2) as receipts
       from operations.purchase_order_line l where l.purchase_order_id = $1`,
      [po.id, po.number],
    );
    for (const l of po2) expect(l.received_quantity).toBe(l.receipts);
  }, 60_000);
});
