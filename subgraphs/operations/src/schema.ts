import { instanceContainer, type RequestContext, type SubgraphSchemaOptions } from '@prometric/core';
import { WarehouseResolver } from './warehouses/warehouse.resolver';
import { WarehouseService } from './warehouses/warehouse.service';
import { ProductStockResolver, StockMovementResolver } from './stock/stock.resolver';
import { StockService } from './stock/stock.service';
import { productReference } from './products/product.reference';
import { orderReference } from './orders/order.reference';
import { OrderReservationsResolver, ReservationResolver } from './reservations/reservation.resolver';
import { ReservationService } from './reservations/reservation.service';
import { operationsPermissions } from './permissions';

export interface OperationsServices {
  warehouses: WarehouseService;
  stock: StockService;
  reservations: ReservationService;
}

export function createOperationsServices(): OperationsServices {
  const warehouses = new WarehouseService();
  const stock = new StockService(warehouses);
  return { warehouses, stock, reservations: new ReservationService(stock) };
}

/** The operations subgraph's resolvers, entity references and rules. */
export function operationsSchema(s: OperationsServices = createOperationsServices()): SubgraphSchemaOptions {
  return {
    resolvers: [WarehouseResolver, StockMovementResolver, ProductStockResolver, ReservationResolver, OrderReservationsResolver],
    container: instanceContainer([
      new WarehouseResolver(s.warehouses),
      new StockMovementResolver(s.stock, s.warehouses),
      new ProductStockResolver(s.stock),
      new ReservationResolver(s.reservations, s.warehouses),
      new OrderReservationsResolver(s.reservations),
    ]),
    permissions: operationsPermissions,
    references: {
      // Sales owns products; operations only adds their stock, so any id is a valid reference.
      Product: (ref) => productReference(ref.id),
      // Likewise sales owns orders; operations only adds their reservations.
      Order: (ref) => orderReference(ref.id),
      Warehouse: (ref, ctx: RequestContext) => s.warehouses.loader(ctx).load(ref.id),
    },
  };
}
