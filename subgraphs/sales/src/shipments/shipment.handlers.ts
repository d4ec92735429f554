import type { ShipmentDelivered, ShipmentShipped } from '@prometric/contracts';
import type { EventHandler } from '@prometric/core';
import { Order } from '../orders/order.entity';
import { OrderStatus } from '../orders/order-status';
import type { OrderService } from '../orders/order.service';

/** Where a shipment event moves its order, and from which statuses. */
const MOVES: Record<(typeof ShipmentShipped | typeof ShipmentDelivered)['type'], { to: OrderStatus; from: OrderStatus[] }> = {
  // Shipping issues reserved stock: an order still CONFIRMED or IN_PRODUCTION had it reserved too
  // (a shipment is made from reservations), so it passes through READY.
  'shipment.shipped': { to: OrderStatus.SHIPPED, from: [OrderStatus.CONFIRMED, OrderStatus.IN_PRODUCTION, OrderStatus.READY] },
  'shipment.delivered': { to: OrderStatus.DELIVERED, from: [OrderStatus.SHIPPED] },
};

/**
 * An order follows its shipments (operations' events). The first shipment shipped makes the order
 * SHIPPED, the first delivered makes it DELIVERED. An order already past that point (a second
 * shipment, a redelivered event) or cancelled is left as it is.
 */
export function orderFollowsShipment(orders: OrderService): EventHandler<typeof ShipmentShipped | typeof ShipmentDelivered> {
  return async (em, event) => {
    const move = MOVES[event.type];
    const { orderId } = event.payload;
    const order = await em.findOne(Order, orderId);
    if (!order || !move.from.includes(order.status)) return;
    if (move.to === OrderStatus.SHIPPED && order.status !== OrderStatus.READY) {
      const ready = await orders.changeIn(em, orderId, OrderStatus.READY);
      if ('errors' in ready) throw new Error(ready.errors.map((e) => e.message).join('; '));
    }
    const moved = await orders.changeIn(em, orderId, move.to);
    if ('errors' in moved) throw new Error(moved.errors.map((e) => e.message).join('; '));
  };
}
