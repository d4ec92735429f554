import { hasPermission, isAuthenticated, type PermissionMap } from '@prometric/core';

/** Every operation of sales and its rule; anything missing is denied. */
export const salesPermissions: PermissionMap = {
  Query: {
    product: hasPermission('products:read'),
    products: hasPermission('products:read'),
    customer: hasPermission('customers:read'),
    customers: hasPermission('customers:read'),
    deal: hasPermission('deals:read'),
    deals: hasPermission('deals:read'),
    order: hasPermission('orders:read'),
    orders: hasPermission('orders:read'),
    customFields: isAuthenticated,
    priceLists: hasPermission('products:read'),
    // A quote shows prices for a customer: who may read products and customers.
    quote: hasPermission('products:read', 'customers:read'),
  },
  Mutation: {
    createProduct: hasPermission('products:write'),
    updateProduct: hasPermission('products:write'),
    deleteProduct: hasPermission('products:write'),
    createCustomer: hasPermission('customers:write'),
    createDeal: hasPermission('deals:write'),
    moveDealStage: hasPermission('deals:write'),
    winDeal: hasPermission('deals:write'),
    createOrder: hasPermission('orders:write'),
    confirmOrder: hasPermission('orders:write'),
    cancelOrder: hasPermission('orders:write'),
    startOrderProduction: hasPermission('orders:write'),
    markOrderReady: hasPermission('orders:write'),
    updateOrder: hasPermission('orders:write'),
    defineCustomField: hasPermission('custom_fields:write'),
    updateCustomField: hasPermission('custom_fields:write'),
    deleteCustomField: hasPermission('custom_fields:write'),
    createPriceList: hasPermission('products:write'),
    deletePriceList: hasPermission('products:write'),
  },
  Subscription: {
    orderUpdated: hasPermission('orders:read'),
    ordersChanged: hasPermission('orders:read'),
  },
  // A field that leads into another area needs that area's read permission too: a warehouse clerk
  // sees orders but not who the customer is.
  types: {
    Product: { cost: hasPermission('products:cost'), attachments: hasPermission('products:read') },
    Customer: { creditLimit: hasPermission('finance:read') },
    Order: { customer: hasPermission('customers:read'), deal: hasPermission('deals:read'), attachments: hasPermission('orders:read'), history: hasPermission('audit:read') },
    OrderLine: { product: hasPermission('products:read') },
    Deal: { customer: hasPermission('customers:read'), order: hasPermission('orders:read') },
    DealLine: { product: hasPermission('products:read') },
    PriceList: { customer: hasPermission('customers:read') },
  },
};
