import { randomUUID } from 'node:crypto';
import { gql } from './client';

/** Builders for sales data, through the gateway like a client would. Each returns the created node. */
export async function createProduct(url: string, token: string, input: Partial<{ sku: string; name: string; price: string; cost: string; taxRate: string; customFields: Record<string, unknown> }> = {}) {
  const r = await gql(url, `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id sku name price { amount currency } taxRate } errors { code field message } } }`, {
    input: { sku: `SKU-${randomUUID().slice(0, 8)}`, name: 'Widget', price: '100.00', cost: '60.00', taxRate: '0.12', ...input },
  }, token);
  const product = r.data?.createProduct?.product;
  if (!product) throw new Error(`createProduct failed: ${JSON.stringify(r)}`);
  return product as { id: string; sku: string; name: string; price: { amount: string; currency: string }; taxRate: string };
}

export async function createCustomer(url: string, token: string, input: Partial<{ name: string; email: string; creditLimit: string }> = {}) {
  const r = await gql(url, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id name } errors { code field message } } }`, {
    input: { name: 'Acme Ltd', email: 'buyer@acme.test', creditLimit: '50000.00', ...input },
  }, token);
  const customer = r.data?.createCustomer?.customer;
  if (!customer) throw new Error(`createCustomer failed: ${JSON.stringify(r)}`);
  return customer as { id: string; name: string };
}

export async function createDeal(url: string, token: string, customerId: string, lines: { productId: string; quantity: number; unitPrice?: string }[]) {
  const r = await gql(url, `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id title stage value { amount currency } } errors { code field message } } }`, {
    input: { title: 'Big deal', customerId, lines },
  }, token);
  const deal = r.data?.createDeal?.deal;
  if (!deal) throw new Error(`createDeal failed: ${JSON.stringify(r)}`);
  return deal as { id: string; title: string; stage: string; value: { amount: string; currency: string } };
}

export async function createOrder(url: string, token: string, customerId: string, lines: { productId: string; quantity: number; unitPrice?: string }[], idempotencyKey?: string) {
  return gql(url, `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id number status total { amount } } errors { code field message } } }`, {
    input: { customerId, lines, idempotencyKey },
  }, token);
}

/** Creates a warehouse through the gateway: a unique `WH-…` code and `Warehouse <code>` as name unless given. */
export async function createWarehouse(url: string, token: string, input: Partial<{ code: string; name: string }> = {}) {
  const code = input.code ?? `WH-${randomUUID().slice(0, 8)}`;
  const r = await gql(url, `mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { warehouse { id code name } errors { code field message } } }`, {
    input: { code, name: input.name ?? `Warehouse ${code}` },
  }, token);
  const warehouse = r.data?.createWarehouse?.warehouse;
  if (!warehouse) throw new Error(`createWarehouse failed: ${JSON.stringify(r)}`);
  return warehouse as { id: string; code: string; name: string };
}

/** Receives `quantity` units of a product into a warehouse; returns the RECEIPT movement. */
export async function receiveStock(url: string, token: string, input: { productId: string; warehouseId: string; quantity: number; reference?: string; unitCost?: string }) {
  const r = await gql(url, `mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { movement { id type quantity quantityAfter reference } errors { code field message } } }`, { input }, token);
  const payload = r.data?.receiveStock;
  if (!payload?.movement || r.errors?.length || payload.errors.length) throw new Error(`receiveStock failed: ${JSON.stringify(r)}`);
  return payload.movement as { id: string; type: string; quantity: number; quantityAfter: number; reference: string | null };
}
