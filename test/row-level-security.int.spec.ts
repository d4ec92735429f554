import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { appDatabaseUrl } from '@prometric/core';
import { loadSaga, sagaRowsOn } from '@prometric/orchestrator';
import { SUBGRAPH_DATABASES, signUpTenant, testConfig, useStack, type Tenant } from '@prometric/testing';

/** Every schema a service owns (each subgraph's, and the orchestrator's). */
const SCHEMAS = SUBGRAPH_DATABASES.map((d) => d.schema);

/** The tables issue 10 found without row-level security. */
const NEWLY_COVERED = [
  'identity.membership',
  'identity.refresh_token',
  'identity.idempotency_key',
  'identity.document_counter',
  'identity.outbox_event',
  'identity.processed_message',
  'orchestrator.order_saga',
  'orchestrator.processed_message',
];

const inTenant = async <T>(db: Client, workspaceId: string, work: () => Promise<T>): Promise<T> => {
  await db.query('begin');
  try {
    await db.query("select set_config('app.workspace_id', $1, true)", [workspaceId]);
    return await work();
  } finally {
    await db.query('rollback');
  }
};

describe('row-level security on every table that carries workspace_id', () => {
  const fx = useStack({ pg: true, owner: false });
  /** Connected as the application role, like every request, consumer and the orchestrator. */
  const app = new Client({ connectionString: appDatabaseUrl({ DATABASE_URL: testConfig.databaseUrl }) });
  let a: Tenant;
  let b: Tenant;

  beforeAll(async () => {
    await app.connect();
    [a, b] = await Promise.all([signUpTenant(fx.url), signUpTenant(fx.url)]);
    // Rows of both workspaces in the tables only the kernel or the orchestrator write (sign-up wrote
    // each workspace's membership and refresh token). COMPLETED sagas: no sweeper picks them up.
    for (const t of [a, b]) {
      const ids = [t.workspaceId, t.organizationId];
      await fx.pg.query(`insert into identity.idempotency_key (workspace_id, operation, key) values ($1::uuid, 'rls-test', $1::text)`, [t.workspaceId]);
      await fx.pg.query(`insert into identity.document_counter (workspace_id, doc_type, year, organization_id, last_value) values ($1, 'RLS', 2026, $2, 1)`, ids);
      await fx.pg.query(
        `insert into identity.outbox_event (id, type, aggregate_type, aggregate_id, aggregate_version, organization_id, workspace_id, payload, published_at)
         values (gen_random_uuid(), 'rls.test', 'Test', gen_random_uuid(), 1, $2, $1, '{}', now())`,
        ids,
      );
      await fx.pg.query(`insert into identity.processed_message (consumer, event_id, event_type, organization_id, workspace_id) values ('rls-test', gen_random_uuid(), 'rls.test', $2, $1)`, ids);
      await fx.pg.query(`insert into orchestrator.order_saga (order_id, organization_id, workspace_id, status) values (gen_random_uuid(), $2, $1, 'COMPLETED')`, ids);
      await fx.pg.query(`insert into orchestrator.processed_message (consumer, event_id, event_type, organization_id, workspace_id) values ('rls-test', gen_random_uuid(), 'rls.test', $2, $1)`, ids);
    }
  });

  // Runs after useStack's own afterAll has closed fx.pg: clean up on a connection of its own.
  afterAll(async () => {
    await app.end();
    const owner = new Client({ connectionString: testConfig.databaseUrl });
    await owner.connect();
    try {
      const ws = [a.workspaceId, b.workspaceId];
      await owner.query(`delete from identity.outbox_event where workspace_id = any($1)`, [ws]);
      await owner.query(`delete from orchestrator.order_saga where workspace_id = any($1)`, [ws]);
    } finally {
      await owner.end();
    }
  });

  it('has ENABLE and FORCE row level security and a workspace policy on each of them, listed from pg_catalog (65/65)', async () => {
    const { rows } = await fx.pg.query<{ name: string; enabled: boolean; forced: boolean; policed: boolean }>(
      `select n.nspname || '.' || c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
              exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polcmd = '*'
                      and pg_get_expr(p.polqual, p.polrelid) like '%current_setting(''app.workspace_id''%'
                      and pg_get_expr(p.polwithcheck, p.polrelid) like '%current_setting(''app.workspace_id''%') as policed
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute att on att.attrelid = c.oid and att.attname = 'workspace_id' and not att.attisdropped
       where c.relkind in ('r', 'p') and n.nspname = any($1)
       order by 1`,
      [SCHEMAS],
    );
    const uncovered = rows.filter((r) => !(r.enabled && r.forced && r.policed)).map((r) => r.name);
    expect(uncovered).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(65);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(NEWLY_COVERED));
  });

  it('lets no security definer function be run by anyone but the application role, each with a pinned search_path', async () => {
    const { rows } = await fx.pg.query<{ name: string; config: string[] | null; public: boolean; app: boolean }>(
      `select n.nspname || '.' || p.proname as name, p.proconfig as config,
              has_function_privilege('public', p.oid, 'execute') as public,
              has_function_privilege('prometric_app', p.oid, 'execute') as app
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where p.prosecdef and n.nspname = any($1) order by 1`,
      [SCHEMAS],
    );
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['identity.login_membership', 'identity.refresh_token_tenant', 'orchestrator.resumable_sagas', 'orchestrator.saga_tenant']),
    );
    for (const fn of rows) {
      expect({ fn: fn.name, public: fn.public, app: fn.app, searchPath: fn.config }).toEqual({
        fn: fn.name,
        public: false,
        app: true,
        searchPath: ['search_path=pg_catalog, pg_temp'],
      });
    }
  });

  it.each(NEWLY_COVERED)('%s: the application role sees nothing without a declared workspace', async (table) => {
    const { rows: owned } = await fx.pg.query(`select count(*)::int as n from ${table} where workspace_id = any($1)`, [[a.workspaceId, b.workspaceId]]);
    expect(owned[0].n).toBeGreaterThanOrEqual(2);
    const { rows } = await app.query(`select count(*)::int as n from ${table}`);
    expect(rows[0].n).toBe(0);
  });

  it.each(NEWLY_COVERED)("%s: raw SQL as the application role never reads, changes or creates another workspace's rows", async (table) => {
    await inTenant(app, a.workspaceId, async () => {
      const { rows } = await app.query(`select distinct workspace_id from ${table}`);
      expect(rows).toEqual([{ workspace_id: a.workspaceId }]);
      expect((await app.query(`update ${table} set workspace_id = workspace_id where workspace_id = $1`, [b.workspaceId])).rowCount).toBe(0);
      expect((await app.query(`delete from ${table} where workspace_id = $1`, [b.workspaceId])).rowCount).toBe(0);
      await app.query('savepoint move');
      // Moving its own row into B would create a row of B: the policy's check refuses it.
      await expect(app.query(`update ${table} set workspace_id = $1 where workspace_id = $2`, [b.workspaceId, a.workspaceId])).rejects.toThrow(/row-level security/);
      await app.query('rollback to savepoint move');
    });
    const { rows } = await fx.pg.query(`select count(*)::int as n from ${table} where workspace_id = $1`, [b.workspaceId]);
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it("answers login's lookup with the one membership of the user asked about, and nothing of anyone else", async () => {
    const { rows: own } = await app.query(`select * from identity.login_membership($1, null)`, [a.userId]);
    expect(own).toEqual([{ organization_id: a.organizationId, workspace_id: a.workspaceId, role: 'OWNER' }]);
    // A workspace the user is not a member of gives nothing, though the membership table holds B's owner.
    expect((await app.query(`select * from identity.login_membership($1, $2)`, [a.userId, b.workspaceId])).rows).toEqual([]);
    expect((await app.query(`select * from identity.login_membership($1, null)`, [randomUUID()])).rows).toEqual([]);
  });

  it("gives a saga driver handed the wrong workspace no saga to read or save (the orchestrator's connections are the application role's)", async () => {
    const { rows } = await fx.pg.query(`select order_id from orchestrator.order_saga where workspace_id = $1 limit 1`, [b.workspaceId]);
    const orderOfB: string = rows[0].order_id;
    const asA = sagaRowsOn(app, { organizationId: a.organizationId, workspaceId: a.workspaceId });
    expect(await asA.load(orderOfB)).toBeNull();
    const asB = sagaRowsOn(app, { organizationId: b.organizationId, workspaceId: b.workspaceId });
    const saga = await asB.load(orderOfB);
    expect(saga).toMatchObject({ orderId: orderOfB, workspaceId: b.workspaceId, status: 'COMPLETED' });
    expect(await asA.save(saga!, { failureReason: 'written from A' })).toBe(false);
    expect((await loadSaga(app, orderOfB))).toBeNull();
    const { rows: after } = await fx.pg.query(`select failure_reason from orchestrator.order_saga where order_id = $1`, [orderOfB]);
    expect(after).toEqual([{ failure_reason: null }]);
  });
});
