import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import DataLoader from 'dataloader';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Principal } from './auth/principal';
import { InvalidTokenError, TokenVerifier, bearerToken } from './auth/jwt';
import { TENANT_FILTER, type TenantParams } from './db/base.entity';
import { setTenantSetting } from './db/tenant-transaction';
import { endReadTransaction, openReadTransaction } from './db/read-transaction';
import { UnauthenticatedError } from './errors';

/** Everything a resolver and a service may use for one request. */
export interface RequestContext {
  requestId: string;
  /** Null for anonymous requests (only public operations accept them). */
  principal: Principal | null;
  /** This request's own fork; tenant filter parameters set from the principal. */
  em: EntityManager;
  logger: Logger;
  /** Per-request DataLoader, created on first use under `key`. */
  loader<K, V, C = K>(key: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>): DataLoader<K, V, C>;
  /**
   * Opens the request's transaction once its operation is known (the subgraph's server does, before
   * execution): `read` for a query, `write` for a mutation. A request of an anonymous caller has none.
   */
  begin(kind: TransactionKind): Promise<void>;
  /**
   * True inside a query's read-only transaction: loaders then read plain rows (`readRows`). A method,
   * not a getter: Apollo Server hands resolvers a shallow copy of the context (Object.assign), which
   * would freeze a getter at its value before the transaction opened.
   */
  isReadOnly(): boolean;
  /** Ends the request's transaction: commits a write (rolls it back when it cannot commit), ends a read. */
  finish(): Promise<void>;
}

/** The principal, or UNAUTHENTICATED. */
export function requirePrincipal(ctx: RequestContext): Principal {
  if (!ctx.principal) throw new UnauthenticatedError();
  return ctx.principal;
}

/** Tenant filter parameters of a principal. */
export function tenantOf(principal: Principal, requestId?: string): TenantParams {
  return {
    organizationId: principal.organizationId,
    workspaceId: principal.workspaceId,
    userId: principal.userId,
    actorRole: principal.apiKey ? `api-key:${principal.apiKey.prefix}` : principal.role,
    requestId: requestId ?? null,
  };
}

/** Forks the ORM for one request and scopes it to the principal's tenant. */
export function forkFor(orm: MikroORM<PostgreSqlDriver>, principal: Principal | null, requestId?: string): EntityManager {
  const em = orm.em.fork({ clear: true, useContext: false }) as EntityManager;
  if (principal) em.setFilterParams(TENANT_FILTER, tenantOf(principal, requestId));
  return em;
}

/**
 * Opens the request's one transaction and makes its first statement the tenant setting that the
 * row-level security policies read, so even a query that forgot the tenant filter (raw SQL, a
 * disabled filter) sees only this workspace. Mutations nest inside it as savepoints.
 */
export async function openTenantTransaction(em: EntityManager, principal: Principal, kind: TransactionKind = 'write'): Promise<void> {
  // A query's transaction skips knex's transaction machinery (see openReadTransaction): same
  // statements, same connection pool, same guarantees.
  if (kind === 'read') return openReadTransaction(em, principal);
  await em.begin();
  await setTenantSetting(em, principal);
}

/**
 * A query's transaction: `READ ONLY`, so a resolver that tried to write would fail loudly, and ended
 * without a flush (nothing to write; the unit of work would otherwise diff every entity it loaded).
 */
export type TransactionKind = 'read' | 'write';

/** Commits the request transaction, or rolls it back when it cannot commit (an aborted transaction). */
export async function closeTenantTransaction(em: EntityManager): Promise<void> {
  if (!em.isInTransaction()) return;
  try {
    await em.commit();
  } catch (e) {
    await em.rollback().catch(() => undefined);
    throw e;
  }
}

/**
 * Builds the request context from the HTTP headers. The subgraph verifies the token itself: a
 * principal forwarded by the gateway is never trusted on its word. A present but invalid token is
 * refused outright rather than downgraded to anonymous.
 */
export async function createRequestContext(
  headers: IncomingHttpHeaders,
  deps: { orm: MikroORM<PostgreSqlDriver>; verifier: TokenVerifier; logger: Logger },
): Promise<RequestContext> {
  const requestId = (headers['x-request-id'] as string | undefined) ?? randomUUID();
  const token = bearerToken(headers.authorization);
  let principal: Principal | null = null;
  if (token) {
    try {
      principal = await deps.verifier.verify(token);
    } catch (e) {
      if (e instanceof InvalidTokenError) throw new UnauthenticatedError('Invalid or expired token');
      throw e;
    }
  }
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  const em = forkFor(deps.orm, principal, requestId);
  let opened: TransactionKind | null = null;
  return {
    requestId,
    principal,
    em,
    isReadOnly: () => opened === 'read',
    async begin(kind) {
      if (!principal || opened) return;
      opened = kind;
      await openTenantTransaction(em, principal, kind);
    },
    finish: () => (opened === 'read' ? endReadTransaction(em) : closeTenantTransaction(em)),
    logger: deps.logger.child({ requestId }),
    loader<K, V, C = K>(key: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, C>) {
      let loader = loaders.get(key) as DataLoader<K, V, C> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V, C>(batch, options);
        loaders.set(key, loader as DataLoader<unknown, unknown, unknown>);
      }
      return loader;
    },
  };
}
