import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildSchema, getNamedType, isInterfaceType, isObjectType, parse } from 'graphql';
import { NODE_TYPES, Role, hasPermission, rulesOfSdl } from '@prometric/core';
import { REPO_ROOT, createCustomer, createDeal, createProduct, createWarehouse, gql, memberToken, receiveStock, signUpTenant, useStack } from '@prometric/testing';

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

describe('global object identification: Node, node(id:), nodes(ids:)', () => {
  it('Node is implemented by exactly the types clients read by id, and node reads each with the scope of its own query', () => {
    const api = buildSchema(readFileSync(join(REPO_ROOT, 'schema', 'api.graphql'), 'utf8'));
    const rules = rulesOfSdl(parse(readFileSync(join(REPO_ROOT, 'schema', 'supergraph.graphql'), 'utf8')));
    const node = api.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    const implementations = api.getPossibleTypes(node as never).map((t) => t.name).sort();
    expect(implementations).toEqual(Object.keys(NODE_TYPES).sort());
    // Every query of one object by id returns a Node, and every Node has such a query.
    const byId = Object.values(api.getQueryType()!.getFields())
      .filter((f) => f.args.length === 1 && f.args[0].name === 'id' && isObjectType(getNamedType(f.type)))
      .map((f) => getNamedType(f.type).name)
      .sort();
    expect(byId).toEqual(implementations);
    for (const [type, { read }] of Object.entries(NODE_TYPES)) {
      const rule = rules.get(`Query.${lowerFirst(type)}`);
      // Expense's own query also admits its submitter (checked in its resolver); node asks for finance:read.
      if (type === 'Expense') expect(rule).toMatchObject({ kind: 'authenticated' });
      else expect([type, rule]).toEqual([type, expect.objectContaining(hasPermission(read))]);
    }
  });

  describe('through the gateway', () => {
    const fx = useStack({ database: 'node', orchestrator: true });
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const warehouse = await createWarehouse(fx.url, fx.owner.token, { code: `W-${randomUUID().slice(0, 6)}`, name: 'Main' });
      const product = await createProduct(fx.url, fx.owner.token, { price: '25.00' });
      await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: warehouse.id, quantity: 5 });
      const customer = await createCustomer(fx.url, fx.owner.token);
      const deal = await createDeal(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 2 }]);
      const won = await gql(fx.url, `mutation($id: ID!) { winDeal(id: $id) { deal { order { id } } } }`, { id: deal.id }, fx.owner.token);
      ids.order = won.data!.winDeal.deal.order.id;
      ids.product = product.id;
      ids.warehouse = warehouse.id;
      // Finished, so the order no longer moves while it is read twice.
      ids.invoice = (await fx.stack.orchestrator!.waitForSaga(ids.order)).results.invoiceId!;
      const hired = await gql(fx.url, `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } errors { message } } }`, {
        input: { name: 'Grace Welder', email: `grace-${Date.now()}@test.prometric.dev`, position: 'Welder', salary: '3300.00' },
      }, fx.owner.token);
      ids.employee = hired.data!.createEmployee.employee.id;
    }, 60_000);

    const REFETCH = /* GraphQL */ `
      query($id: ID!) {
        node(id: $id) {
          __typename id
          ... on Order { number status total { amount currency } }
          ... on Invoice { invoiceNumber: number invoiceStatus: status order { id } }
          ... on Employee { name position }
          ... on Product { sku }
        }
      }`;

    it('refetches an order (sales), an invoice (finance) and an employee (hr) by id alone, equal to their own queries', async () => {
      const order = await gql(fx.url, REFETCH, { id: ids.order }, fx.owner.token);
      expect(order.errors).toBeUndefined();
      const direct = (await gql(fx.url, `query($id: ID!) { order(id: $id) { number status total { amount currency } } }`, { id: ids.order }, fx.owner.token)).data!.order;
      expect(order.data!.node).toEqual({ __typename: 'Order', id: ids.order, ...direct });

      const invoice = await gql(fx.url, REFETCH, { id: ids.invoice }, fx.owner.token);
      expect(invoice.errors).toBeUndefined();
      expect(invoice.data!.node).toMatchObject({ __typename: 'Invoice', id: ids.invoice, invoiceStatus: 'ISSUED', order: { id: ids.order } });
      expect(invoice.data!.node.invoiceNumber).toMatch(/^INV-/);

      const employee = await gql(fx.url, REFETCH, { id: ids.employee }, fx.owner.token);
      expect(employee.errors).toBeUndefined();
      expect(employee.data!.node).toEqual({ __typename: 'Employee', id: ids.employee, name: 'Grace Welder', position: 'Welder' });
    });

    it('nodes answers in the order asked, null for unknown, malformed and other workspaces’ ids', async () => {
      const other = await signUpTenant(fx.url);
      const foreign = await createProduct(fx.url, other.token);
      const asked = [ids.employee, randomUUID(), ids.order, 'not-an-id', foreign.id, ids.invoice.toUpperCase(), ids.warehouse];
      const response = await gql(fx.url, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: asked }, fx.owner.token);
      expect(response.errors).toBeUndefined();
      expect(response.data!.nodes).toEqual([
        { __typename: 'Employee', id: ids.employee },
        null,
        { __typename: 'Order', id: ids.order },
        null,
        null,
        { __typename: 'Invoice', id: ids.invoice },
        { __typename: 'Warehouse', id: ids.warehouse },
      ]);
      // The other workspace reads its own product, and none of ours.
      const theirs = await gql(fx.url, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [foreign.id, ids.order, ids.employee] }, other.token);
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data!.nodes).toEqual([{ __typename: 'Product', id: foreign.id }, null, null]);
      const single = await gql(fx.url, REFETCH, { id: ids.order }, other.token);
      expect(single.errors).toBeUndefined();
      expect(single.data).toEqual({ node: null });
    });

    it('a role refused a type gets FORBIDDEN for it (the item null, the rest kept), and the field rules inside still apply', async () => {
      // SALES_REP reads orders but neither employees (hr:read) nor invoices (invoices:read).
      const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
      const refused = await gql(fx.url, REFETCH, { id: ids.employee }, rep);
      expect(refused.data!.node).toBeNull();
      expect(refused.errors).toEqual([expect.objectContaining({ path: ['node'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);

      const mixed = await gql(fx.url, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [ids.order, ids.employee, ids.invoice] }, rep);
      expect(mixed.data!.nodes).toEqual([{ __typename: 'Order', id: ids.order }, null, null]);
      expect(mixed.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([
        [['nodes', 1], 'FORBIDDEN'],
        [['nodes', 2], 'FORBIDDEN'],
      ]);

      // Through node, an order's invoices stay refused to SALES_REP exactly as through order(id:).
      const nested = await gql(fx.url, `query($id: ID!) { node(id: $id) { id ... on Order { number invoices { id } } } }`, { id: ids.order }, rep);
      expect(nested.data!.node).toMatchObject({ id: ids.order, invoices: null });
      expect(nested.data!.node.number).toMatch(/^SO-/);
      expect(nested.errors).toEqual([expect.objectContaining({ path: ['node', 'invoices'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    });

    it('refuses more than 100 ids, and an anonymous caller', async () => {
      const many = Array.from({ length: 101 }, () => randomUUID());
      const tooMany = await gql(fx.url, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: many }, fx.owner.token);
      expect(tooMany.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'ids' }) })]);
      const anonymous = await gql(fx.url, `query($id: ID!) { node(id: $id) { id } }`, { id: ids.order });
      expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });
});
