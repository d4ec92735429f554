import { readFileSync, readdirSync } from 'node:fs';
import {
  Kind,
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Role, permissionsOf, rulesOfSdl, type AccessRule, type Permission } from '@prometric/core';
import {
  REPO_ROOT,
  createCustomer,
  createDeal,
  createProduct,
  createWarehouse,
  eventually,
  gql,
  memberToken,
  receiveStock,
  subscribed,
  useStack,
  wsClient,
  type GraphQLResponse,
  type WsClient,
} from '@prometric/testing';

// Bug: a role refused one nested field lost the whole parent. `Order.invoices` was `[Invoice!]!`, so a
// SALES_REP reading the contract's `Order` query got `order: null` with one FORBIDDEN at
// `order.invoices`. Every gated field is nullable now; this test proves it from the supergraph, for
// every role and every gated field the contract's queries and subscription select.

type Json = Record<string, unknown>;
type Path = (string | number)[];

const supergraph = parse(readFileSync(`${REPO_ROOT}/schema/supergraph.graphql`, 'utf8'));
const rules = rulesOfSdl(supergraph);
const apiSchema = buildSchema(require(`${REPO_ROOT}/schema/api-schema.cjs`) as string);

// saga.graphql holds the orchestrator's own calls (its service role), not the clients' contract.
const contract = readdirSync(`${REPO_ROOT}/schema/operations`)
  .filter((f) => f.endsWith('.graphql') && f !== 'saga.graphql')
  .flatMap((f) => parse(readFileSync(`${REPO_ROOT}/schema/operations/${f}`, 'utf8')).definitions)
  .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const contractQueries = contract.filter((op) => op.operation === 'query');
const source = (op: OperationDefinitionNode) => op.loc!.source.body.slice(op.loc!.start, op.loc!.end);

function allows(rule: AccessRule | undefined, permissions: readonly Permission[]): boolean {
  if (!rule || rule.kind !== 'scopes') return true;
  return rule.anyOf.some((group) => group.every((scope) => permissions.includes(scope)));
}

/**
 * What a role must receive, derived from what the owner (every permission) received: the same data,
 * with `null` at each field the role's permissions refuse (and nothing below it), and the concrete
 * paths of those refusals. Every parent of a refused field keeps its value.
 */
function expectedFor(
  permissions: readonly Permission[],
  selection: SelectionSetNode,
  parent: GraphQLObjectType,
  ownerValue: Json,
  path: Path,
  refused: Path[],
  seen: Set<string>,
): Json {
  const out: Json = {};
  for (const node of selection.selections) {
    if (node.kind !== Kind.FIELD) throw new Error(`contract operations use no fragments; got ${node.kind}`);
    const key = node.alias?.value ?? node.name.value;
    if (node.name.value === '__typename') {
      out[key] = ownerValue[key];
      continue;
    }
    const field = parent.getFields()[node.name.value];
    const coordinate = `${parent.name}.${node.name.value}`;
    const rule = rules.get(coordinate);
    if (rule?.kind === 'scopes' && ownerValue[key] != null) seen.add(coordinate);
    if (!allows(rule, permissions)) {
      out[key] = null;
      refused.push([...path, key]);
      continue;
    }
    out[key] = valueFor(permissions, node.selectionSet, field.type, ownerValue[key], [...path, key], refused, seen);
  }
  return out;
}

function valueFor(
  permissions: readonly Permission[],
  selection: SelectionSetNode | undefined,
  type: GraphQLOutputType,
  value: unknown,
  path: Path,
  refused: Path[],
  seen: Set<string>,
): unknown {
  if (value == null || !selection) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return (value as unknown[]).map((item, i) => valueFor(permissions, selection, inner.ofType, item, [...path, i], refused, seen));
  const named = getNamedType(inner);
  if (!isObjectType(named)) throw new Error(`contract operations select no abstract types; got ${named.name}`);
  return expectedFor(permissions, selection, named, value as Json, path, refused, seen);
}

function expectedResponse(op: OperationDefinitionNode, permissions: readonly Permission[], ownerData: Json, seen = new Set<string>()) {
  const root = op.operation === 'subscription' ? apiSchema.getSubscriptionType()! : apiSchema.getQueryType()!;
  const refused: Path[] = [];
  const data = expectedFor(permissions, op.selectionSet, root, ownerData, [], refused, seen);
  return { data, refused };
}

