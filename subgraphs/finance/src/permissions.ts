import { checkedInResolver, hasPermission, isAuthenticated, type PermissionMap } from '@prometric/core';

/** Every operation of finance and its rule; anything missing is denied. */
export const financePermissions: PermissionMap = {
  Subscription: {
    invoiceUpdated: hasPermission('invoices:read'),
  },
  Query: {
    arAging: hasPermission('reports:read'),
    revenue: hasPermission('reports:read'),
    profitAndLoss: hasPermission('reports:read'),
    invoice: hasPermission('invoices:read'),
    invoices: hasPermission('invoices:read'),
    creditNote: hasPermission('invoices:read'),
    creditNotes: hasPermission('invoices:read'),
    payments: hasPermission('invoices:read'),
    // The submitter may read their own expense without finance:read (the service checks which).
    expense: checkedInResolver(isAuthenticated, 'Allowed with scope `finance:read`, or to the member who submitted the expense; FORBIDDEN for anyone else (checked when resolved).'),
    expenses: hasPermission('finance:read'),
    webhooks: hasPermission('webhooks:write'),
    paymentProviders: hasPermission('payments:write'),
    webhookDeliveries: hasPermission('webhooks:write'),
    // Every member reads the feed; each event type needs the scope that reads its entity (checked when resolved).
    events: checkedInResolver(isAuthenticated, 'Each event type needs the scope that reads its entity (order.* orders:read, invoice.* invoices:read, …); naming a type you may not read is FORBIDDEN (checked when resolved).'),
  },
  Mutation: {
    createInvoice: hasPermission('invoices:write'),
    issueInvoice: hasPermission('invoices:write'),
    voidInvoice: hasPermission('invoices:write'),
    recordPayment: hasPermission('payments:write'),
    configurePaymentProvider: hasPermission('payments:write'),
    requestPayment: hasPermission('payments:write'),
    refundPayment: hasPermission('payments:write'),
    refundPaymentRequest: hasPermission('payments:write'),
    createCreditNote: hasPermission('invoices:write'),
    // Any member spends money; someone with invoices:write (not the submitter) approves it.
    submitExpense: isAuthenticated,
    approveExpense: checkedInResolver(hasPermission('invoices:write'), 'Never by the member who submitted the expense (a FORBIDDEN error in the payload).'),
    rejectExpense: hasPermission('invoices:write'),
    markExpensePaid: hasPermission('payments:write'),
    createWebhook: hasPermission('webhooks:write'),
    updateWebhook: hasPermission('webhooks:write'),
    deleteWebhook: hasPermission('webhooks:write'),
    rotateWebhookSecret: hasPermission('webhooks:write'),
    testWebhook: hasPermission('webhooks:write'),
    redeliverWebhook: hasPermission('webhooks:write'),
  },
  // An order's or customer's invoices need invoices:read; what a customer owes needs finance:read.
  // An invoice's order and customer (anything past their ids, from sales) need their own areas'.
  types: {
    Order: { invoices: hasPermission('invoices:read'), invoicesRevision: hasPermission('orders:read'), confirmationPdfUrl: hasPermission('orders:read') },
    Customer: { invoices: hasPermission('invoices:read'), invoicesConnection: hasPermission('invoices:read'), balance: hasPermission('finance:read'), balances: hasPermission('finance:read') },
    Invoice: { order: hasPermission('orders:read'), customer: hasPermission('customers:read'), pdfUrl: hasPermission('invoices:read'), attachments: hasPermission('invoices:read'), paymentRequests: hasPermission('invoices:read'), refunds: hasPermission('invoices:read'), history: hasPermission('audit:read') },
    CreditNote: { pdfUrl: hasPermission('invoices:read') },
    InvoiceLine: { product: hasPermission('products:read') },
    CustomerAging: { customer: hasPermission('customers:read') },
    RevenueRow: { customer: hasPermission('customers:read'), product: hasPermission('products:read') },
  },
};
