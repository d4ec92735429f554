import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  TENANT_FILTER,
  appDatabaseUrl,
  appRoleSql,
  createLogger,
  createOrm,
  startTenantSweep,
  tenantRlsSql,
  type SweepTenant,
  type TenantParams,
  type TenantSweep,
  type TenantSweepOptions,
} from '@prometric/core';
import { expectNothingWithin, testConfig } from '@prometric/testing';

/**
 * The generic tenant sweep against real Postgres, its work running as the application role under
 * row-level security. The file owns a scratch schema (a tally per workspace), dropped at the end.
 */
const schema = `sweep_test_${randomUUID().slice(0, 8)}`;
const tenants: SweepTenant[] = [0, 1, 2, 3].map(() => ({ organizationId: randomUUID(), workspaceId: randomUUID() }));
const [a, b, c, d] = tenants;

let owner: Client;
let orm: Awaited<ReturnType<typeof createOrm>>;
const running: TenantSweep[] = [];

async function tallies(): Promise<number[]> {
  const out: number[] = [];
  for (const t of tenants) out.push(await tally(t));
  return out;
}

async function tally(t: SweepTenant): Promise<number> {
  const { rows } = await owner.query(`select "n" from "${schema}"."tally" where "workspace_id" = $1`, [t.workspaceId]);
  return rows[0].n;
}

/** Adds one to the tally of every row it can see: under row-level security, only its own workspace's. */
const bump = (em: Parameters<TenantSweepOptions['run']>[0]) => em.execute(`update "${schema}"."tally" set "n" = "n" + 1`);

function sweep(options: Partial<TenantSweepOptions> & Pick<TenantSweepOptions, 'dueWorkspaces' | 'run'>): TenantSweep {
  const s = startTenantSweep({ name: `${schema}.job`, ownerUrl: testConfig.databaseUrl, orm, intervalMs: 60_000, logger: createLogger('sweep-test', 'silent'), ...options });
  running.push(s);
  return s;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

beforeAll(async () => {
  owner = new Client({ connectionString: testConfig.databaseUrl });
  await owner.connect();
  await owner.query(`create schema "${schema}"`);
  await owner.query(`create table "${schema}"."tally" ("workspace_id" uuid primary key, "organization_id" uuid not null, "n" int not null default 0)`);
  for (const sql of [...appRoleSql(schema), ...tenantRlsSql(schema, ['tally'])]) await owner.query(sql);
  for (const t of tenants) await owner.query(`insert into "${schema}"."tally" values ($1, $2, 0)`, [t.workspaceId, t.organizationId]);
  orm = await createOrm({ clientUrl: appDatabaseUrl({ DATABASE_URL: testConfig.databaseUrl }), schema, entities: [], migrations: [], poolMax: 4 });
});

afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  await orm?.close(true);
  await owner?.query(`drop schema if exists "${schema}" cascade`);
  await owner?.end();
});

describe('tenant sweep', () => {
  it('runs each due workspace in its own scoped transaction; a failing one rolls back and the others still run', async () => {
    const before = await tallies();
    const seen: TenantParams[] = [];
    const s = sweep({
      dueWorkspaces: async () => [a, b, c],
      run: async (em, t) => {
        seen.push(em.getFilterParams<TenantParams>(TENANT_FILTER));
        await bump(em);
        if (t.workspaceId === b.workspaceId) throw new Error('injected failure');
      },
    });
    const first = await s.nextSweep();
    expect(first).toEqual({ due: [a, b, c], done: [a, c], skipped: [], failed: [b] });
    // Each unscoped update saw only its workspace; b's was rolled back; d was never due.
    expect(await tallies()).toEqual([before[0] + 1, before[1], before[2] + 1, before[3]]);
    expect(seen).toEqual([a, b, c].map((t) => ({ ...t, userId: null })));
    // The next sweep tries again (and fails again for b only).
    expect(await s.runNow()).toMatchObject({ done: [a, c], failed: [b] });
    expect(await tally(a)).toBe(before[0] + 2);
    expect(s.sweeps).toBe(2);
  });

  it('survives a failing list of due workspaces: the next sweep runs', async () => {
    let calls = 0;
    const before = await tally(d);
    const s = sweep({
      dueWorkspaces: async () => {
        calls += 1;
        if (calls === 1) throw new Error('injected list failure');
        return [d];
      },
      run: async (em) => {
        await bump(em);
      },
    });
    expect(await s.nextSweep()).toEqual({ due: [], done: [], skipped: [], failed: [] });
    expect(await s.runNow()).toEqual({ due: [d], done: [d], skipped: [], failed: [] });
    expect(await tally(d)).toBe(before + 1);
  });

  it('skips a workspace another replica is sweeping (advisory lock), and stop() waits for the run in progress', async () => {
    const before = await tally(c);
    const release = deferred();
    const entered = deferred();
    const replica1 = sweep({
      dueWorkspaces: async () => [c],
      run: async (em) => {
        entered.resolve();
        await release.promise;
        await bump(em);
      },
    });
    await entered.promise;
    const replica2 = sweep({ dueWorkspaces: async () => [c], run: async (em) => void (await bump(em)) });
    expect(await replica2.nextSweep()).toEqual({ due: [c], done: [], skipped: [c], failed: [] });

    let stopped = false;
    const stopping = replica1.stop().then(() => (stopped = true));
    await expectNothingWithin(100, 'stop() returning while the run is in progress', () => stopped);
    release.resolve();
    await stopping;
    // Replica 1's run committed before stop() returned; replica 2 did nothing.
    expect(await tally(c)).toBe(before + 1);
  });
});
