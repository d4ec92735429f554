import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { TENANT_FILTER, TenantEntity, type TenantParams } from '../db/base.entity';
import { AuditLog, type AuditAction, type AuditFieldChange } from './audit-log.entity';

/** Bookkeeping columns no reader needs in a change: stamped by the kernel on every write. */
const IGNORED = new Set(['id', 'organizationId', 'workspaceId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'deletedBy', 'version']);

/**
 * Secret fields are stored encrypted under a column named `<field>Encrypted` (HR's salary and bank
 * account, a webhook's signing secret): their change is recorded under the API's name (`salary`) as
 * `changed: true`, never with a value, not even the ciphertext.
 */
const SECRET_SUFFIX = 'Encrypted';

/** The actor role recorded when no principal is behind the write (an event consumer, a sweep). */
export const SYSTEM_ACTOR_ROLE = 'system';

/** A value as the audit log stores it (JSON): dates as ISO strings, the rest as they are. */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && 'toJSON' in value && typeof (value as { toJSON: unknown }).toJSON === 'function') {
    return (value as { toJSON(): unknown }).toJSON();
  }
  return value;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(plain(a)) === JSON.stringify(plain(b));

/** A JSON property's value: the change set carries the new one already serialized (a string). */
function parsedJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** The fields a change set changes, old → new (a creation: only the fields it sets). */
function changesOf(cs: ChangeSet<TenantEntity>): AuditFieldChange[] {
  const original = (cs.originalEntity ?? {}) as Record<string, unknown>;
  const payload = cs.payload as Record<string, unknown>;
  const changes: AuditFieldChange[] = [];
  for (const key of Object.keys(payload)) {
    if (IGNORED.has(key) || !cs.meta.properties[key as keyof TenantEntity]) continue;
    const prop = cs.meta.properties[key as keyof TenantEntity];
    const json = prop.type === 'json' || prop.columnTypes?.some((t) => t.startsWith('json'));
    const old = cs.type === ChangeSetType.CREATE ? null : json ? parsedJson(original[key]) : original[key];
    const value = json ? parsedJson(payload[key]) : payload[key];
    if (cs.type === ChangeSetType.CREATE && (value === null || value === undefined)) continue;
    if (cs.type !== ChangeSetType.CREATE && same(old, value)) continue;
    if (key.endsWith(SECRET_SUFFIX)) changes.push({ field: key.slice(0, -SECRET_SUFFIX.length), changed: true });
    else changes.push({ field: key, old: plain(old), new: plain(value) });
  }
  return changes;
}

function actionOf(cs: ChangeSet<TenantEntity>): AuditAction | null {
  if (cs.type === ChangeSetType.CREATE) return 'CREATE';
  if (cs.type === ChangeSetType.DELETE || cs.type === ChangeSetType.DELETE_EARLY) return 'DELETE';
  const payload = cs.payload as Record<string, unknown>;
  // A soft delete is a deletion to whoever reads the trail.
  if (payload.deletedAt && !(cs.originalEntity as Record<string, unknown> | undefined)?.deletedAt) return 'DELETE';
  return 'UPDATE';
}

/**
 * Records every change of a tenant entity in the kernel's `audit_log`, in the same flush (and so the
 * same transaction) as the change: who (the request's user or API key and role, from the tenant
 * filter parameters the verified principal set), when, which entity, which fields (old → new; secret
 * fields as changed only) and the request id. A write that rolls back leaves no entry. Raw SQL
 * (`em.execute`) does not pass through here: the README lists what is not audited.
 */
export class AuditTrailSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const entries: AuditLog[] = [];
    let tenant: TenantParams | undefined;
    for (const cs of args.uow.getChangeSets() as ChangeSet<object>[]) {
      if (!(cs.entity instanceof TenantEntity)) continue;
      const change = cs as ChangeSet<TenantEntity>;
      const action = actionOf(change);
      if (!action) continue;
      const changes = action === 'DELETE' && cs.type !== ChangeSetType.UPDATE ? [] : changesOf(change);
      if (action === 'UPDATE' && !changes.length) continue;
      tenant ??= args.em.getFilterParams<TenantParams>(TENANT_FILTER);
      const workspaceId = tenant?.workspaceId ?? change.entity.workspaceId;
      const organizationId = tenant?.organizationId ?? change.entity.organizationId;
      if (!workspaceId || !organizationId) continue;
      const entry = new AuditLog();
      Object.assign(entry, {
        organizationId,
        workspaceId,
        actorId: tenant?.userId ?? null,
        actorRole: tenant?.actorRole ?? SYSTEM_ACTOR_ROLE,
        requestId: tenant?.requestId ?? null,
        entityType: cs.meta.className,
        entityId: change.entity.id,
        action,
        changes,
      });
      entries.push(entry);
    }
    for (const entry of entries) args.uow.computeChangeSet(entry);
  }
}