/** The response of a role equals the owner's with nulls exactly at the refused fields, one FORBIDDEN each. */
function expectPartial(response: Pick<GraphQLResponse, 'data' | 'errors'>, expected: { data: Json; refused: Path[] }, compareData = true) {
  const errors = (response.errors ?? []).map((e) => ({ path: e.path, code: e.extensions?.code }));
  expect(errors).toEqual(expect.arrayContaining(expected.refused.map((path) => ({ path, code: 'FORBIDDEN' }))));
  expect(errors).toHaveLength(expected.refused.length);
  expect(response.data).not.toBeNull();
  for (const path of expected.refused) {
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Json)[k as string], response.data);
    expect(parent).not.toBeNull();
    expect((parent as Json)[path[path.length - 1] as string]).toBeNull();
  }
  if (compareData) expect(response.data).toEqual(expected.data);
}

describe('a refused field keeps its parent: every role × every gated field of the contract', () => {
  const clients: WsClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose().catch(() => undefined)));
  });
  // The saga builds the documents (invoice, reservations, production order); its events must meet only
  // this file's orchestrator, so the file has a database of its own.
  const fx = useStack({ database: 'refusals', orchestrator: true });
  const roles = Object.values(Role);
  const tokens = new Map<Role, string>();
  const variables: Record<string, Json[]> = {};
  const ids: Record<string, string> = {};
  /** Gated fields that held data in the owner's answers: each was really refused, not skipped. */
  const exercised = new Set<string>();

  const owner = (query: string, vars: Json = {}) => gql(fx.url, query, vars, fx.owner.token);
  const win = async (customerId: string, productId: string, quantity: number) => {
    const deal = await createDeal(fx.url, fx.owner.token, customerId, [{ productId, quantity }]);
    const r = await owner(`mutation($id: ID!) { winDeal(id: $id) { deal { order { id } } } }`, { id: deal.id });
    return r.data!.winDeal.deal.order.id as string;
  };
  const orderState = (id: string) =>
    owner(`query($id: ID!) { order(id: $id) { status invoices { id status } productionOrders { id } } }`, { id }).then((r) => r.data!.order);

  beforeAll(async () => {
    for (const role of roles) tokens.set(role, role === Role.OWNER ? fx.owner.token : await memberToken(fx.url, fx.owner, role));
    const warehouse = await createWarehouse(fx.url, fx.owner.token);
    const inStock = await createProduct(fx.url, fx.owner.token, { price: '100.00', taxRate: '0.10' });
    const short = await createProduct(fx.url, fx.owner.token, { price: '40.00', taxRate: '0' });
    await receiveStock(fx.url, fx.owner.token, { productId: inStock.id, warehouseId: warehouse.id, quantity: 10 });
    await receiveStock(fx.url, fx.owner.token, { productId: short.id, warehouseId: warehouse.id, quantity: 1 });
    const customer = await createCustomer(fx.url, fx.owner.token);
    // One order fully in stock (READY, invoiced, partly paid, with a shipment), one short (IN_PRODUCTION).
    ids.ready = await win(customer.id, inStock.id, 2);
    ids.producing = await win(customer.id, short.id, 3);
    const ready = await eventually('order READY', () => orderState(ids.ready), (o) => o.status === 'READY' && o.invoices[0]?.status === 'ISSUED');
    await eventually('order IN_PRODUCTION', () => orderState(ids.producing), (o) => o.status === 'IN_PRODUCTION' && o.productionOrders.length === 1);
    const paid = await owner(`mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { code } } }`, {
      input: { invoiceId: ready.invoices[0].id, amount: '50.00', method: 'CASH' },
    });
    expect(paid.data!.recordPayment.errors).toEqual([]);
    const shipped = await owner(`mutation($input: CreateShipmentInput!) { createShipment(input: $input) { errors { code } } }`, { input: { orderId: ids.ready, warehouseId: warehouse.id } });
    expect(shipped.data!.createShipment.errors).toEqual([]);
    const hired = await owner(`mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } } }`, {
      input: { name: 'Ada Fitter', email: `ada-${Date.now()}@test.prometric.dev`, position: 'Fitter', salary: '3100.00' },
    });
    ids.employee = hired.data!.createEmployee.employee.id;
    Object.assign(variables, {
      Me: [{}],
      Products: [{ first: 10 }],
      Order: [{ id: ids.ready }, { id: ids.producing }],
      OrderFulfilment: [{ id: ids.ready }, { id: ids.producing }],
      Orders: [{ first: 10 }],
      Invoices: [{ first: 10 }],
      ProductStock: [{ id: inStock.id }],
      Warehouses: [{ first: 10 }],
      Employee: [{ id: ids.employee }],
      Webhooks: [{ first: 10 }],
      WebhookDeliveries: [{ first: 10 }],
      Events: [{ first: 20 }],
    });
  }, 90_000);

  it('has variables for every contract query (a new one must be added here)', () => {
    expect(contractQueries.map((op) => op.name!.value).filter((name) => !variables[name])).toEqual([]);
  });

  it.each(contractQueries.map((op) => [op.name!.value, op] as const))('%s: each role gets the owner’s data with only its refused fields null', async (name, op) => {
    // `Me` answers about the caller, and `Events` holds only the event types the caller may read:
    // their data differs by token, so only the refusals are compared.
    const callerDependent = name === 'Me' || name === 'Events';
    for (const vars of variables[name]) {
      const full = await owner(source(op), vars);
      expect(full.errors).toBeUndefined();
      for (const role of roles) {
        const response = await gql(fx.url, source(op), vars, tokens.get(role));
        const expected = expectedResponse(op, permissionsOf(role), full.data as Json, exercised);
        try {
          expectPartial(response, expected, !callerDependent);
        } catch (err) {
          throw new Error(`${name} ${JSON.stringify(vars)} as ${role}: ${(err as Error).message}`, { cause: err });
        }
      }
    }
  });

  it('exercised every gated field the contract queries select, with data behind it', () => {
    const gated = new Set<string>();
    const collect = (selection: SelectionSetNode | undefined, parent: GraphQLObjectType) => {
      for (const node of selection?.selections ?? []) {
        if (node.kind !== Kind.FIELD || node.name.value === '__typename') continue;
        const coordinate = `${parent.name}.${node.name.value}`;
        if (rules.get(coordinate)?.kind === 'scopes') gated.add(coordinate);
        const named = getNamedType(parent.getFields()[node.name.value].type);
        if (isObjectType(named)) collect(node.selectionSet, named);
      }
    };
    for (const op of contractQueries) collect(op.selectionSet, apiSchema.getQueryType()!);
    expect(gated.size).toBeGreaterThan(10);
    expect([...gated].filter((c) => !exercised.has(c))).toEqual([]);
  });

  it("the contract's Order keeps the order for SALES_REP and WAREHOUSE, FORBIDDEN only at refused fields", async () => {
    const query = source(contract.find((op) => op.name?.value === 'Order')!);
    const rep = await gql(fx.url, query, { id: ids.producing }, tokens.get(Role.SALES_REP));
    expect(rep.data!.order).toMatchObject({ id: ids.producing, status: 'IN_PRODUCTION', invoices: null, productionOrders: null, shipments: [] });
    expect(rep.data!.order.reservations).toHaveLength(1);
    expect(rep.errors!.map((e) => [e.path!.join('.'), e.extensions!.code]).sort()).toEqual([
      ['order.invoices', 'FORBIDDEN'],
      ['order.productionOrders', 'FORBIDDEN'],
    ]);
    const warehouse = await gql(fx.url, query, { id: ids.ready }, tokens.get(Role.WAREHOUSE));
    expect(warehouse.data!.order).toMatchObject({ id: ids.ready, status: 'READY', customer: null, deal: null, invoices: null, productionOrders: null });
    expect(warehouse.data!.order.lines[0].product.sku).toEqual(expect.any(String));
    expect(warehouse.data!.order.shipments).toHaveLength(1);
    expect(warehouse.errors!.map((e) => e.path!.join('.')).sort()).toEqual(['order.customer', 'order.deal', 'order.invoices', 'order.productionOrders']);
  });

  it("the contract's OrderUpdated delivers the order to SALES_REP and WAREHOUSE, with only their refused fields null", async () => {
    const op = contract.find((o) => o.name?.value === 'OrderUpdated')!;
    const subscribe = async (role: Role) => {
      const client = wsClient(fx.url, tokens.get(role)!);
      clients.push(client);
      await client.connected;
      return client.subscribe(source(op), { id: ids.ready });
    };
    const [full, rep, warehouse] = await subscribed(fx.stack.gateway.subscriptions, async () => [await subscribe(Role.OWNER), await subscribe(Role.SALES_REP), await subscribe(Role.WAREHOUSE)], 3);
    const invoiceId = (await orderState(ids.ready)).invoices[0].id;
    await owner(`mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { code } } }`, { input: { invoiceId, amount: '10.00', method: 'CASH' } });
    const [event] = await full.waitFor(1, 10_000);
    expect(event.errors).toBeUndefined();
    for (const live of [rep, warehouse]) {
      const [delivered] = await live.waitFor(1, 10_000);
      expect(delivered.data!.orderUpdated).toMatchObject({ id: ids.ready, status: 'READY', invoices: null, productionOrders: null });
      expectPartial(delivered as GraphQLResponse, expectedResponse(op, permissionsOf(live === rep ? Role.SALES_REP : Role.WAREHOUSE), event.data as Json));
    }
  });
});
