import { byIdLoader, instanceContainer, type HostedModelClient, type OwnerAttachments, type RequestContext, type SubgraphSchemaOptions, referenceLinkResolver } from '@prometric/core';
import { PurchaseOrderAttachmentsResolver, operationsAttachments } from './attachments/operations-attachments';
import { StockoutForecastService } from './forecasts/stockout-forecast';
import { ProductStockoutResolver } from './forecasts/stockout-forecast.resolver';
import { WarehouseResolver } from './warehouses/warehouse.resolver';
import { WarehouseService } from './warehouses/warehouse.service';
import { ProductStockResolver, StockMovementResolver } from './stock/stock.resolver';
import { StockService } from './stock/stock.service';
import { productReference } from './products/product.reference';
import { orderReference } from './orders/order.reference';
import { OrderReservationsResolver, ReservationResolver } from './reservations/reservation.resolver';
import { ReservationService } from './reservations/reservation.service';
import { OrderShipmentsResolver, ShipmentLineResolver, ShipmentResolver } from './shipments/shipment.resolver';
import { ShipmentService } from './shipments/shipment.service';
import { SupplierResolver } from './suppliers/supplier.resolver';
import { SupplierService } from './suppliers/supplier.service';
import { PurchaseOrderLineResolver, PurchaseOrderResolver } from './purchase-orders/purchase-order.resolver';
import { PurchaseOrderService } from './purchase-orders/purchase-order.service';
import { ReorderRuleResolver } from './reorder-rules/reorder-rule.resolver';
import { ReorderRuleService } from './reorder-rules/reorder-rule.service';
import { operationsPermissions } from './permissions';
import { productionOrderReference } from './production-orders/production-order.reference';
import { Reservation } from './reservations/reservation.entity';
import { Shipment } from './shipments/shipment.entity';
import { PurchaseOrder } from './purchase-orders/purchase-order.entity';

/** The production order a component reservation is for, beside its raw id. */
const ReservationProductionOrderLink = referenceLinkResolver(
  Reservation,
  'productionOrder',
  productionOrderReference,
  (r) => r.productionOrderId,
  "The production order whose components are reserved; null for a sales order's reservation. Needs production:read.",
);

export interface OperationsServices {
  warehouses: WarehouseService;
  stock: StockService;
  reservations: ReservationService;
  shipments: ShipmentService;
  suppliers: SupplierService;
  purchaseOrders: PurchaseOrderService;
  reorderRules: ReorderRuleService;
  stockouts: StockoutForecastService;
  attachments: OwnerAttachments;
}

/** The services; stockout forecasts come from a hosted model when one is given, else from local smoothing. */
export function createOperationsServices(hostedDemandModel: HostedModelClient | null = null, attachments: OwnerAttachments = operationsAttachments()): OperationsServices {
  const warehouses = new WarehouseService();
  const stock = new StockService(warehouses);
  const reservations = new ReservationService(stock);
  const purchaseOrders = new PurchaseOrderService(stock);
  return {
    warehouses,
    stock,
    reservations,
    shipments: new ShipmentService(reservations),
    suppliers: new SupplierService(),
    purchaseOrders,
    reorderRules: new ReorderRuleService(purchaseOrders),
    stockouts: new StockoutForecastService(hostedDemandModel),
    attachments,
  };
}

/** The operations subgraph's resolvers, entity references and rules. */
export function operationsSchema(s: OperationsServices = createOperationsServices()): SubgraphSchemaOptions {
  return {
    resolvers: [WarehouseResolver, StockMovementResolver, ProductStockResolver, ReservationResolver, OrderReservationsResolver, ShipmentResolver, ShipmentLineResolver, OrderShipmentsResolver, SupplierResolver, PurchaseOrderResolver, PurchaseOrderLineResolver, ReorderRuleResolver, ReservationProductionOrderLink, ProductStockoutResolver, PurchaseOrderAttachmentsResolver],
    container: instanceContainer([
      new WarehouseResolver(s.warehouses),
      new StockMovementResolver(s.stock, s.warehouses),
      new ProductStockResolver(s.stock),
      new ProductStockoutResolver(s.stockouts),
      new PurchaseOrderAttachmentsResolver(s.attachments),
      new ReservationResolver(s.reservations, s.warehouses),
      new OrderReservationsResolver(s.reservations),
      new ShipmentResolver(s.shipments, s.warehouses),
      new ShipmentLineResolver(s.shipments),
      new OrderShipmentsResolver(s.shipments),
      new SupplierResolver(s.suppliers),
      new PurchaseOrderResolver(s.purchaseOrders, s.warehouses),
      new PurchaseOrderLineResolver(s.purchaseOrders),
      new ReorderRuleResolver(s.reorderRules, s.warehouses, s.suppliers),
      new ReservationProductionOrderLink(),
    ]),
    permissions: operationsPermissions,
    references: {
      // Sales owns products; operations only adds their stock, so any id is a valid reference.
      Product: (ref) => productReference(ref.id),
      // Likewise sales owns orders; operations only adds their reservations.
      Order: (ref) => orderReference(ref.id),
      Warehouse: (ref, ctx: RequestContext) => s.warehouses.loader(ctx).load(ref.id),
      Supplier: (ref, ctx: RequestContext) => s.suppliers.loader(ctx).load(ref.id),
      Shipment: (ref, ctx: RequestContext) => byIdLoader(ctx, Shipment).load(ref.id),
      PurchaseOrder: (ref, ctx: RequestContext) => byIdLoader(ctx, PurchaseOrder).load(ref.id),
    },
  };
}
