import { instanceContainer, type RequestContext, type SubgraphSchemaOptions } from '@prometric/core';
import { WarehouseResolver } from './warehouses/warehouse.resolver';
import { WarehouseService } from './warehouses/warehouse.service';
import { ProductStockResolver, StockMovementResolver } from './stock/stock.resolver';
import { StockService } from './stock/stock.service';
import { productReference } from './products/product.reference';
import { operationsPermissions } from './permissions';

export interface OperationsServices {
  warehouses: WarehouseService;
  stock: StockService;
}

export function createOperationsServices(): OperationsServices {
  const warehouses = new WarehouseService();
  return { warehouses, stock: new StockService(warehouses) };
}

/** The operations subgraph's resolvers, entity references and rules. */
export function operationsSchema(s: OperationsServices = createOperationsServices()): SubgraphSchemaOptions {
  return {
    resolvers: [WarehouseResolver, StockMovementResolver, ProductStockResolver],
    container: instanceContainer([new WarehouseResolver(s.warehouses), new StockMovementResolver(s.stock, s.warehouses), new ProductStockResolver(s.stock)]),
    permissions: operationsPermissions,
    references: {
      // Sales owns products; operations only adds their stock, so any id is a valid reference.
      Product: (ref) => productReference(ref.id),
      Warehouse: (ref, ctx: RequestContext) => s.warehouses.loader(ctx).load(ref.id),
    },
  };
}
