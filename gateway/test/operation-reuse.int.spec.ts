import { createCustomer, createProduct, memberToken, useStack } from '@prometric/testing';

// The gateway works out an operation's federation form once per parsed document and operation
// (patches/@apollo__gateway@2.14.4.patch), and Apollo Server hands every request with the same text
// the same parsed document. These requests repeat one text with what must still change the answer:
// the operation named, the variables of @include/@skip, the caller's role.

const DOCUMENT = /* GraphQL */ `
  fragment Named on Product { sku name }
  query Products($withCost: Boolean!, $hideName: Boolean!) {
    products(first: 5) { edges { node { ...Named cost @include(if: $withCost) { amount } } } }
    customers(first: 5) @skip(if: $hideName) { edges { node { name } } }
  }
  query Customers { customers(first: 5) { edges { node { name } } } }
`;

describe('one document text, many requests: each answer follows its own operation, variables and role', () => {
  const fx = useStack();

  const post = async (operationName: string, variables: Record<string, unknown>, token: string) => {
    const res = await fetch(fx.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: DOCUMENT, operationName, variables }),
    });
    return (await res.json()) as { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
  };

  it('alternating operations, @include/@skip variables and roles on the same text never answer with another request\'s shape', async () => {
    await createProduct(fx.url, fx.owner.token, { sku: 'REUSE-1', name: 'Reused', cost: '7.25' });
    await createCustomer(fx.url, fx.owner.token, { name: 'Reuse Customer' });
    const rep = await memberToken(fx.url, fx.owner, 'SALES_REP');

    for (let round = 0; round < 3; round++) {
      const full = await post('Products', { withCost: true, hideName: false }, fx.owner.token);
      expect(full.errors).toBeUndefined();
      expect(full.data.products.edges[0].node).toEqual({ sku: 'REUSE-1', name: 'Reused', cost: { amount: '7.25' } });
      expect(full.data.customers.edges[0].node).toEqual({ name: 'Reuse Customer' });

      const lean = await post('Products', { withCost: false, hideName: true }, fx.owner.token);
      expect(lean.errors).toBeUndefined();
      expect(lean.data).toEqual({ products: { edges: [{ node: { sku: 'REUSE-1', name: 'Reused' } }] } });

      const other = await post('Customers', {}, fx.owner.token);
      expect(other.errors).toBeUndefined();
      expect(other.data).toEqual({ customers: { edges: [{ node: { name: 'Reuse Customer' } }] } });

      // A sales rep may not read costs: the same text, filtered for the role, comes back with a null and a FORBIDDEN.
      const refused = await post('Products', { withCost: true, hideName: false }, rep);
      expect(refused.data.products.edges[0].node).toEqual({ sku: 'REUSE-1', name: 'Reused', cost: null });
      expect(refused.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'products.edges.0.node.cost']]);
    }
  });
});
