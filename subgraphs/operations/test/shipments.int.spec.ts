import { randomUUID } from 'node:crypto';
import { Role } from '@prometric/core';
import { createCustomer, createOrder, createProduct, createWarehouse, errorCodes, expectStockConsistent, gql, memberToken, receiveStock, signUpTenant, useStack } from '@prometric/testing';

const RESERVE = /* GraphQL */ `
  mutation($input: ReserveStockInput!) { reserveStock(input: $input) { reservations { id quantity status } shortage errors { code field message } } }`;
const SHIPMENT_FIELDS = 'id number status orderId trackingNumber carrier pickedAt shippedAt deliveredAt cancelledAt version warehouse { id } lines { quantity product { id } reservation { id status } }';
const CREATE = /* GraphQL */ `
  mutation($input: CreateShipmentInput!) { createShipment(input: $input) { shipment { ${SHIPMENT_FIELDS} } errors { code field message } } }`;
const PICK = /* GraphQL */ `mutation($id: ID!) { pickShipment(id: $id) { shipment { id status version } errors { code field message } } }`;
const SHIP = /* GraphQL */ `
  mutation($id: ID!, $t: String!, $c: String!) { shipShipment(id: $id, trackingNumber: $t, carrier: $c) { shipment { ${SHIPMENT_FIELDS} } errors { code field message } } }`;
const DELIVER = /* GraphQL */ `mutation($id: ID!) { deliverShipment(id: $id) { shipment { id status deliveredAt } errors { code field message } } }`;
const CANCEL = /* GraphQL */ `mutation($id: ID!) { cancelShipment(id: $id) { shipment { id status } errors { code field message } } }`;
const ORDER_SHIPMENTS = /* GraphQL */ `query($id: ID!) { order(id: $id) { id number shipments { id status trackingNumber } } }`;

type Level = { on_hand: number; reserved: number };

