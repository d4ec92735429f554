import { ProductionCancelled, ProductionCompleted, ProductionReleased, StockAdjusted, StockIssued, StockReserved, consumes } from '@prometric/contracts';
import { defineConsumer, type EventConsumer } from '@prometric/core';
import { ProductionStockHandlers } from './production-stock/production-stock.handlers';
import { reorderCheckHandler } from './reorder-rules/reorder.handlers';
import type { OperationsServices } from './schema';

/**
 * What the `operations` queue consumes: production's orders (components reserved on release,
 * consumed and output received on completion, released on cancel), and operations' own stock
 * events that can lower available, which run the product's reorder rule off the request path.
 */
export const OPERATIONS_CONSUMER = consumes('operations', [ProductionReleased, ProductionCompleted, ProductionCancelled, StockReserved, StockIssued, StockAdjusted]);

/** The `operations` queue's consumer over the subgraph's services. */
export function operationsConsumer(services: OperationsServices): EventConsumer {
  const production = new ProductionStockHandlers(services.stock, services.reservations);
  const reorder = reorderCheckHandler(services.reorderRules);
  return defineConsumer(OPERATIONS_CONSUMER, {
    'production.released': production.released,
    'production.completed': production.completed,
    'production.cancelled': production.cancelled,
    'stock.reserved': reorder,
    'stock.issued': reorder,
    'stock.adjusted': reorder,
  });
}
