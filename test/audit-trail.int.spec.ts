import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { appDatabaseUrl, createLogger, startAuditRetention } from '@prometric/core';
import {
  createCustomer,
  createDeal,
  createOrder,
  createProduct,
  createWarehouse,
  errorCodes,
  eventually,
  gql,
  memberToken,
  receiveStock,
  signUpTenant,
  useStack,
  type GraphQLResponse,
  type Tenant,
} from '@prometric/testing';

const HISTORY = /* GraphQL */ `
  query($id: ID!, $first: Int, $after: String) {
    order(id: $id) {
      id
      history(first: $first, after: $after) {
        edges { cursor node { at actor { id } actorRole requestId action entityType entityId changes { field old new changed } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;

const TRAIL = /* GraphQL */ `
  query($type: AuditEntityType!, $id: ID!) {
    auditTrail(entityType: $type, entityId: $id) {
      edges { node { at actor { id } actorRole requestId action entityType entityId changes { field old new changed } } }
    }
  }`;

interface Change {
  field: string;
  old: unknown;
  new: unknown;
  changed: boolean;
}
interface Entry {
  at: string;
  actor: { id: string } | null;
  actorRole: string;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Change[];
}

const entries = (r: GraphQLResponse, path: 'order' | 'auditTrail'): Entry[] => {
  const trail = path === 'order' ? r.data?.order?.history : r.data?.auditTrail;
  return (trail?.edges ?? []).map((e: { node: Entry }) => e.node);
};

/** A GraphQL request with a request id of the caller's (what the gateway forwards to every subgraph). */
async function withRequestId(url: string, requestId: string, query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse;
}

/** A DRAFT order's id. */
async function newOrder(url: string, token: string, customerId: string, productId: string): Promise<string> {
  const r = await createOrder(url, token, customerId, [{ productId, quantity: 2 }]);
  const id = r.data?.createOrder?.order?.id;
  if (!id) throw new Error(`createOrder failed: ${JSON.stringify(r)}`);
  return id;
}

describe('audit trail: who changed what, when, in which request', () => {
  const fx = useStack({ database: 'audit', orchestrator: true, pg: true });
  let productId: string;
  let customerId: string;
  let orderId: string;

  beforeAll(async () => {
    const warehouse = await createWarehouse(fx.url, fx.owner.token, { code: `W-${randomUUID().slice(0, 6)}`, name: 'Main' });
    const product = await createProduct(fx.url, fx.owner.token, { price: '10.00' });
    productId = product.id;
    await receiveStock(fx.url, fx.owner.token, { productId, warehouseId: warehouse.id, quantity: 50 });
    customerId = (await createCustomer(fx.url, fx.owner.token)).id;
    orderId = await newOrder(fx.url, fx.owner.token, customerId, productId);
  }, 60_000);

  it('a changed order shows its history: old and new values, the user, the role and the request id, newest first', async () => {
    const requestId = `audit-test-${randomUUID()}`;
    const update = `mutation($input: UpdateOrderInput!) { updateOrder(input: $input) { order { id } errors { code } } }`;
    const first = await withRequestId(fx.url, requestId, update, { input: { id: orderId, notes: 'Deliver to gate 2', metadata: { erpId: 'E-1' } } }, fx.owner.token);
    expect(first.data!.updateOrder.errors).toEqual([]);
    const second = await gql(fx.url, update, { input: { id: orderId, notes: 'Deliver to gate 4' } }, fx.owner.token);
    expect(second.data!.updateOrder.errors).toEqual([]);

    const r = await gql(fx.url, HISTORY, { id: orderId }, fx.owner.token);
    expect(r.errors).toBeUndefined();
    const history = entries(r, 'order');
    expect(history.map((e) => e.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    const [latest, earlier, created] = history;
    expect(latest).toMatchObject({ actor: { id: fx.owner.userId }, actorRole: 'OWNER', entityType: 'Order', entityId: orderId });
    expect(latest.changes).toEqual([{ field: 'notes', old: 'Deliver to gate 2', new: 'Deliver to gate 4', changed: true }]);
    expect(latest.requestId).toEqual(expect.any(String));
    expect(latest.requestId).not.toBe(requestId);
    expect(earlier.requestId).toBe(requestId);
    expect(earlier.changes).toEqual(
      expect.arrayContaining([
        { field: 'notes', old: null, new: 'Deliver to gate 2', changed: true },
        { field: 'metadata', old: {}, new: { erpId: 'E-1' }, changed: true },
      ]),
    );
    expect(created.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['status', 'number']));
    expect(Date.parse(latest.at)).toBeGreaterThanOrEqual(Date.parse(earlier.at));

    // A page at a time, newest first.
    const page1 = await gql(fx.url, HISTORY, { id: orderId, first: 2 }, fx.owner.token);
    expect(page1.data!.order.history.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(fx.url, HISTORY, { id: orderId, first: 2, after: page1.data!.order.history.pageInfo.endCursor }, fx.owner.token);
    expect(entries(page2, 'order').map((e) => e.action)).toEqual(['CREATE']);
    expect(page2.data!.order.history.pageInfo.hasNextPage).toBe(false);

    // The same through the root field identity serves by asking the owner.
    const trail = await gql(fx.url, TRAIL, { type: 'ORDER', id: orderId }, fx.owner.token);
    expect(trail.errors).toBeUndefined();
    expect(entries(trail, 'auditTrail')).toEqual(history.map(({ ...e }) => e));
  });

  it('an HR salary change reads "salary changed" and no figure, anywhere', async () => {
    const hired = await gql(fx.url, `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } errors { message } } }`, {
      input: { name: 'Ada Turner', email: `ada-${randomUUID()}@test.prometric.dev`, position: 'Turner', salary: '3317.45' },
    }, fx.owner.token);
    const employeeId = hired.data!.createEmployee.employee.id;
    const raised = await gql(fx.url, `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } errors { message } } }`, {
      input: { id: employeeId, salary: '4129.05', position: 'Senior turner' },
    }, fx.owner.token);
    expect(raised.data!.updateEmployee.errors).toEqual([]);

    const trail = await gql(fx.url, TRAIL, { type: 'EMPLOYEE', id: employeeId }, fx.owner.token);
    expect(trail.errors).toBeUndefined();
    const [update, create] = entries(trail, 'auditTrail');
    expect(update).toMatchObject({ action: 'UPDATE', entityType: 'Employee', actor: { id: fx.owner.userId }, actorRole: 'OWNER' });
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'salary', old: null, new: null, changed: true },
        { field: 'position', old: 'Turner', new: 'Senior turner', changed: true },
      ]),
    );
    expect(create.action).toBe('CREATE');
    expect(create.changes).toContainEqual({ field: 'salary', old: null, new: null, changed: true });
    const json = JSON.stringify(trail);
    // With their decimal point: the bare digits may well stand in a request id's hex.
    for (const figure of ['3317.', '4129.']) expect(json).not.toContain(figure);
    // Nor in the table, where not even the ciphertext is kept.
    const { rows } = await fx.pg.query(`select changes::text as changes from hr.audit_log where entity_id = $1`, [employeeId]);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.changes).not.toMatch(/3317\.|4129\.|Encrypted/);
    }
  });

  it('refuses the trail to a role without audit:read (FORBIDDEN, null), and shows another workspace nothing', async () => {
    const rep = await memberToken(fx.url, fx.owner, 'SALES_REP');
    const r = await gql(fx.url, HISTORY, { id: orderId }, rep);
    expect(r.data!.order).toMatchObject({ id: orderId, history: null });
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    const root = await gql(fx.url, TRAIL, { type: 'ORDER', id: orderId }, rep);
    expect(root.data?.auditTrail ?? null).toBeNull();
    expect(errorCodes(root)).toEqual(['FORBIDDEN']);

    const other: Tenant = await signUpTenant(fx.url);
    const theirs = await gql(fx.url, TRAIL, { type: 'ORDER', id: orderId }, other.token);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.auditTrail.edges).toEqual([]);
    expect((await gql(fx.url, HISTORY, { id: orderId }, other.token)).data!.order).toBeNull();
  });

  it('a mutation refused with a typed error records nothing', async () => {
    const before = entries(await gql(fx.url, HISTORY, { id: orderId }, fx.owner.token), 'order').length;
    const cancelled = await gql(fx.url, `mutation($id: ID!) { cancelOrder(id: $id, reason: "test") { errors { code } } }`, { id: orderId }, fx.owner.token);
    expect(cancelled.data!.cancelOrder.errors).toEqual([]);
    // A cancelled order cannot be confirmed: the transition is refused, and nothing is recorded of it.
    const refused = await gql(fx.url, `mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id: orderId }, fx.owner.token);
    expect(refused.data!.confirmOrder.errors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    const tooLong = await gql(fx.url, `mutation($input: UpdateOrderInput!) { updateOrder(input: $input) { errors { code } } }`, { input: { id: orderId, notes: 'x'.repeat(10_001) } }, fx.owner.token);
    expect(tooLong.data!.updateOrder.errors).toEqual([{ code: 'INVALID' }]);
    const after = entries(await gql(fx.url, HISTORY, { id: orderId }, fx.owner.token), 'order');
    expect(after).toHaveLength(before + 1);
    expect(after[0].changes).toContainEqual({ field: 'status', old: 'DRAFT', new: 'CANCELLED', changed: true });
  });

  it("records the saga's steps with its service role", async () => {
    const deal = await createDeal(fx.url, fx.owner.token, customerId, [{ productId, quantity: 1 }]);
    const won = await gql(fx.url, `mutation($id: ID!) { winDeal(id: $id) { deal { order { id } } } }`, { id: deal.id }, fx.owner.token);
    const id = won.data!.winDeal.deal.order.id;
    await fx.stack.orchestrator!.waitForSaga(id);
    const history = entries(await gql(fx.url, HISTORY, { id }, fx.owner.token), 'order');
    const ready = history.find((e) => e.changes.some((c) => c.field === 'status' && c.new === 'READY'));
    expect(ready).toMatchObject({ action: 'UPDATE', actorRole: 'service:order-to-cash' });
    expect(ready!.requestId).toEqual(expect.any(String));
    expect(history.at(-1)).toMatchObject({ action: 'CREATE', actorRole: 'OWNER', actor: { id: fx.owner.userId } });

    const invoiceId = await eventually(
      'the saga invoiced the order',
      async () => (await gql(fx.url, `query($id: ID!) { order(id: $id) { invoices { id } } }`, { id }, fx.owner.token)).data?.order?.invoices?.[0]?.id ?? null,
      (v) => !!v,
    );
    const invoice = await gql(fx.url, `query($id: ID!) { invoice(id: $id) { history { edges { node { action actorRole changes { field old new } } } } } }`, { id: invoiceId }, fx.owner.token);
    expect(invoice.errors).toBeUndefined();
    const invoiceHistory = invoice.data!.invoice.history.edges.map((e: { node: Entry }) => e.node);
    expect(invoiceHistory.length).toBeGreaterThanOrEqual(2);
    for (const e of invoiceHistory) expect(e.actorRole).toBe('service:order-to-cash');
    expect(invoiceHistory.at(-1).action).toBe('CREATE');
  });

  it('is append-only for the application role: UPDATE and DELETE are refused', async () => {
    const app = new Client({ connectionString: appDatabaseUrl({ DATABASE_URL: fx.databaseUrl }) });
    await app.connect();
    try {
      await app.query('begin');
      await app.query("select set_config('app.workspace_id', $1, true)", [fx.owner.workspaceId]);
      const { rows } = await app.query(`select count(*)::int as n from sales.audit_log where entity_id = $1`, [orderId]);
      expect(rows[0].n).toBeGreaterThan(0);
      await app.query('savepoint s');
      await expect(app.query(`update sales.audit_log set changes = '[]' where entity_id = $1`, [orderId])).rejects.toThrow(/permission denied/);
      await app.query('rollback to savepoint s');
      await expect(app.query(`delete from sales.audit_log where entity_id = $1`, [orderId])).rejects.toThrow(/permission denied/);
      await app.query('rollback');
      for (const schema of ['identity', 'sales', 'operations', 'finance', 'production', 'hr']) {
        const { rows: rights } = await fx.pg.query(
          `select has_table_privilege('prometric_app', $1, 'INSERT') as ins, has_table_privilege('prometric_app', $1, 'SELECT') as sel,
                  has_table_privilege('prometric_app', $1, 'UPDATE') as upd, has_table_privilege('prometric_app', $1, 'DELETE') as del`,
          [`${schema}.audit_log`],
        );
        expect([schema, rights[0]]).toEqual([schema, { ins: true, sel: true, upd: false, del: false }]);
      }
    } finally {
      await app.end();
    }
  });

  it('retention deletes, as the owner, the entries older than AUDIT_RETENTION_DAYS and keeps the recent ones', async () => {
    const order = { id: await newOrder(fx.url, fx.owner.token, customerId, productId) };
    await gql(fx.url, `mutation($input: UpdateOrderInput!) { updateOrder(input: $input) { errors { code } } }`, { input: { id: order.id, notes: 'kept' } }, fx.owner.token);
    const { rows } = await fx.pg.query<{ id: string }>(`select id from sales.audit_log where entity_id = $1 and action = 'CREATE'`, [order.id]);
    await fx.pg.query(`update sales.audit_log set at = now() - interval '3 days' where id = $1`, [rows[0].id]);

    const retention = startAuditRetention({ ownerUrl: fx.databaseUrl, schema: 'sales', days: 2, intervalMs: 3_600_000, logger: createLogger('audit-test', 'silent') })!;
    try {
      // It purges once at start; another run finds nothing more.
      await retention.runNow();
      expect((await fx.pg.query(`select 1 from sales.audit_log where id = $1`, [rows[0].id])).rowCount).toBe(0);
      expect(await retention.runNow()).toBe(0);
    } finally {
      await retention.stop();
    }
    const left = entries(await gql(fx.url, HISTORY, { id: order.id }, fx.owner.token), 'order');
    expect(left.map((e) => e.action)).toEqual(['UPDATE']);
    expect(startAuditRetention({ ownerUrl: fx.databaseUrl, schema: 'sales', days: 0, intervalMs: 1000, logger: createLogger('audit-test', 'silent') })).toBeNull();
  });
});
