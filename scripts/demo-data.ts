/** Demo credentials printed by `pnpm start`. */
export const DEMO_LOGIN = { email: 'demo@prometric.dev', password: 'prometric-demo' };

interface Response<T> {
  data?: T;
  errors?: { message: string }[];
}

async function call<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Response<T>;
  if (body.errors?.length || !body.data) throw new Error(`demo seed failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Seeds a demo workspace through the public API (so it exercises the same rules as any client),
 * once: a second start finds the demo login and leaves the data alone.
 */
export async function seedDemo(gatewayUrl: string): Promise<'created' | 'exists'> {
  const login = await call<{ login: { accessToken: string | null } }>(gatewayUrl, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: DEMO_LOGIN.email, p: DEMO_LOGIN.password });
  if (login.login.accessToken) return 'exists';
  const signUp = await call<{ signUp: { accessToken: string; errors: { message: string }[] } }>(
    gatewayUrl,
    `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken errors { message } } }`,
    { input: { organizationName: 'Prometric Demo Manufacturing', workspaceName: 'Head office', name: 'Dana Demo', ...DEMO_LOGIN, currency: 'USD' } },
  );
  const token = signUp.signUp.accessToken;
  const product = (sku: string, name: string, price: string, cost: string) =>
    call<{ createProduct: { product: { id: string } } }>(gatewayUrl, `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } } }`, { input: { sku, name, price, cost, taxRate: '0.12', idempotencyKey: `demo-${sku}` } }, token).then((r) => r.createProduct.product.id);
  const chair = await product('CHAIR-OAK', 'Oak chair', '149.90', '80.00');
  const table = await product('TABLE-OAK', 'Oak table', '899.00', '520.00');
  await product('SHELF-PINE', 'Pine shelf', '79.50', '31.00');
  const customer = (name: string, email: string) =>
    call<{ createCustomer: { customer: { id: string } } }>(gatewayUrl, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } } }`, { input: { name, email, creditLimit: '25000.00' } }, token).then((r) => r.createCustomer.customer.id);
  const nomad = await customer('Nomad Offices LLP', 'buyer@nomad.example');
  await customer('Steppe Hotels', 'purchasing@steppe.example');
  const deal = await call<{ createDeal: { deal: { id: string } } }>(
    gatewayUrl,
    `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`,
    { input: { title: 'Nomad HQ fit-out', customerId: nomad, lines: [{ productId: chair, quantity: 24 }, { productId: table, quantity: 4 }] } },
    token,
  );
  await call(gatewayUrl, `mutation($id: ID!) { winDeal(id: $id) { deal { id } } }`, { id: deal.createDeal.deal.id }, token);
  await call(gatewayUrl, `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`, { input: { title: 'Steppe lobby chairs', customerId: nomad, lines: [{ productId: chair, quantity: 10 }] } }, token);
  return 'created';
}
