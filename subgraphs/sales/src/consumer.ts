import { ShipmentDelivered, ShipmentShipped, consumes } from '@prometric/contracts';
import { defineConsumer, type EventConsumer } from '@prometric/core';
import { orderFollowsShipment } from './shipments/shipment.handlers';
import type { SalesServices } from './schema';

/** What the `sales` queue consumes: operations' shipments, which orders follow. */
export const SALES_CONSUMER = consumes('sales', [ShipmentShipped, ShipmentDelivered]);

/** The `sales` queue's consumer over the subgraph's services. */
export function salesConsumer(services: SalesServices): EventConsumer {
  const follow = orderFollowsShipment(services.orders);
  return defineConsumer(SALES_CONSUMER, { 'shipment.shipped': follow, 'shipment.delivered': follow });
}
