import 'reflect-metadata';
import { createProduct, migrateInChildProcess, signUpTenant, startStack, testConfig } from '@prometric/testing';
const QUERY = `query { products(first: 20) { totalCount edges { node { id sku name price { amount currency } cost { amount } } } } }`;
async function main() {
  migrateInChildProcess(testConfig.databaseUrl);
  const stack = await startStack();
  const tenant = await signUpTenant(stack.url, { organizationName: 'Prof' });
  for (let i = 1; i <= 3; i++) await createProduct(stack.url, tenant.token, { sku: `P-${i}`, name: `P ${i}`, price: `${i}.00`, cost: `${i}.50` });
  await new Promise((r) => setTimeout(r, 500));
  stack.salesQueries.length = 0;
  await fetch(stack.sales.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.token}` }, body: JSON.stringify({ query: QUERY }) });
  console.log(stack.salesQueries.join('\n---\n'));
  await stack.close();
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
