import { Entity, type Opt, PrimaryKey, Property, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER, type TenantParams } from './base.entity';

/** Remembers which object a keyed create produced, so a retry returns the first result. */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  workspaceId!: string;

  @PrimaryKey({ type: 'string' })
  operation!: string;

  @PrimaryKey({ type: 'string' })
  key!: string;

  @Property({ type: 'uuid' })
  resultId!: string;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();
}

/**
 * Claims `key` for `operation` in the current transaction. Returns the id of the first result when
 * the key was used before; otherwise null, and the caller must call `rememberIdempotentResult`
 * in the same transaction. A concurrent retry blocks on the primary key until the first commits.
 */
export async function findIdempotentResult(em: EntityManager, operation: string, key: string): Promise<string | null> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const schema = em.config.get('schema');
  const rows: { result_id: string }[] = await em.execute(
    `select result_id from "${schema}".idempotency_key where workspace_id = ? and operation = ? and key = ?`,
    [tenant.workspaceId, operation, key],
  );
  return rows[0]?.result_id ?? null;
}

/** Records the result of a keyed create; a concurrent duplicate fails on the primary key. */
export async function rememberIdempotentResult(em: EntityManager, operation: string, key: string, resultId: string): Promise<void> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const schema = em.config.get('schema');
  await em.execute(
    `insert into "${schema}".idempotency_key (workspace_id, operation, key, result_id, created_at) values (?, ?, ?, ?, now())`,
    [tenant.workspaceId, operation, key, resultId],
  );
}

/**
 * Runs a keyed create in one transaction: a key seen before returns the first result instead of
 * creating again. Two concurrent requests with the same key serialise on the key's primary key;
 * the loser retries once and finds the winner's result.
 */
export async function idempotentCreate<R extends { id: string }>(
  em: EntityManager,
  operation: string,
  key: string | null | undefined,
  create: (tem: EntityManager) => Promise<R>,
  load: (tem: EntityManager, id: string) => Promise<R>,
): Promise<R> {
  const attempt = () =>
    em.transactional(async (tem) => {
      if (key) {
        const prior = await findIdempotentResult(tem, operation, key);
        if (prior) return load(tem, prior);
      }
      const created = await create(tem);
      await tem.flush();
      if (key) await rememberIdempotentResult(tem, operation, key, created.id);
      return created;
    });
  try {
    return await attempt();
  } catch (e) {
    if (key && e instanceof UniqueConstraintViolationException && /idempotency_key/.test((e as Error).message)) return attempt();
    throw e;
  }
}
