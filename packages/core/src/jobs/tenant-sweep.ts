import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import { inTenantTransaction } from '../db/tenant-transaction';

/** The owner's connection pool `dueWorkspaces` reads with (a `pg` Pool; it bypasses row-level security). */
export type OwnerPool = Pool;

/** One workspace a sweep visits. */
export interface SweepTenant {
  organizationId: string;
  workspaceId: string;
}

export interface TenantSweepOptions {
  /** Names the job in logs and in its advisory lock key (`maintenance.generate-due`). */
  name: string;
  /**
   * Connection string of the schema's owner: only `dueWorkspaces` uses it, since row-level security
   * hides every other workspace from the application role.
   */
  ownerUrl: string;
  /** The subgraph's ORM, connected as the application role: `run` works under row-level security. */
  orm: MikroORM<PostgreSqlDriver>;
  /** Time between the end of one sweep and the start of the next, in ms (> 0). One sweep runs at start. */
  intervalMs: number;
  /**
   * The workspaces that have work due now, read as the owner. It should read keys only (no tenant
   * data leaves it) and be cheap: it runs every interval over every workspace.
   */
  dueWorkspaces: (owner: OwnerPool) => Promise<SweepTenant[]>;
  /**
   * Does the work of one workspace, in one transaction on a fork scoped to it like a request
   * (filter parameters and row-level security setting), with no user: the actor is null. Must be
   * idempotent (another replica, or the next sweep after a crash, may do the same workspace again);
   * must not commit on its own; throwing rolls its workspace back and is logged.
   */
  run: (em: EntityManager, tenant: SweepTenant) => Promise<void>;
  logger: Logger;
}

/** What one sweep did. */
export interface TenantSweepResult {
  /** What `dueWorkspaces` returned (empty when it failed). */
  due: SweepTenant[];
  /** Workspaces whose `run` committed. */
  done: SweepTenant[];
  /** Workspaces another replica was sweeping at that moment (its advisory lock was taken). */
  skipped: SweepTenant[];
  /** Workspaces whose `run` threw (rolled back and logged); the next sweep tries them again. */
  failed: SweepTenant[];
}

export interface TenantSweep {
  /** Sweeps completed since start. */
  readonly sweeps: number;
  /** Runs one sweep now, after the one in progress if any. */
  runNow(): Promise<TenantSweepResult>;
  /** Resolves with the result of the next sweep to complete (tests wait on it). */
  nextSweep(): Promise<TenantSweepResult>;
  /** Stops the timer and waits for a sweep in progress (it starts no further workspace). */
  stop(): Promise<void>;
}

/**
 * Runs scheduled work in every workspace without a person: once at start, then `intervalMs` after
 * each sweep ends, it asks the owner which workspaces have work due and runs `run` for each in its
 * own tenant-scoped transaction, one workspace after the other. A failing workspace is logged and
 * does not stop the others. Several replicas may sweep at once: each workspace's transaction first
 * takes `pg_try_advisory_xact_lock(name, workspace)` and skips the workspace when another replica
 * holds it; the work itself must still be idempotent (a replica may come after another committed).
 */
export function startTenantSweep(options: TenantSweepOptions): TenantSweep {
  if (!(options.intervalMs > 0)) throw new Error(`tenant sweep ${options.name}: intervalMs must be positive`);
  const logger = options.logger.child({ job: options.name });
  const owner = new Pool({ connectionString: options.ownerUrl, max: 1 });
  owner.on('error', (err) => logger.warn({ err }, 'owner connection error'));
  let stopped = false;
  let stopping: Promise<void> | null = null;
  let sweeps = 0;
  let timer: NodeJS.Timeout | null = null;
  // Sweeps never overlap in one process: each starts after the previous one settled.
  let chain: Promise<unknown> = Promise.resolve();
  let waiters: ((r: TenantSweepResult) => void)[] = [];

  const sweepOnce = async (): Promise<TenantSweepResult> => {
    const result: TenantSweepResult = { due: [], done: [], skipped: [], failed: [] };
    if (stopped) return result;
    try {
      result.due = await options.dueWorkspaces(owner);
    } catch (err) {
      logger.error({ err }, 'tenant sweep could not list due workspaces; will retry');
    }
    for (const tenant of result.due) {
      if (stopped) break;
      try {
        const ran = await inTenantTransaction(options.orm, { organizationId: tenant.organizationId, workspaceId: tenant.workspaceId, userId: null }, async (em) => {
          const [lock]: { locked: boolean }[] = await em.execute('select pg_try_advisory_xact_lock(hashtext(?), hashtext(?)) as "locked"', [
            options.name,
            tenant.workspaceId,
          ]);
          if (!lock.locked) return false;
          await options.run(em, tenant);
          return true;
        });
        (ran ? result.done : result.skipped).push(tenant);
      } catch (err) {
        result.failed.push(tenant);
        logger.error({ err, workspaceId: tenant.workspaceId, organizationId: tenant.organizationId }, 'tenant sweep failed in a workspace; will retry');
      }
    }
    sweeps += 1;
    if (result.done.length || result.failed.length) {
      logger.info({ due: result.due.length, done: result.done.length, skipped: result.skipped.length, failed: result.failed.length }, 'tenant sweep');
    }
    const resolve = waiters;
    waiters = [];
    for (const w of resolve) w(result);
    return result;
  };

  const enqueue = (): Promise<TenantSweepResult> => {
    const next = chain.then(sweepOnce);
    chain = next.catch(() => undefined);
    return next;
  };

  const tick = (): void => {
    timer = null;
    void enqueue().finally(() => {
      if (!stopped) timer = setTimeout(tick, options.intervalMs);
    });
  };
  tick();

  return {
    get sweeps() {
      return sweeps;
    },
    runNow: enqueue,
    nextSweep: () => new Promise<TenantSweepResult>((resolve) => waiters.push(resolve)),
    stop() {
      if (stopping) return stopping;
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      stopping = chain.then(() => owner.end());
      return stopping;
    },
  };
}
