import { Role, forkFor, openTenantTransaction, permissionsOf, closeTenantTransaction, type Principal } from '@prometric/core';
import { createCustomer, createProduct, gql, signUpTenant, useStack, type Tenant } from '@prometric/testing';
import { Product } from '../src/products/product.entity';

const principalOf = (t: Tenant): Principal => ({
  userId: t.userId,
  organizationId: t.organizationId,
  workspaceId: t.workspaceId,
  role: Role.OWNER,
  permissions: permissionsOf(Role.OWNER),
  currency: 'USD',
});

describe('tenant isolation that survives a forgotten filter (PostgreSQL row-level security)', () => {
  const fx = useStack({ owner: false });
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    [a, b] = await Promise.all([signUpTenant(fx.url), signUpTenant(fx.url)]);
    // Rows that collide on every key but the tenant.
    for (const t of [a, b]) {
      await createProduct(fx.url, t.token, { sku: 'SAME-SKU', name: 'Same name', price: '1.00' });
      await createCustomer(fx.url, t.token, { name: 'Same customer', email: 'same@example.com' });
    }
  });

  it('requests run as a role that is not superuser, cannot bypass RLS and owns no table', async () => {
    const em = forkFor(fx.stack.sales.orm, principalOf(a));
    await openTenantTransaction(em, principalOf(a));
    try {
      const [role] = await em.execute(`select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`);
      expect(role).toEqual({ name: 'prometric_app', rolsuper: false, rolbypassrls: false });
      const owned = await em.execute(`select count(*)::int as n from pg_tables where schemaname = 'sales' and tableowner = current_user`);
      expect(owned[0].n).toBe(0);
    } finally {
      await closeTenantTransaction(em);
    }
  });

  it('sees only its own workspace with the MikroORM tenant filter disabled, and through raw SQL', async () => {
    const em = forkFor(fx.stack.sales.orm, principalOf(a));
    await openTenantTransaction(em, principalOf(a));
    try {
      const products = await em.find(Product, {}, { filters: false });
      expect(products.length).toBeGreaterThan(0);
      expect(new Set(products.map((p) => p.workspaceId))).toEqual(new Set([a.workspaceId]));
      const raw = await em.execute(`select distinct workspace_id from sales.customer`);
      expect(raw).toEqual([{ workspace_id: a.workspaceId }]);
      const bRows = await em.execute(`select count(*)::int as n from sales.product where workspace_id = ?`, [b.workspaceId]);
      expect(bRows[0].n).toBe(0);
    } finally {
      await closeTenantTransaction(em);
    }
  });

  it('sees nothing at all when a transaction never declared its tenant', async () => {
    const em = forkFor(fx.stack.sales.orm, null);
    const rows = await em.execute(`select count(*)::int as n from sales.product`);
    expect(rows[0].n).toBe(0);
  });

  it("cannot write a row into another tenant's workspace even with raw SQL", async () => {
    const em = forkFor(fx.stack.sales.orm, principalOf(a));
    await openTenantTransaction(em, principalOf(a));
    try {
      await expect(
        em.execute(
          `insert into sales.customer (id, organization_id, workspace_id, name, currency) values (gen_random_uuid(), ?, ?, 'Intruder', 'USD')`,
          [b.organizationId, b.workspaceId],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await em.rollback();
    }
  });

  it('keeps interleaved requests of two tenants apart (loaders and lists are per tenant)', async () => {
    const query = `{ products(filter: { search: "SAME-SKU" }) { edges { node { id sku } } } customers(filter: { search: "Same" }) { totalCount edges { node { id } } } }`;
    const own = new Map<string, { products: string[]; customers: string[] }>();
    for (const t of [a, b]) {
      const r = await gql(fx.url, query, {}, t.token);
      own.set(t.workspaceId, { products: r.data!.products.edges.map((e: any) => e.node.id), customers: r.data!.customers.edges.map((e: any) => e.node.id) });
    }
    expect(own.get(a.workspaceId)!.products).toHaveLength(1);
    expect(own.get(a.workspaceId)!.products).not.toEqual(own.get(b.workspaceId)!.products);
    const runs = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b)).map(async (t) => ({ t, r: await gql(fx.url, query, {}, t.token) })));
    for (const { t, r } of runs) {
      expect(r.data!.products.edges.map((e: any) => e.node.id)).toEqual(own.get(t.workspaceId)!.products);
      expect(r.data!.customers.edges.map((e: any) => e.node.id)).toEqual(own.get(t.workspaceId)!.customers);
    }
  });

  it("finds nothing of another tenant through ids, filters, connections and _entities", async () => {
    const bProduct = (await gql(fx.url, `{ products { edges { node { id } } } }`, {}, b.token)).data!.products.edges[0].node.id;
    const bCustomer = (await gql(fx.url, `{ customers { edges { node { id } } } }`, {}, b.token)).data!.customers.edges[0].node.id;
    const probes = await Promise.all([
      gql(fx.url, `query($id: ID!) { product(id: $id) { id } }`, { id: bProduct }, a.token),
      gql(fx.url, `query($id: ID!) { customer(id: $id) { id } }`, { id: bCustomer }, a.token),
      gql(fx.url, `query($c: ID) { orders(filter: { customerId: $c }) { totalCount } deals(filter: { customerId: $c }) { totalCount } }`, { c: bCustomer }, a.token),
      gql(fx.stack.sales.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id } ... on Customer { id } } }`, { r: [{ __typename: 'Product', id: bProduct }, { __typename: 'Customer', id: bCustomer }] }, a.token),
    ]);
    expect(probes[0].data!.product).toBeNull();
    expect(probes[1].data!.customer).toBeNull();
    expect(probes[2].data).toEqual({ orders: { totalCount: 0 }, deals: { totalCount: 0 } });
    expect(probes[3].data!._entities).toEqual([null, null]);
  });
});
