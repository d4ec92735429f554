import { Role } from '@prometric/core';
import { createCustomer, createOrder, createProduct, createWarehouse, errorCodes, eventually, gql, memberToken, useStack } from '@prometric/testing';

// Precise types added beside the loose ones (which stay, deprecated): Date fields, Decimal rates,
// Money costs, currency codes, and object fields beside raw ids.

describe('precise types beside the loose ones', () => {
  const fx = useStack();
  const owner = (query: string, variables: Record<string, unknown> = {}) => gql(fx.url, query, variables, fx.owner.token);

  it('an invoice gives its due date as a Date, its line rates as Decimals and its lines’ products', async () => {
    const customer = await createCustomer(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token, { price: '10.00', taxRate: '0.125' });
    const order = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 2 }])).data!.createOrder.order;
    const drafted = await eventually(
      'finance to see the order',
      () => owner(`mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } } }`, { input: { orderId: order.id, dueDate: '2027-01-31' } }),
      (r) => !!r.data?.createInvoice.invoice,
    );
    const INVOICE = `query($id: ID!) { invoice(id: $id) { dueDate dueOn total { amount currency currencyCode } lines { taxRate rate product { id sku } } } }`;
    const r = await owner(INVOICE, { id: drafted.data!.createInvoice.invoice.id });
    expect(r.errors).toBeUndefined();
    expect(r.data!.invoice).toEqual({
      dueDate: '2027-01-31',
      dueOn: '2027-01-31',
      total: { amount: '22.50', currency: 'USD', currencyCode: 'USD' },
      lines: [{ taxRate: 0.125, rate: '0.125', product: { id: product.id, sku: product.sku } }],
    });
    // A warehouse member has no invoices:read: the invoice itself is refused, the rest of the answer stays.
    const warehouse = await memberToken(fx.url, fx.owner, Role.WAREHOUSE);
    const refused = await gql(fx.url, INVOICE, { id: drafted.data!.createInvoice.invoice.id }, warehouse);
    expect(refused.data).toEqual({ invoice: null });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  });

  it('a purchase order line has its cost as Money; a production order names its warehouse', async () => {
    const warehouse = await createWarehouse(fx.url, fx.owner.token, { code: `PT-${Date.now() % 100000}` });
    const product = await createProduct(fx.url, fx.owner.token);
    const supplier = await owner(`mutation { createSupplier(input: { name: "Precise Supplies", currency: "EUR" }) { supplier { id } errors { code } } }`);
    const po = await owner(
      `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { lines { unitCost cost { amount currency currencyCode } } } errors { code field } } }`,
      { input: { supplierId: supplier.data!.createSupplier.supplier.id, lines: [{ productId: product.id, quantity: 3, unitCost: '12.5' }] } },
    );
    expect(po.data!.createPurchaseOrder).toEqual({ purchaseOrder: { lines: [{ unitCost: '12.50', cost: { amount: '12.50', currency: 'EUR', currencyCode: 'EUR' } }] }, errors: [] });

    const mo = await owner(
      `mutation($input: CreateProductionOrderInput!) { createProductionOrder(input: $input) { productionOrder { dueDate dueOn warehouse { id code } } errors { code } } }`,
      { input: { productId: product.id, quantity: 2, warehouseId: warehouse.id, dueDate: '2027-02-01' } },
    );
    expect(mo.data!.createProductionOrder).toEqual({ productionOrder: { dueDate: '2027-02-01', dueOn: '2027-02-01', warehouse: { id: warehouse.id, code: warehouse.code } }, errors: [] });
  });
});
