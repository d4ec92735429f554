import { byIdLoader, instanceContainer, type RequestContext, type SubgraphSchemaOptions, linkResolver, referenceLinkResolver } from '@prometric/core';
import { WorkCenterResolver } from './work-centers/work-center.resolver';
import { WorkCenterService } from './work-centers/work-center.service';
import { productionPermissions } from './permissions';
import { warehouseReference } from './warehouses/warehouse.reference';
import { MaintenanceRequest, MaintenanceSchedule } from './maintenance/maintenance.entity';
import { ProductionOrder } from './production-orders/production-order.entity';
import { BillOfMaterialsService } from './bill-of-materials/bill-of-materials.service';
import { BillOfMaterialsResolver, BomLineResolver, ProductBillOfMaterialsResolver } from './bill-of-materials/bill-of-materials.resolver';
import { ProductionOrderService } from './production-orders/production-order.service';
import { OrderProductionOrdersResolver, ProductionOrderComponentResolver, ProductionOrderResolver } from './production-orders/production-order.resolver';
import { productReference } from './products/product.reference';
import { orderReference } from './orders/order.reference';
import { OrderProductionRevisionResolver } from './orders/order-revision.resolver';
import { MaintenanceService } from './maintenance/maintenance.service';
import { MaintenanceRequestResolver, MaintenanceScheduleResolver, WorkCenterMaintenanceResolver } from './maintenance/maintenance.resolver';
import { WorkOrderService } from './work-orders/work-order.service';
import { ProductionOrderWorkOrdersResolver, WorkOrderResolver } from './work-orders/work-order.resolver';
import { QualityInspectionService } from './quality/quality-inspection.service';
import { ProductionOrderInspectionsResolver, QualityInspectionResolver } from './quality/quality-inspection.resolver';
import { QualityInspection } from './quality/quality-inspection.entity';

export interface ProductionServices {
  workCenters: WorkCenterService;
  bills: BillOfMaterialsService;
  productionOrders: ProductionOrderService;
  maintenance: MaintenanceService;
  workOrders: WorkOrderService;
  inspections: QualityInspectionService;
}

export function createProductionServices(): ProductionServices {
  const bills = new BillOfMaterialsService();
  return { workCenters: new WorkCenterService(), bills, productionOrders: new ProductionOrderService(bills), maintenance: new MaintenanceService(), workOrders: new WorkOrderService(), inspections: new QualityInspectionService() };
}

/** Object fields beside production's raw ids. */
const PRODUCTION_LINKS = [
  linkResolver(MaintenanceRequest, 'schedule', MaintenanceSchedule, (r) => r.scheduleId, 'The preventive schedule that generated the request; null for one made by hand.'),
  referenceLinkResolver(ProductionOrder, 'warehouse', warehouseReference, (mo) => mo.warehouseId, 'The warehouse the output is received into. Needs stock:read.'),
];

/** The production subgraph's resolvers, entity references and rules. */
export function productionSchema(s: ProductionServices = createProductionServices()): SubgraphSchemaOptions {
  return {
    resolvers: [
      OrderProductionRevisionResolver,
      BillOfMaterialsResolver,
      BomLineResolver,
      ProductBillOfMaterialsResolver,
      ProductionOrderResolver,
      ProductionOrderComponentResolver,
      OrderProductionOrdersResolver,
      WorkCenterResolver,
      MaintenanceRequestResolver,
      MaintenanceScheduleResolver,
      WorkCenterMaintenanceResolver,
      WorkOrderResolver,
      ProductionOrderWorkOrdersResolver,
      QualityInspectionResolver,
      ProductionOrderInspectionsResolver,
      ...PRODUCTION_LINKS,
    ],
    container: instanceContainer([
      new OrderProductionRevisionResolver(),
      new BillOfMaterialsResolver(s.bills),
      new BomLineResolver(),
      new ProductBillOfMaterialsResolver(s.bills),
      new ProductionOrderResolver(s.productionOrders),
      new ProductionOrderComponentResolver(),
      new OrderProductionOrdersResolver(s.productionOrders),
      new WorkCenterResolver(s.workCenters),
      new MaintenanceRequestResolver(s.maintenance),
      new MaintenanceScheduleResolver(s.maintenance),
      new WorkCenterMaintenanceResolver(s.maintenance),
      new WorkOrderResolver(s.workOrders),
      new ProductionOrderWorkOrdersResolver(s.workOrders),
      new QualityInspectionResolver(s.inspections),
      new ProductionOrderInspectionsResolver(s.inspections),
      ...PRODUCTION_LINKS.map((Link) => new Link()),
    ]),
    permissions: productionPermissions,
    references: {
      WorkCenter: (ref, ctx: RequestContext) => s.workCenters.loader(ctx).load(ref.id),
      ProductionOrder: (ref, ctx: RequestContext) => s.productionOrders.loader(ctx).load(ref.id),
      BillOfMaterials: (ref, ctx: RequestContext) => s.bills.loader(ctx).load(ref.id),
      MaintenanceRequest: (ref, ctx: RequestContext) => s.maintenance.loader(ctx).load(ref.id),
      WorkOrder: (ref, ctx: RequestContext) => s.workOrders.loader(ctx).load(ref.id),
      QualityInspection: (ref, ctx: RequestContext) => byIdLoader(ctx, QualityInspection).load(ref.id),
      // Sales owns products and orders; production only adds bills and production orders to them.
      Product: (ref) => productReference(ref.id),
      Order: (ref) => orderReference(ref.id),
    },
  };
}
