import { randomUUID } from 'node:crypto';
import { consumeEvent, type DomainEvent } from '@prometric/core';
import { OPERATIONS_SCHEMA, createOperationsServices, operationsConsumer } from '@prometric/operations';
import { ComponentsUnavailableError } from '../src/production-stock/production-stock.handlers';
import { createProduct, createWarehouse, gql, receiveStock, useStack } from '@prometric/testing';

const STOCK = /* GraphQL */ `query($id: ID!) { product(id: $id) { id stock { onHand reserved available } } }`;

/**
 * Operations' consumer of production events, driven directly with `consumeEvent` (the function the
 * BullMQ worker runs) so deliveries can be repeated and reordered at will; stock is read back through
 * the gateway.
 */
describe('production events move stock exactly once', () => {
  const fx = useStack({ pg: true });

  const deliver = (event: DomainEvent) => consumeEvent(fx.stack.operations.orm, { consumer: operationsConsumer(createOperationsServices()), schema: OPERATIONS_SCHEMA }, event);
  const product = async () => (await createProduct(fx.url, fx.owner.token)).id;
  const warehouse = async () => (await createWarehouse(fx.url, fx.owner.token)).id;
  const receive = (productId: string, warehouseId: string, quantity: number) => receiveStock(fx.url, fx.owner.token, { productId, warehouseId, quantity });
  const stock = async (productId: string) => (await gql(fx.url, STOCK, { id: productId }, fx.owner.token)).data!.product.stock as { onHand: number; reserved: number };
  /** A production event of the owner's workspace, as production's outbox would carry it. */
  const event = (type: string, version: number, payload: Record<string, unknown>): DomainEvent => ({
    id: randomUUID(),
    type,
    schemaVersion: 1,
    aggregateType: 'ProductionOrder',
    aggregateId: payload.id as string,
    aggregateVersion: version,
    organizationId: fx.owner.organizationId,
    workspaceId: fx.owner.workspaceId,
    actorId: fx.owner.userId,
    occurredAt: new Date().toISOString(),
    payload,
  });
  const setup = async (components: { have: number; need: number }[], quantity = 2) => {
    const w = await warehouse();
    const [p, ...ids] = await Promise.all([product(), ...components.map(() => product())]);
    for (const [i, c] of components.entries()) if (c.have) await receive(ids[i], w, c.have);
    const payload = {
      id: randomUUID(),
      number: `MO-TEST-${randomUUID().slice(0, 6)}`,
      status: 'RELEASED',
      productId: p,
      quantity,
      warehouseId: w,
      orderId: null,
      orderLineId: null,
      components: components.map((c, i) => ({ productId: ids[i], quantity: c.need })),
    };
    return { w, p, ids, payload };
  };
  const outputEvents = async (moId: string) =>
    (await fx.pg.query(`select payload from operations.outbox_event where type = 'production.output_received' and aggregate_id = $1`, [moId])).rows;

  it('applies a redelivered released or completed event once', async () => {
    const { p, ids: [a], payload } = await setup([{ have: 10, need: 4 }]);
    const released = event('production.released', 2, payload);
    expect(await deliver(released)).toBe('applied');
    expect(await deliver(released)).toBe('duplicate');
    expect(await stock(a)).toMatchObject({ onHand: 10, reserved: 4 });

    const completed = event('production.completed', 4, { ...payload, status: 'COMPLETED' });
    expect(await deliver(completed)).toBe('applied');
    expect(await deliver(completed)).toBe('duplicate');
    expect(await stock(a)).toMatchObject({ onHand: 6, reserved: 0 });
    expect(await stock(p)).toMatchObject({ onHand: 2, reserved: 0 });
    expect(await outputEvents(payload.id)).toHaveLength(1);
    const { rows } = await fx.pg.query(`select count(*)::int as n from operations.stock_movement where reference = $1`, [payload.number]);
    expect(rows[0].n).toBe(2);
  });

  it('refuses (throws, for a retry) a completion whose components are not in stock, changing nothing, then applies the retry once stock arrives', async () => {
    const { w, p, ids: [a, b], payload } = await setup([{ have: 5, need: 2 }, { have: 1, need: 3 }]);
    const completed = event('production.completed', 4, { ...payload, status: 'COMPLETED' });
    await expect(deliver(completed)).rejects.toBeInstanceOf(ComponentsUnavailableError);
    expect(await stock(a)).toMatchObject({ onHand: 5, reserved: 0 });
    expect(await stock(b)).toMatchObject({ onHand: 1, reserved: 0 });
    expect(await stock(p)).toMatchObject({ onHand: 0 });
    expect((await fx.pg.query(`select count(*)::int as n from operations.processed_message where event_id = $1`, [completed.id])).rows[0].n).toBe(0);
    expect(await outputEvents(payload.id)).toHaveLength(0);

    await receive(b, w, 2);
    expect(await deliver(completed)).toBe('applied');
    expect(await stock(a)).toMatchObject({ onHand: 3, reserved: 0 });
    expect(await stock(b)).toMatchObject({ onHand: 0, reserved: 0 });
    expect(await stock(p)).toMatchObject({ onHand: 2 });
    expect(await outputEvents(payload.id)).toHaveLength(1);
  });

  it('skips a released event that arrives after the cancellation or the completion', async () => {
    const cancelledFirst = await setup([{ have: 10, need: 3 }]);
    expect(await deliver(event('production.cancelled', 3, { ...cancelledFirst.payload, status: 'CANCELLED', reason: null }))).toBe('applied');
    expect(await deliver(event('production.released', 2, cancelledFirst.payload))).toBe('applied');
    expect(await stock(cancelledFirst.ids[0])).toMatchObject({ onHand: 10, reserved: 0 });

    const completedFirst = await setup([{ have: 10, need: 3 }]);
    expect(await deliver(event('production.completed', 4, { ...completedFirst.payload, status: 'COMPLETED' }))).toBe('applied');
    expect(await deliver(event('production.released', 2, completedFirst.payload))).toBe('applied');
    expect(await stock(completedFirst.ids[0])).toMatchObject({ onHand: 7, reserved: 0 });
    expect(await stock(completedFirst.p)).toMatchObject({ onHand: 2 });
    const { rows } = await fx.pg.query(`select count(*)::int as n from operations.reservation where production_order_id = $1`, [completedFirst.payload.id]);
    expect(rows[0].n).toBe(0);
  });

  it('keeps reservations for production orders apart from sales orders: exactly one owner per reservation', async () => {
    const w = await warehouse();
    const a = await product();
    await expect(
      fx.pg.query(
        `insert into operations.reservation (id, organization_id, workspace_id, order_id, production_order_id, product_id, warehouse_id, quantity, status, request_id)
         values ($1, $2, $3, $4, $5, $6, $7, 1, 'RESERVED', $8)`,
        [randomUUID(), fx.owner.organizationId, fx.owner.workspaceId, randomUUID(), randomUUID(), a, w, randomUUID()],
      ),
    ).rejects.toThrow(/reservation_owner_check/);
  });
});
