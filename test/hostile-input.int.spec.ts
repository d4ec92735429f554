import { gql, signUpTenant, useStack, type Tenant } from '@prometric/testing';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import {
  baselineVariables,
  failureOf,
  harvest,
  harvestSelection,
  introspect,
  mutationText,
  pool,
  probesOf,
  type Fixture,
  type Send,
} from './hostile-input/mutation-walker';

/**
 * Bad input is the client's error, never ours. Issue 10 found 55 INTERNAL_SERVER_ERRORs in 778
 * hostile requests: a NUL byte in any text, strings longer than their column, idempotency keys of
 * 100,000 characters, year 0000 dates, `""` as an optional id. This walks EVERY mutation of the
 * gateway's schema (read by introspection, all six subgraphs) one input leaf at a time with hostile
 * values of the leaf's type, the rest of the input made of real objects of the workspace, and fails
 * on any 5xx or INTERNAL_SERVER_ERROR.
 */

/** Mutations that build the walker's objects, in dependency order; each runs with baseline input. */
const FIXTURE_ORDER = [
  'createCustomer', 'createProduct', 'createWarehouse', 'createSupplier', 'createWorkCenter', 'createDepartment', 'createEmployee',
  'submitExpense', 'receiveStock', 'createDeal', 'createOrder', 'createPurchaseOrder', 'createBillOfMaterials', 'createProductionOrder',
  'addWorkOrder', 'requestMaintenance', 'requestLeave', 'createPayrollRun', 'reserveStock', 'createShipment', 'createInvoice',
];

const sender = (url: string, token: string | null): Send => async (query, variables) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: Awaited<ReturnType<Send>>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, body };
};

/** Creates one object of each kind the mutations refer to, in `tenant`'s workspace. */
async function buildFixture(schema: GraphQLSchema, send: Send, tenant: Tenant): Promise<Fixture> {
  const fixture: Fixture = new Map([['User', tenant.userId]]);
  const mutations = (schema.getMutationType() as GraphQLObjectType).getFields();
  for (const name of FIXTURE_ORDER) {
    const field = mutations[name];
    const query = mutationText(field, harvestSelection(field.type));
    // Finance drafts an invoice only once its consumer has seen the order: a few tries.
    for (let attempt = 0; attempt < (name === 'createInvoice' ? 100 : 1); attempt++) {
      const r = await send(query, baselineVariables(schema, field, fixture));
      const payload = (r.body?.data as Record<string, { errors?: unknown[] }> | undefined)?.[name];
      harvest(payload, fixture);
      if (!payload?.errors?.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return fixture;
}

describe('hostile input on every mutation, through the gateway', () => {
  const fx = useStack();

  it('never answers a hostile value with a 5xx or an INTERNAL_SERVER_ERROR', async () => {
    const send = sender(fx.url, fx.owner.token);
    const schema = await introspect(send);
    const stranger = await signUpTenant(fx.url);
    const [own, foreign] = await Promise.all([buildFixture(schema, send, fx.owner), buildFixture(schema, sender(fx.url, stranger.token), stranger)]);
    // The baseline reached the objects the mutations need (an empty fixture would test nothing).
    expect([...own.keys()]).toEqual(expect.arrayContaining(['Customer', 'Product', 'Warehouse', 'Order', 'Employee', 'ProductionOrder', 'Invoice']));

    const probes = probesOf(schema, own, foreign);
    const mutationCount = Object.keys((schema.getMutationType() as GraphQLObjectType).getFields()).length;
    const started = Date.now();
    const failures = (
      await pool(probes, 8, async (probe) => {
        const field = (schema.getMutationType() as GraphQLObjectType).getFields()[probe.mutation];
        return failureOf(probe, await send(mutationText(field, harvestSelection(field.type)), probe.variables));
      })
    ).filter((f) => f !== null);
    if (process.env.HOSTILE_WALK_REPORT) {
      process.stdout.write(`hostile walk: ${probes.length} requests over ${mutationCount} mutations in ${Date.now() - started} ms, ${failures.length} internal errors\n`);
      for (const f of failures) process.stdout.write(`  ${f.probe} → ${f.status} ${f.errors.join(' | ').slice(0, 300)}\n`);
    }
    expect(probes.length).toBeGreaterThan(1500);
    expect(failures).toEqual([]);
  }, 300_000);

  it('says which value is wrong and changes nothing', async () => {
    const owner = (query: string, variables: Record<string, unknown> = {}) => gql(fx.url, query, variables, fx.owner.token);
    const count = async () => (await owner('{ customers(first: 1) { totalCount } }')).data!.customers.totalCount as number;
    const before = await count();
    const create = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { code field message } } }';

    const nul = await owner(create, { input: { name: 'Acme\u0000 Ltd' } });
    expect(nul.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'Variable $input.name contains a NUL character (U+0000); nothing was changed']]);

    const long = await owner(create, { input: { name: 'x'.repeat(256) } });
    expect(long.data!.createCustomer).toEqual({ customer: null, errors: [{ code: 'INVALID', field: ['name'], message: 'name is limited to 255 characters' }] });

    const key = await owner(create, { input: { name: 'Acme', idempotencyKey: 'k'.repeat(256) } });
    expect(key.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(key.errors?.[0].message).toMatch(/idempotencyKey is 1 to 255 characters/);

    const moment = await owner('mutation($at: DateTime) { generateDueMaintenance(asOf: $at) { errors { code } } }', { at: '0000-01-01T00:00:00Z' });
    expect(moment.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', expect.stringMatching(/DateTime lies between the years 1900 and 2200/)]]);

    expect(await count()).toBe(before);
  });
});
