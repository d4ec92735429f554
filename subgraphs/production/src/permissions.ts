import { hasPermission, type PermissionMap } from '@prometric/core';

/** Every operation of production and its rule; anything missing is denied. */
export const productionPermissions: PermissionMap = {
  Subscription: {
    productionOrderUpdated: hasPermission('production:read'),
  },
  Query: {
    workCenter: hasPermission('production:read'),
    billOfMaterials: hasPermission('production:read'),
    productionOrder: hasPermission('production:read'),
    productionOrders: hasPermission('production:read'),
    workCenters: hasPermission('production:read'),
    maintenanceRequest: hasPermission('production:read'),
    maintenanceRequests: hasPermission('production:read'),
    workOrder: hasPermission('production:read'),
    workOrders: hasPermission('production:read'),
    qualityInspection: hasPermission('production:read'),
    qualityInspections: hasPermission('production:read'),
  },
  Mutation: {
    createWorkCenter: hasPermission('production:write'),
    createBillOfMaterials: hasPermission('production:write'),
    activateBillOfMaterials: hasPermission('production:write'),
    createProductionOrder: hasPermission('production:write'),
    releaseProductionOrder: hasPermission('production:write'),
    startProductionOrder: hasPermission('production:write'),
    completeProductionOrder: hasPermission('production:write'),
    cancelProductionOrder: hasPermission('production:write'),
    requestMaintenance: hasPermission('production:write'),
    startMaintenance: hasPermission('production:write'),
    completeMaintenance: hasPermission('production:write'),
    cancelMaintenance: hasPermission('production:write'),
    scheduleMaintenance: hasPermission('production:write'),
    generateDueMaintenance: hasPermission('production:write'),
    addWorkOrder: hasPermission('production:write'),
    startWorkOrder: hasPermission('production:write'),
    completeWorkOrder: hasPermission('production:write'),
    cancelWorkOrder: hasPermission('production:write'),
    recordInspection: hasPermission('production:write'),
  },
  types: {
    // Production reached from sales' objects needs production:read; a product (past its id) needs products:read.
    Order: { productionOrders: hasPermission('production:read'), productionRevision: hasPermission('orders:read') },
    Product: { billOfMaterials: hasPermission('production:read') },
    ProductionOrder: { product: hasPermission('products:read'), order: hasPermission('orders:read'), workOrders: hasPermission('production:read'), inspections: hasPermission('production:read'), warehouse: hasPermission('stock:read') },
    ProductionOrderComponent: { product: hasPermission('products:read') },
    BillOfMaterials: { product: hasPermission('products:read') },
    BillOfMaterialsLine: { product: hasPermission('products:read') },
    // Hr's employee behind a step: who works on what is hr's to show.
    WorkOrder: { assignedEmployee: hasPermission('hr:read') },
  },
};
