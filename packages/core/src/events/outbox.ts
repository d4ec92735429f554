import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventContract, PayloadIn, PayloadOf } from '@prometric/contracts';
import { TENANT_FILTER, type TenantParams } from '../db/base.entity';
import { OutboxEvent } from './outbox.entity';

/** The wire form of an event, as relayed to BullMQ and pub/sub. */
export interface DomainEvent<P = Record<string, unknown>, T extends string = string> {
  id: string;
  type: T;
  /** Version of the payload's shape (its contract's `version`). */
  schemaVersion: number;
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

/** What a producer says about one occurrence of an event: the aggregate it concerns and the payload. */
export interface EventOccurrence<C extends EventContract> {
  aggregateId: string;
  /** Version of the aggregate after the change: subscribers drop anything older than what they have. */
  aggregateVersion: number;
  payload: PayloadIn<C>;
}

/**
 * Adds an event to the outbox of the current transaction. It becomes visible to the relay only when
 * the transaction commits; a rollback discards it with the change it described. The payload is
 * type-checked against the contract and parsed before it is written: a producer cannot publish what
 * its consumers would refuse.
 */
export async function recordEvent<C extends EventContract>(em: EntityManager, contract: C, occurrence: EventOccurrence<C>): Promise<OutboxEvent> {
  if (!em.isInTransaction()) throw new Error('recordEvent must run inside the transaction of the change');
  const parsed = contract.payload.safeParse(occurrence.payload);
  if (!parsed.success) throw new Error(`${contract.type}: the producer's payload breaks its contract: ${parsed.error.message}`);
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const row = em.create(OutboxEvent, {
    type: contract.type,
    schemaVersion: contract.version,
    aggregateType: contract.aggregateType,
    aggregateId: occurrence.aggregateId,
    aggregateVersion: occurrence.aggregateVersion,
    payload: parsed.data as PayloadOf<C> & Record<string, unknown>,
    organizationId: tenant.organizationId,
    workspaceId: tenant.workspaceId,
    actorId: tenant.userId,
  });
  em.persist(row);
  // Delivered on commit only; wakes the relay without waiting for its poll.
  await em.execute(`select pg_notify('${OUTBOX_CHANNEL}', ?)`, [em.config.get('schema')]);
  return row;
}
