import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** What an audit entry records of a change: the entity was created, updated, or deleted (soft or not). */
export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE';

/**
 * One field of an audited change. A secret field (stored encrypted) carries only `changed: true`:
 * neither value is ever written to the audit log.
 */
export interface AuditFieldChange {
  field: string;
  old?: unknown;
  new?: unknown;
  changed?: true;
}

/**
 * One row of the kernel's append-only audit log (`<schema>.audit_log`): written by
 * `AuditTrailSubscriber` in the flush (and so the transaction) of the change it describes; the
 * application role may insert and read it under row-level security, never update or delete it.
 */
@Entity({ tableName: 'audit_log' })
export class AuditLog {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'Date' })
  at: Date & Opt = new Date();

  /** The user (or API key) whose token made the change; null for a process without one (an event consumer). */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  /** The member's role, the service role (`service:order-to-cash`), `api-key:<prefix>`, or `system`. */
  @Property({ type: 'string' })
  actorRole!: string;

  @Property({ type: 'string', nullable: true })
  requestId?: string | null;

  /** The GraphQL type name of what changed (`Order`, `Employee`). */
  @Property({ type: 'string' })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'string' })
  action!: AuditAction;

  @Property({ type: 'json' })
  changes: AuditFieldChange[] & Opt = [];
}