describe('shipments through the gateway', () => {
  const fx = useStack({ pg: true });
  let customerId: string;

  beforeAll(async () => {
    customerId = (await createCustomer(fx.url, fx.owner.token)).id;
  });

  const warehouse = (token = fx.owner.token) => createWarehouse(fx.url, token);
  const receive = (productId: string, warehouseId: string, quantity: number, token = fx.owner.token) => receiveStock(fx.url, token, { productId, warehouseId, quantity });
  /** A sales order of `quantities.length` new products, each received into `w` and reserved there in full. */
  const reservedOrder = async (w: { id: string }, quantities: number[], token = fx.owner.token, customer = customerId) => {
    const products = [];
    for (const _ of quantities) products.push(await createProduct(fx.url, token));
    const r = await createOrder(fx.url, token, customer, products.map((p, i) => ({ productId: p.id, quantity: quantities[i] })));
    const order = r.data?.createOrder?.order as { id: string; number: string };
    if (!order) throw new Error(`createOrder failed: ${JSON.stringify(r)}`);
    const reservations: string[] = [];
    for (const [i, p] of products.entries()) {
      await receive(p.id, w.id, quantities[i] + 10, token);
      const res = await gql(fx.url, RESERVE, { input: { orderId: order.id, productId: p.id, warehouseId: w.id, quantity: quantities[i] } }, token);
      expect(res.data!.reserveStock.shortage).toBe(0);
      reservations.push(res.data!.reserveStock.reservations[0].id);
    }
    return { order, products, reservations };
  };
  const levels = async (productId: string): Promise<Record<string, Level>> => {
    const { rows } = await fx.pg.query('select warehouse_id, on_hand, reserved from operations.stock_level where product_id = $1', [productId]);
    return Object.fromEntries(rows.map((r) => [r.warehouse_id, { on_hand: r.on_hand, reserved: r.reserved }]));
  };
  const shipmentState = async (id: string) => {
    const s = await fx.pg.query('select status, version, tracking_number from operations.shipment where id = $1', [id]);
    const e = await fx.pg.query('select type from operations.outbox_event where aggregate_id = $1 order by created_at', [id]);
    return { shipment: s.rows[0], events: e.rows.map((r) => r.type) };
  };

  it('creates, picks, ships and delivers: stock is issued once through the ledger, events are recorded and the order shows the shipment', async () => {
    const w = await warehouse();
    const { order, products, reservations } = await reservedOrder(w, [3, 2]);
    const created = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id, idempotencyKey: `sh-${order.id}` } }, fx.owner.token);
    expect(created.errors).toBeUndefined();
    const s = created.data!.createShipment.shipment;
    expect(created.data!.createShipment.errors).toEqual([]);
    expect(s).toMatchObject({ number: expect.stringMatching(/^SH-\d{4}-\d{6}$/), status: 'PENDING', orderId: order.id, trackingNumber: null, warehouse: { id: w.id }, version: 1 });
    expect(s.lines.map((l: any) => [l.product.id, l.quantity, l.reservation.status]).sort()).toEqual(
      [
        [products[0].id, 3, 'RESERVED'],
        [products[1].id, 2, 'RESERVED'],
      ].sort(),
    );
    // A retry with the same key returns the same shipment and creates nothing.
    const retry = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id, idempotencyKey: `sh-${order.id}` } }, fx.owner.token);
    expect(retry.data!.createShipment.shipment.id).toBe(s.id);
    expect((await fx.pg.query('select count(*)::int as n from operations.shipment where order_id = $1', [order.id])).rows[0].n).toBe(1);
    // The same reservations cannot go into a second shipment while this one is not cancelled.
    const twice = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id } }, fx.owner.token);
    expect(twice.data!.createShipment).toEqual({ shipment: null, errors: [expect.objectContaining({ code: 'INVALID', field: ['orderId'] })] });
    const explicit = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id, lines: [{ reservationId: reservations[0] }] } }, fx.owner.token);
    expect(explicit.data!.createShipment.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['lines', '0', 'reservationId'] })]);

    expect((await gql(fx.url, PICK, { id: s.id }, fx.owner.token)).data!.pickShipment).toEqual({ shipment: { id: s.id, status: 'PICKED', version: 2 }, errors: [] });
    const shipped = await gql(fx.url, SHIP, { id: s.id, t: 'TRK-1', c: 'DHL' }, fx.owner.token);
    expect(shipped.data!.shipShipment.errors).toEqual([]);
    expect(shipped.data!.shipShipment.shipment).toMatchObject({ status: 'SHIPPED', trackingNumber: 'TRK-1', carrier: 'DHL', shippedAt: expect.any(String), version: 3 });
    expect(shipped.data!.shipShipment.shipment.lines.map((l: any) => l.reservation.status)).toEqual(['ISSUED', 'ISSUED']);

    expect(await levels(products[0].id)).toEqual({ [w.id]: { on_hand: 10, reserved: 0 } });
    expect(await levels(products[1].id)).toEqual({ [w.id]: { on_hand: 10, reserved: 0 } });
    const ledger = await fx.pg.query('select type, quantity, quantity_after, reference from operations.stock_movement where product_id = $1 order by seq', [products[0].id]);
    expect(ledger.rows).toEqual([
      { type: 'RECEIPT', quantity: 13, quantity_after: 13, reference: null },
      { type: 'ISSUE', quantity: -3, quantity_after: 10, reference: s.number },
    ]);
    await expectStockConsistent(fx.pg, products.map((p) => p.id));
    const issued = await fx.pg.query(`select type from operations.outbox_event where aggregate_id = any($1) and type = 'stock.issued'`, [reservations]);
    expect(issued.rows).toHaveLength(2);
    const event = await fx.pg.query(`select aggregate_type, payload from operations.outbox_event where aggregate_id = $1 and type = 'shipment.shipped'`, [s.id]);
    expect(event.rows).toEqual([
      {
        aggregate_type: 'Shipment',
        payload: { id: s.id, number: s.number, orderId: order.id, warehouseId: w.id, trackingNumber: 'TRK-1', lines: expect.arrayContaining([{ productId: products[0].id, quantity: 3 }, { productId: products[1].id, quantity: 2 }]) },
      },
    ]);

    const read = await gql(fx.url, ORDER_SHIPMENTS, { id: order.id }, fx.owner.token);
    expect(read.errors).toBeUndefined();
    expect(read.data!.order).toEqual({ id: order.id, number: order.number, shipments: [{ id: s.id, status: 'SHIPPED', trackingNumber: 'TRK-1' }] });

    const delivered = await gql(fx.url, DELIVER, { id: s.id }, fx.owner.token);
    expect(delivered.data!.deliverShipment).toEqual({ shipment: { id: s.id, status: 'DELIVERED', deliveredAt: expect.any(String) }, errors: [] });
    const state = await shipmentState(s.id);
    expect(state.events).toEqual(['shipment.shipped', 'shipment.delivered']);
    const deliveredEvent = await fx.pg.query(`select payload from operations.outbox_event where aggregate_id = $1 and type = 'shipment.delivered'`, [s.id]);
    expect(deliveredEvent.rows[0].payload).toEqual(event.rows[0].payload);
    // Delivering did not move stock.
    for (const p of products) expect(await levels(p.id)).toEqual({ [w.id]: { on_hand: 10, reserved: 0 } });
  });

  it('refuses illegal transitions with INVALID_TRANSITION and changes nothing', async () => {
    const w = await warehouse();
    const { order, products, reservations } = await reservedOrder(w, [4]);
    const s = (await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id } }, fx.owner.token)).data!.createShipment.shipment;
    const before = await shipmentState(s.id);
    // PENDING cannot ship nor deliver.
    const early = await gql(fx.url, SHIP, { id: s.id, t: 'T', c: 'C' }, fx.owner.token);
    expect(early.data!.shipShipment).toEqual({ shipment: null, errors: [{ code: 'INVALID_TRANSITION', field: ['id'], message: expect.stringContaining('PENDING') }] });
    expect((await gql(fx.url, DELIVER, { id: s.id }, fx.owner.token)).data!.deliverShipment.errors[0].code).toBe('INVALID_TRANSITION');
    expect(await shipmentState(s.id)).toEqual(before);
    expect(await levels(products[0].id)).toEqual({ [w.id]: { on_hand: 14, reserved: 4 } });
    // Bad ship input is refused field by field.
    await gql(fx.url, PICK, { id: s.id }, fx.owner.token);
    const blank = await gql(fx.url, SHIP, { id: s.id, t: ' ', c: '' }, fx.owner.token);
    expect(blank.data!.shipShipment.errors.map((e: any) => [e.code, e.field[0]])).toEqual([
      ['REQUIRED', 'trackingNumber'],
      ['REQUIRED', 'carrier'],
    ]);
    expect((await gql(fx.url, PICK, { id: s.id }, fx.owner.token)).data!.pickShipment.errors[0].code).toBe('INVALID_TRANSITION');
    // Cancelled from PICKED: final, and the reservation is free to ship again.
    expect((await gql(fx.url, CANCEL, { id: s.id }, fx.owner.token)).data!.cancelShipment).toEqual({ shipment: { id: s.id, status: 'CANCELLED' }, errors: [] });
    for (const [q, f] of [
      [PICK, 'pickShipment'],
      [CANCEL, 'cancelShipment'],
      [DELIVER, 'deliverShipment'],
    ] as const) {
      expect((await gql(fx.url, q, { id: s.id }, fx.owner.token)).data![f].errors[0].code).toBe('INVALID_TRANSITION');
    }
    expect((await gql(fx.url, SHIP, { id: s.id, t: 'T', c: 'C' }, fx.owner.token)).data!.shipShipment.errors[0].code).toBe('INVALID_TRANSITION');
    expect(await levels(products[0].id)).toEqual({ [w.id]: { on_hand: 14, reserved: 4 } });
    expect((await fx.pg.query('select status from operations.reservation where id = $1', [reservations[0]])).rows[0].status).toBe('RESERVED');
    const again = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id, lines: [{ reservationId: reservations[0], quantity: 4 }] } }, fx.owner.token);
    expect(again.data!.createShipment.errors).toEqual([]);
    // A shipped shipment cannot be cancelled.
    const s2 = again.data!.createShipment.shipment.id;
    await gql(fx.url, PICK, { id: s2 }, fx.owner.token);
    expect((await gql(fx.url, SHIP, { id: s2, t: 'T2', c: 'UPS' }, fx.owner.token)).data!.shipShipment.errors).toEqual([]);
    expect((await gql(fx.url, CANCEL, { id: s2 }, fx.owner.token)).data!.cancelShipment.errors[0].code).toBe('INVALID_TRANSITION');
    expect(await levels(products[0].id)).toEqual({ [w.id]: { on_hand: 10, reserved: 0 } });
    await expectStockConsistent(fx.pg, products[0].id);
  });

  it('refuses bad shipment input line by line and writes nothing', async () => {
    const w = await warehouse();
    const other = await warehouse();
    const { order, reservations } = await reservedOrder(w, [2, 1]);
    const { reservations: foreign } = await reservedOrder(w, [1]);
    const count = async () => (await fx.pg.query('select count(*)::int as n from operations.shipment where order_id = $1', [order.id])).rows[0].n;
    const r = await gql(
      fx.url,
      CREATE,
      { input: { orderId: order.id, warehouseId: w.id, lines: [{ reservationId: reservations[0], quantity: 1 }, { reservationId: foreign[0] }, { reservationId: randomUUID() }] } },
      fx.owner.token,
    );
    expect(r.data!.createShipment.errors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'lines.0.quantity'],
      ['INVALID', 'lines.1.reservationId'],
      ['NOT_FOUND', 'lines.2.reservationId'],
    ]);
    const wrongWarehouse = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: other.id, lines: [{ reservationId: reservations[1] }] } }, fx.owner.token);
    expect(wrongWarehouse.data!.createShipment.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['lines', '0', 'reservationId'] })]);
    const noWarehouse = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: randomUUID() } }, fx.owner.token);
    expect(noWarehouse.data!.createShipment.errors).toEqual([{ code: 'NOT_FOUND', field: ['warehouseId'], message: 'Warehouse not found' }]);
    const dup = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id, lines: [{ reservationId: reservations[0] }, { reservationId: reservations[0] }] } }, fx.owner.token);
    expect(dup.data!.createShipment.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['lines', '1', 'reservationId'] })]);
    expect(await count()).toBe(0);
    expect((await fx.pg.query('select count(*)::int as n from operations.shipment_line where reservation_id = any($1)', [reservations])).rows[0].n).toBe(0);
  });

  it('issues once when the same shipment is shipped concurrently', async () => {
    const w = await warehouse();
    const { order, products, reservations } = await reservedOrder(w, [5]);
    const s = (await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id } }, fx.owner.token)).data!.createShipment.shipment;
    await gql(fx.url, PICK, { id: s.id }, fx.owner.token);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(fx.url, SHIP, { id: s.id, t: `TRK-${i}`, c: 'DHL' }, fx.owner.token)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ok = results.filter((r) => r.data!.shipShipment.errors.length === 0);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.data!.shipShipment.errors[0]?.code === 'INVALID_TRANSITION')).toHaveLength(5);
    expect(await levels(products[0].id)).toEqual({ [w.id]: { on_hand: 10, reserved: 0 } });
    const issues = await fx.pg.query(`select count(*)::int as n from operations.stock_movement where product_id = $1 and type = 'ISSUE'`, [products[0].id]);
    expect(issues.rows[0].n).toBe(1);
    expect((await shipmentState(s.id)).events).toEqual(['shipment.shipped']);
    expect((await fx.pg.query('select status from operations.reservation where id = $1', [reservations[0]])).rows[0].status).toBe('ISSUED');
    await expectStockConsistent(fx.pg, products[0].id);
  });

  it('puts a reservation in one shipment when several shipments race for it', async () => {
    const w = await warehouse();
    const { order, reservations } = await reservedOrder(w, [3]);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id, ...(i % 2 ? { lines: [{ reservationId: reservations[0] }] } : {}) } }, fx.owner.token)),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.filter((r) => r.data!.createShipment.errors.length === 0)).toHaveLength(1);
    // The losers were refused as taken (explicit line) or as nothing left to ship (lines omitted).
    expect(results.flatMap((r) => r.data!.createShipment.errors.map((e: any) => e.code)).every((c: string) => c === 'CONFLICT' || c === 'INVALID')).toBe(true);
    const { rows } = await fx.pg.query('select count(*)::int as n from operations.shipment_line where reservation_id = $1', [reservations[0]]);
    expect(rows[0].n).toBe(1);
    expect((await fx.pg.query('select count(*)::int as n from operations.shipment where order_id = $1', [order.id])).rows[0].n).toBe(1);
  });

  it('refuses to ship a shipment whose reservation was released meanwhile, and changes nothing', async () => {
    const w = await warehouse();
    const { order, products, reservations } = await reservedOrder(w, [2]);
    const s = (await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id } }, fx.owner.token)).data!.createShipment.shipment;
    await gql(fx.url, PICK, { id: s.id }, fx.owner.token);
    await gql(fx.url, `mutation($id: ID!) { releaseReservation(id: $id) { errors { code } } }`, { id: reservations[0] }, fx.owner.token);
    const r = await gql(fx.url, SHIP, { id: s.id, t: 'T', c: 'C' }, fx.owner.token);
    expect(r.data!.shipShipment.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect((await shipmentState(s.id)).shipment).toEqual({ status: 'PICKED', version: 2, tracking_number: null });
    expect(await levels(products[0].id)).toEqual({ [w.id]: { on_hand: 12, reserved: 0 } });
    await expectStockConsistent(fx.pg, products[0].id);
  });

  it('resolves Order.shipments for N orders with one SQL statement', async () => {
    const tenant = await signUpTenant(fx.url);
    const w = await warehouse(tenant.token);
    const customer = await createCustomer(fx.url, tenant.token);
    for (let i = 0; i < 3; i++) {
      const { order } = await reservedOrder(w, [i + 1], tenant.token, customer.id);
      expect((await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id } }, tenant.token)).data!.createShipment.errors).toEqual([]);
    }
    fx.stack.operationsQueries.length = 0;
    const r = await gql(fx.url, `{ orders(first: 10) { edges { node { id shipments { id status trackingNumber } } } } }`, {}, tenant.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.orders.edges.map((e: any) => e.node.shipments.map((s: any) => s.status)).flat()).toEqual(['PENDING', 'PENDING', 'PENDING']);
    expect(fx.stack.operationsQueries.filter((q) => /from "operations"\."shipment"/.test(q))).toHaveLength(1);
  });

  it("treats another tenant's shipment as unknown, shows none of it, and needs stock:write to change one", async () => {
    const w = await warehouse();
    const { order } = await reservedOrder(w, [1]);
    const s = (await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id } }, fx.owner.token)).data!.createShipment.shipment;
    const other = await signUpTenant(fx.url);
    for (const [q, f] of [
      [PICK, 'pickShipment'],
      [CANCEL, 'cancelShipment'],
      [DELIVER, 'deliverShipment'],
    ] as const) {
      expect((await gql(fx.url, q, { id: s.id }, other.token)).data![f].errors).toEqual([{ code: 'NOT_FOUND', field: ['id'], message: 'Shipment not found' }]);
    }
    const theirs = await gql(fx.url, `query($id: ID!) { shipment(id: $id) { id } shipments(first: 50) { totalCount } }`, { id: s.id }, other.token);
    expect(theirs.data?.shipments?.totalCount ?? 0).toBe(0);
    expect(theirs.data?.shipment ?? null).toBeNull();
    const entities = await gql(fx.stack.operations.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id shipments { id } } } }`, { r: [{ __typename: 'Order', id: order.id }] }, other.token);
    expect(entities.data!._entities).toEqual([{ id: order.id, shipments: [] }]);
    const wrongTenantCreate = await gql(fx.url, CREATE, { input: { orderId: order.id, warehouseId: w.id } }, other.token);
    expect(wrongTenantCreate.data!.createShipment.errors[0].code).toBe('NOT_FOUND');
    expect((await shipmentState(s.id)).shipment.status).toBe('PENDING');

    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    expect(errorCodes(await gql(fx.url, PICK, { id: s.id }, rep))).toEqual(['FORBIDDEN']);
    const read = await gql(fx.url, ORDER_SHIPMENTS, { id: order.id }, rep);
    expect(read.errors).toBeUndefined();
    expect(read.data!.order.shipments).toEqual([{ id: s.id, status: 'PENDING', trackingNumber: null }]);
    const hr = await memberToken(fx.url, fx.owner, Role.HR);
    const hidden = await gql(fx.stack.operations.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id shipments { id } } } }`, { r: [{ __typename: 'Order', id: order.id }] }, hr);
    expect(errorCodes(hidden)).toEqual(['FORBIDDEN']);
  });
});
