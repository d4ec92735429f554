import { createProduct, gql, useStack } from '@prometric/testing';

/**
 * A query's transaction is opened outside knex's transaction machinery (openReadTransaction in
 * @prometric/core): these pin what it must still be. One transaction per request on one pooled
 * connection, READ ONLY, its first statement the tenant setting, ended by a rollback, and the
 * connection back in the pool afterwards, whatever the request did.
 */
describe('a query request transaction', () => {
  const fx = useStack();
  const PAGE = `query { products(first: 5) { totalCount edges { node { id sku } } } }`;
  // eslint-disable-next-line no-control-regex -- the log lines carry ANSI colours
  const strip = (sql: string) => sql.replace(/\u001b\[[0-9;]*m/g, '').replace(/^\[query\]\s*/, '').replace(/\s*\[took [^\]]*\]$/, '').trim().toLowerCase();
  const knexPool = () => fx.stack.sales.orm.em.getConnection().getKnex().client.pool as { numUsed(): number; numPendingAcquires(): number };

  it('runs BEGIN READ ONLY, the tenant setting first, the reads, then ROLLBACK, on one connection it gives back', async () => {
    await createProduct(fx.url, fx.owner.token, { sku: 'RT-1' });
    fx.stack.salesQueries.length = 0;
    const r = await gql(fx.stack.sales.url, PAGE, {}, fx.owner.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.products.totalCount).toBe(1);
    const statements = fx.stack.salesQueries.map(strip);
    expect(statements[0]).toBe('begin transaction read only');
    expect(statements[1]).toMatch(/^select set_config\('app\.workspace_id', '[0-9a-f-]{36}', true\), set_config\('app\.organization_id', '[0-9a-f-]{36}', true\)/);
    expect(statements.slice(2, -1).every((s) => /from "sales"\."product"/.test(s))).toBe(true);
    expect(statements.slice(2, -1)).toHaveLength(2);
    expect(statements[statements.length - 1]).toBe('rollback');
    expect(knexPool().numUsed()).toBe(0);
  });

  it('gives every connection back under concurrent queries, refused ones included', async () => {
    const results = await Promise.all([
      ...Array.from({ length: 30 }, () => gql(fx.stack.sales.url, PAGE, {}, fx.owner.token)),
      // A query refused while it runs (a bad cursor) still ends its transaction.
      ...Array.from({ length: 5 }, () => gql(fx.stack.sales.url, `query { products(first: 5, after: "nope") { totalCount } }`, {}, fx.owner.token)),
    ]);
    expect(results.slice(0, 30).every((r) => r.errors === undefined)).toBe(true);
    expect(results.slice(30).every((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(knexPool().numUsed()).toBe(0);
    expect(knexPool().numPendingAcquires()).toBe(0);
  });
});
