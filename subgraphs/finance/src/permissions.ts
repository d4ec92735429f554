import { hasPermission, type PermissionMap } from '@prometric/core';

/** Every operation of finance and its rule; anything missing is denied. */
export const financePermissions: PermissionMap = {
  Query: {
    invoice: hasPermission('invoices:read'),
    invoices: hasPermission('invoices:read'),
  },
  Mutation: {
    createInvoice: hasPermission('invoices:write'),
    issueInvoice: hasPermission('invoices:write'),
    voidInvoice: hasPermission('invoices:write'),
    recordPayment: hasPermission('payments:write'),
  },
  // An order's or customer's invoices need invoices:read; what a customer owes needs finance:read.
  // An invoice's order and customer (anything past their ids, from sales) need their own areas'.
  types: {
    Order: { invoices: hasPermission('invoices:read') },
    Customer: { invoices: hasPermission('invoices:read'), balance: hasPermission('finance:read') },
    Invoice: { order: hasPermission('orders:read'), customer: hasPermission('customers:read') },
  },
};
