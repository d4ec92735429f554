import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER, type TenantParams } from '../db/base.entity';
import { OutboxEvent } from './outbox.entity';

/** The wire form of an event, as relayed to BullMQ and pub/sub. */
export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number;
  organizationId: string;
  workspaceId: string;
  actorId: string | null;
  occurredAt: string;
  payload: P;
}

/** Postgres NOTIFY channel the relays LISTEN on. */
export const OUTBOX_CHANNEL = 'prometric_outbox';

/**
 * Adds an event to the outbox of the current transaction. It becomes visible to the relay only when
 * the transaction commits; a rollback discards it with the change it described.
 */
export async function recordEvent(
  em: EntityManager,
  event: { type: string; aggregateType: string; aggregateId: string; aggregateVersion: number; payload: Record<string, unknown> },
): Promise<OutboxEvent> {
  if (!em.isInTransaction()) throw new Error('recordEvent must run inside the transaction of the change');
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const row = em.create(OutboxEvent, {
    ...event,
    organizationId: tenant.organizationId,
    workspaceId: tenant.workspaceId,
    actorId: tenant.userId,
  });
  em.persist(row);
  // Delivered on commit only; wakes the relay without waiting for its poll.
  await em.execute(`select pg_notify('${OUTBOX_CHANNEL}', ?)`, [em.config.get('schema')]);
  return row;
}
