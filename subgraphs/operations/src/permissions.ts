import { hasPermission, type PermissionMap } from '@prometric/core';

/** Every operation of operations and its rule; anything missing is denied. */
export const operationsPermissions: PermissionMap = {
  Query: {
    warehouse: hasPermission('stock:read'),
    warehouses: hasPermission('stock:read'),
  },
  Mutation: {
    createWarehouse: hasPermission('stock:write'),
    receiveStock: hasPermission('stock:write'),
    adjustStock: hasPermission('stock:write'),
    reserveStock: hasPermission('stock:write'),
    releaseReservation: hasPermission('stock:write'),
    releaseOrderReservations: hasPermission('stock:write'),
    issueReservation: hasPermission('stock:write'),
  },
  // Stock is its own area: reaching it from a product needs stock:read, and a movement's product
  // (anything past its id, from sales) needs products:read. An order's reservations need stock:read,
  // and a reservation's order and product need their own areas' read permissions.
  types: {
    Product: { stock: hasPermission('stock:read'), stockByWarehouse: hasPermission('stock:read') },
    StockMovement: { product: hasPermission('products:read') },
    Order: { reservations: hasPermission('stock:read') },
    Reservation: { product: hasPermission('products:read'), order: hasPermission('orders:read') },
  },
};
