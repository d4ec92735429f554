import { randomUUID } from 'node:crypto';
import { outboxRowToEvent } from '@prometric/core';
import { createCustomer, createOrder, createProduct, createWarehouse, deliverAgain, eventually, gql, operation, receiveStock, useStack } from '@prometric/testing';

/** An order follows its shipments: operations' shipment events, consumed by sales' `sales` queue. */
describe('order fulfilment status through the real gateway', () => {
  const fx = useStack({ pg: true });
  let warehouseId: string;

  beforeAll(async () => {
    warehouseId = (await createWarehouse(fx.url, fx.owner.token, { code: `F-${randomUUID().slice(0, 6)}`, name: 'Dispatch' })).id;
  });

  const m = (query: string, variables: Record<string, unknown>, token = fx.owner.token) => gql(fx.url, query, variables, token);
  const statusOf = async (id: string) => (await m(`query($id: ID!) { order(id: $id) { status version } }`, { id })).data!.order as { status: string; version: number };
  const until = (id: string, status: string) => eventually(`order ${id} ${status}`, () => statusOf(id), (o) => o.status === status, { timeoutMs: 15_000 });

  /** A confirmed order of `quantity` units, reserved in the warehouse, and a shipment for it. */
  const reservedOrderWithShipment = async (quantity: number, ready: boolean) => {
    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token, { price: '5.00' });
    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId, quantity });
    const order = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity }])).data!.createOrder.order;
    expect((await m(`mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id: order.id })).data!.confirmOrder.errors).toEqual([]);
    const lineId = (await m(`query($id: ID!) { order(id: $id) { lines { id } } }`, { id: order.id })).data!.order.lines[0].id;
    const reserved = await m(`mutation($input: ReserveStockInput!) { reserveStock(input: $input) { shortage errors { code } } }`, {
      input: { orderId: order.id, orderLineId: lineId, productId: product.id, warehouseId, quantity },
    });
    expect(reserved.data!.reserveStock).toEqual({ shortage: 0, errors: [] });
    if (ready) expect((await m(`mutation($id: ID!) { markOrderReady(id: $id) { order { status } errors { code } } }`, { id: order.id })).data!.markOrderReady.order.status).toBe('READY');
    const shipment = await m(`mutation($input: CreateShipmentInput!) { createShipment(input: $input) { shipment { id status } errors { code message } } }`, { input: { orderId: order.id, warehouseId } });
    expect(shipment.data!.createShipment.errors).toEqual([]);
    return { orderId: order.id as string, shipmentId: shipment.data!.createShipment.shipment.id as string, productId: product.id };
  };
  const ship = async (shipmentId: string) => {
    expect((await m(`mutation($id: ID!) { pickShipment(id: $id) { errors { code } } }`, { id: shipmentId })).data!.pickShipment.errors).toEqual([]);
    const shipped = await m(`mutation($id: ID!) { shipShipment(id: $id, trackingNumber: "TRK-1", carrier: "DHL") { shipment { status trackingNumber } errors { code } } }`, { id: shipmentId });
    expect(shipped.data!.shipShipment).toEqual({ shipment: { status: 'SHIPPED', trackingNumber: 'TRK-1' }, errors: [] });
  };

  it('a READY order becomes SHIPPED when its shipment ships and DELIVERED when it is delivered; the contract Order shows the shipment', async () => {
    const { orderId, shipmentId, productId } = await reservedOrderWithShipment(3, true);
    await ship(shipmentId);
    await until(orderId, 'SHIPPED');
    const o = (await m(operation('sales', 'Order'), { id: orderId })).data!.order;
    expect(o.shipments).toEqual([{ id: shipmentId, status: 'SHIPPED', trackingNumber: 'TRK-1' }]);
    expect((await m(operation('operations', 'ProductStock'), { id: productId })).data!.product.stock).toEqual({ onHand: 0, reserved: 0, available: 0 });
    expect((await m(`mutation($id: ID!) { deliverShipment(id: $id) { errors { code } } }`, { id: shipmentId })).data!.deliverShipment.errors).toEqual([]);
    await until(orderId, 'DELIVERED');
    // A shipped order can no longer be cancelled.
    const cancel = await m(operation('sales', 'CancelOrder'), { id: orderId });
    expect(cancel.data!.cancelOrder.errors.map((e: { code: string }) => e.code)).toEqual(['INVALID_TRANSITION']);
  });

  it('an order still CONFIRMED passes through READY to SHIPPED, each step an order.updated event', async () => {
    const { orderId, shipmentId } = await reservedOrderWithShipment(2, false);
    const before = await statusOf(orderId);
    expect(before.status).toBe('CONFIRMED');
    await ship(shipmentId);
    const after = await until(orderId, 'SHIPPED');
    expect(after.version).toBe(before.version + 2);
  });

  it('a redelivered shipment event changes nothing', async () => {
    const { orderId, shipmentId } = await reservedOrderWithShipment(1, true);
    await ship(shipmentId);
    const shipped = await until(orderId, 'SHIPPED');
    // The same event again under another job id, as a duplicate delivery would bring it.
    const { rows } = await fx.pg.query(`select * from "operations"."outbox_event" where "type" = 'shipment.shipped' and "payload"->>'orderId' = $1`, [orderId]);
    expect(rows).toHaveLength(1);
    const event = outboxRowToEvent(rows[0]);
    expect(await deliverAgain('sales', event, `duplicate-${event.id}`)).toBe('duplicate');
    expect(await statusOf(orderId)).toEqual(shipped);
  });
});
