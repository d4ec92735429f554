import { hasPermission, type PermissionMap } from '@prometric/core';

/** Every operation of operations and its rule; anything missing is denied. */
export const operationsPermissions: PermissionMap = {
  Query: {
    stockLevel: hasPermission('stock:read'),
    warehouse: hasPermission('stock:read'),
    warehouses: hasPermission('stock:read'),
    shipment: hasPermission('stock:read'),
    shipments: hasPermission('stock:read'),
    supplier: hasPermission('stock:read'),
    suppliers: hasPermission('stock:read'),
    purchaseOrder: hasPermission('stock:read'),
    purchaseOrders: hasPermission('stock:read'),
    reorderRules: hasPermission('stock:read'),
    stockMovements: hasPermission('stock:read'),
    reservations: hasPermission('stock:read'),
  },
  Subscription: {
    stockLevelChanged: hasPermission('stock:read'),
  },
  Mutation: {
    createWarehouse: hasPermission('stock:write'),
    receiveStock: hasPermission('stock:write'),
    adjustStock: hasPermission('stock:write'),
    reserveStock: hasPermission('stock:write'),
    releaseReservation: hasPermission('stock:write'),
    releaseOrderReservations: hasPermission('stock:write'),
    issueReservation: hasPermission('stock:write'),
    createShipment: hasPermission('stock:write'),
    pickShipment: hasPermission('stock:write'),
    shipShipment: hasPermission('stock:write'),
    deliverShipment: hasPermission('stock:write'),
    cancelShipment: hasPermission('stock:write'),
    createSupplier: hasPermission('stock:write'),
    updateSupplier: hasPermission('stock:write'),
    createPurchaseOrder: hasPermission('stock:write'),
    sendPurchaseOrder: hasPermission('stock:write'),
    receivePurchaseOrder: hasPermission('stock:write'),
    cancelPurchaseOrder: hasPermission('stock:write'),
    setReorderRule: hasPermission('stock:write'),
    runReorderCheck: hasPermission('stock:write'),
  },
  // Stock is its own area: reaching it from a product needs stock:read, and a movement's product
  // (anything past its id, from sales) needs products:read. An order's reservations need stock:read,
  // and a reservation's order and product need their own areas' read permissions.
  types: {
    Product: { stock: hasPermission('stock:read'), stockByWarehouse: hasPermission('stock:read') },
    StockMovement: { product: hasPermission('products:read') },
    WarehouseStock: { product: hasPermission('products:read') },
    Order: { reservations: hasPermission('stock:read'), shipments: hasPermission('stock:read') },
    Shipment: { order: hasPermission('orders:read') },
    ShipmentLine: { product: hasPermission('products:read') },
    PurchaseOrderLine: { product: hasPermission('products:read') },
    ReorderRule: { product: hasPermission('products:read') },
    Reservation: { product: hasPermission('products:read'), order: hasPermission('orders:read'), productionOrder: hasPermission('production:read') },
  },
};
