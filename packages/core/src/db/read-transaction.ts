import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { SET_TENANT, type TenantKeys } from './tenant-transaction';

/** The slice of a pooled pg connection (a `pg.Client`) this module runs statements on. */
interface PgConnection {
  query(text: string, values?: readonly unknown[]): Promise<{ rows: unknown[] }>;
}

/** What knex keeps of a transaction that MikroORM and knex's runner read: its client. */
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
  positionBindings(sql: string): string;
}

const BEGIN_READ_ONLY = 'begin transaction read only';

/** Where the context of `openReadTransaction` keeps how to end its transaction. */
const RELEASE = Symbol('release read transaction');

/** `?` placeholders (knex's) as pg's `$n`, per SQL text: statements come from code, so few exist. */
const nativeSql = new Map<string, string>();
const MAX_NATIVE_SQL = 2000;

/**
 * Logs `sql` as MikroORM logs the statements it runs (the `onQuery` hook of `createOrm` sees it),
 * its bindings written in as MikroORM writes them; nothing is formatted when query logging is off.
 */
function logStatement(em: EntityManager, sql: string, bindings: readonly unknown[], started: number, results?: number): void {
  const logger = em.config.getLogger();
  if (!logger.isEnabled('query')) return;
  const query = bindings.length ? em.getPlatform().formatQuery(sql, [...bindings]) : sql;
  logger.logQuery({ query, level: 'info', took: Date.now() - started, results, connection: { type: 'write', name: em.config.get('name') } });
}

/** Bindings pg sends exactly as MikroORM would write them into the SQL: text, numbers, booleans, nulls. */
function plainBindings(bindings: readonly unknown[]): boolean {
  for (const value of bindings) {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  }
  return true;
}

/**
 * Runs one read statement (`?` placeholders, as MikroORM's query builder makes them) straight on the
 * pg connection of `em`'s transaction, bindings sent as parameters: what MikroORM's
 * `connection.execute` does, without formatting the values into the SQL text and without knex's
 * query runner (~10 % of a page's CPU). Null when it cannot: `em` is in no transaction, or a binding
 * is something other than text, a number, a boolean or null (a Date, an array: left to MikroORM,
 * which converts them its own way).
 */
export async function queryInTransaction<R>(em: EntityManager, sql: string, bindings: readonly unknown[]): Promise<R[] | null> {
  if (!plainBindings(bindings)) return null;
  const ctx = em.getTransactionContext<Knex.Transaction>();
  if (!ctx) return null;
  const client: KnexClient = ctx.client;
  let text = nativeSql.get(sql);
  if (text === undefined) {
    text = client.positionBindings(sql);
    if (nativeSql.size >= MAX_NATIVE_SQL) nativeSql.clear();
    nativeSql.set(sql, text);
  }
  const connection = await client.acquireConnection();
  const started = Date.now();
  const { rows } = await connection.query(text, bindings);
  // Logged as sent (`$n` placeholders, values apart), as MikroORM logged these reads before.
  logStatement(em, text, [], started, rows.length);
  return rows as R[];
}

/**
 * A query's transaction without knex's transaction machinery (a knex instance, an event emitter
 * and a promise chain per transaction: ~7 % of a products page's CPU). A connection is taken from
 * the ORM's own pool, `BEGIN TRANSACTION READ ONLY` and the tenant setting run on it directly, and
 * `em` gets a transaction context that MikroORM and knex's runner use like knex's own: its client
 * is the pool's client bound to that one connection (`transacting`, acquire returns it, release
 * does nothing). Everything `em` runs until `endReadTransaction` therefore runs in this transaction,
 * under row-level security for `tenant`. A nested transaction (a savepoint) is refused: a query
 * writes nothing.
 */
export async function openReadTransaction(em: EntityManager, tenant: TenantKeys): Promise<void> {
  const knex = em.getConnection().getKnex();
  const pool: KnexClient = knex.client;
  const connection = await pool.acquireConnection();
  try {
    let started = Date.now();
    await connection.query(BEGIN_READ_ONLY);
    logStatement(em, BEGIN_READ_ONLY, [], started);
    started = Date.now();
    await connection.query(pool.positionBindings(SET_TENANT), [tenant.workspaceId, tenant.organizationId]);
    logStatement(em, SET_TENANT, [tenant.workspaceId, tenant.organizationId], started);
  } catch (e) {
    await connection.query('rollback').catch(() => undefined);
    await pool.releaseConnection(connection);
    throw e;
  }
  const client: KnexClient & { transacting: boolean } = Object.create(pool as object);
  client.transacting = true;
  client.acquireConnection = () => Promise.resolve(connection);
  client.releaseConnection = () => Promise.resolve();
  const context = {
    client,
    isTransaction: true,
    userParams: {},
    transaction() {
      throw new Error('A read-only request cannot open a nested transaction');
    },
    savepoint() {
      throw new Error('A read-only request cannot open a nested transaction');
    },
    isCompleted: () => false,
    [RELEASE]: async () => {
      try {
        const started = Date.now();
        await connection.query('rollback');
        logStatement(em, 'rollback', [], started);
      } finally {
        await pool.releaseConnection(connection);
      }
    },
  };
  em.setTransactionContext(context);
}

/**
 * Ends the transaction `openReadTransaction` opened on `em` (rolls it back: it wrote nothing) and
 * returns its connection to the pool. Does nothing when `em` holds none.
 */
export async function endReadTransaction(em: EntityManager): Promise<void> {
  const ctx = em.getTransactionContext<{ [RELEASE]?: () => Promise<void> }>();
  const release = ctx?.[RELEASE];
  if (!release) return;
  em.resetTransactionContext();
  await release();
}
