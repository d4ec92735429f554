import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors';
import { TENANT_FILTER, type TenantParams } from './base.entity';

/** The longest idempotency key (a UUID is 36 characters; the column is varchar(255)). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** Remembers which object a keyed create produced, so a retry returns the first result. */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'uuid' })
  workspaceId!: string;

  @PrimaryKey({ type: 'string' })
  operation!: string;

  @PrimaryKey({ type: 'string' })
  key!: string;

  /** Null while the first request is still in flight. */
  @Property({ type: 'uuid', nullable: true })
  resultId?: string | null;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();
}

/**
 * Claims `key` for `operation` in the current transaction. Returns `{ claimed: true }` when this
 * transaction now owns the key; otherwise the id of the first result. A concurrent request with the
 * same key waits on the key's primary key until the owner commits (then sees its result) or rolls
 * back (then claims the key itself).
 */
export async function claimIdempotencyKey(em: EntityManager, operation: string, key: string): Promise<{ claimed: true } | { claimed: false; resultId: string }> {
  if (!key.length || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) throw new BadUserInputError(`idempotencyKey is 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters; nothing was changed`);
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const schema = em.config.get('schema');
  const inserted: unknown[] = await em.execute(
    `insert into "${schema}".idempotency_key (workspace_id, operation, key, result_id, created_at) values (?, ?, ?, null, now())
     on conflict do nothing returning 1`,
    [tenant.workspaceId, operation, key],
  );
  if (inserted.length) return { claimed: true };
  const rows: { result_id: string }[] = await em.execute(
    `select result_id from "${schema}".idempotency_key where workspace_id = ? and operation = ? and key = ?`,
    [tenant.workspaceId, operation, key],
  );
  return { claimed: false, resultId: rows[0].result_id };
}

/** Records the result of a claimed key. */
export async function rememberIdempotentResult(em: EntityManager, operation: string, key: string, resultId: string): Promise<void> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const schema = em.config.get('schema');
  await em.execute(`update "${schema}".idempotency_key set result_id = ? where workspace_id = ? and operation = ? and key = ?`, [
    resultId,
    tenant.workspaceId,
    operation,
    key,
  ]);
}

/**
 * Runs a keyed create in one transaction: a key seen before returns the first result instead of
 * creating again, even when the retry races the first request. Without a key it simply creates.
 */
export async function idempotentCreate<R extends { id: string }>(
  em: EntityManager,
  operation: string,
  key: string | null | undefined,
  create: (tem: EntityManager) => Promise<R>,
  load: (tem: EntityManager, id: string) => Promise<R>,
): Promise<R> {
  return em.transactional(async (tem) => {
    if (key) {
      const claim = await claimIdempotencyKey(tem, operation, key);
      if (!claim.claimed) return load(tem, claim.resultId);
    }
    const created = await create(tem);
    await tem.flush();
    if (key) await rememberIdempotentResult(tem, operation, key, created.id);
    return created;
  });
}
