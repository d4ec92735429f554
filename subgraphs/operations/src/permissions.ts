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
  },
  // Stock is its own area: reaching it from a product needs stock:read, and a movement's product
  // (anything past its id, from sales) needs products:read.
  types: {
    Product: { stock: hasPermission('stock:read'), stockByWarehouse: hasPermission('stock:read') },
    StockMovement: { product: hasPermission('products:read') },
  },
};
