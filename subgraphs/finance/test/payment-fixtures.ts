import { createCustomer, createDeal, createProduct, eventually, gql, operation, signUpTenant, type StackFixture, type Tenant } from '@prometric/testing';
import type { KaspiSimulator } from './kaspi-simulator';

export const CONFIGURE = /* GraphQL */ `
  mutation($input: ConfigurePaymentProviderInput!) {
    configurePaymentProvider(input: $input) { paymentProvider { id provider merchantId secretSet secretLast4 } errors { code field message } }
  }`;
export const CREATE_INVOICE = /* GraphQL */ `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } errors { code message } } }`;
export const ISSUE = /* GraphQL */ `mutation($id: ID!) { issueInvoice(id: $id) { invoice { id number status } errors { code message } } }`;
export const VOID = /* GraphQL */ `mutation($id: ID!) { voidInvoice(id: $id, reason: "x") { invoice { id status } errors { code message } } }`;
export const REQUEST = /* GraphQL */ `
  mutation($invoiceId: ID!, $provider: PaymentProviderKind!) {
    requestPayment(invoiceId: $invoiceId, provider: $provider) { paymentRequest { id status provider paymentUrl qrPayload expiresAt amount { amount currency } } errors { code field message } }
  }`;

/** Helpers over a stack whose finance talks to `simulator`. */
export function paymentFixtures(fx: StackFixture, simulator: KaspiSimulator) {
  /** A drafted invoice of 2 × 100.00 + 12 % tax (224.00), from a won deal. */
  const draftInvoice = async (tenant: Tenant): Promise<string> => {
    const customer = await createCustomer(fx.url, tenant.token);
    const product = await createProduct(fx.url, tenant.token, { price: '100.00', taxRate: '0.12' });
    const deal = await createDeal(fx.url, tenant.token, customer.id, [{ productId: product.id, quantity: 2 }]);
    const orderId: string = (await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, tenant.token)).data!.winDeal.deal.order.id;
    const drafted = (await eventually(
      'finance drafting the invoice',
      async () => ((await gql(fx.url, CREATE_INVOICE, { input: { orderId } }, tenant.token)).data?.createInvoice?.invoice ?? null) as { id: string } | null,
      (invoice) => invoice !== null,
      { intervalMs: 100 },
    ))!;
    return drafted.id;
  };

  /** A new workspace with a Kaspi account the simulator knows. */
  const kaspiTenant = async (): Promise<Tenant> => {
    const tenant = await signUpTenant(fx.url);
    const merchantId = `m-${tenant.workspaceId}`;
    const secret = `secret-${tenant.workspaceId}`;
    simulator.secrets.set(merchantId, secret);
    const configured = await gql(fx.url, CONFIGURE, { input: { provider: 'KASPI', merchantId, secret } }, tenant.token);
    if (configured.data!.configurePaymentProvider.errors.length) throw new Error('configurePaymentProvider failed');
    return tenant;
  };

  /**
   * An issued 224.00 invoice with a Kaspi payment request; the simulator's callbacks go to this
   * stack's gateway (the provider was given the public URL; here the gateway is on a test port).
   */
  const requestedPayment = async (tenant: Tenant) => {
    const invoiceId = await draftInvoice(tenant);
    await gql(fx.url, ISSUE, { id: invoiceId }, tenant.token);
    const request = (await gql(fx.url, REQUEST, { invoiceId, provider: 'KASPI' }, tenant.token)).data!.requestPayment.paymentRequest as { id: string; status: string };
    const reference = [...simulator.payments.values()].find((p) => p.orderReference === invoiceId)!.id;
    const callbackUrl = `${new URL(fx.url).origin}/callbacks/finance/payments/kaspi/${request.id}`;
    simulator.payments.get(reference)!.callbackUrl = callbackUrl;
    return { invoiceId, request, reference, callbackUrl };
  };

  return { draftInvoice, kaspiTenant, requestedPayment };
}
