import { randomUUID } from 'node:crypto';
import { Entity, type Opt, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A domain event written in the same transaction as the change it describes. */
@Entity({ tableName: 'outbox_event' })
@Index({ properties: ['publishedAt', 'createdAt'] })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  /** The event contract's type: `deal.won`, `order.created`, … (see @prometric/contracts). */
  @Property({ type: 'string' })
  type!: string;

  /** Version of the payload's shape: its contract's `version` when it was recorded. */
  @Property({ type: 'integer' })
  schemaVersion!: number;

  @Property({ type: 'string' })
  aggregateType!: string;

  @Property({ type: 'uuid' })
  aggregateId!: string;

  /** Version of the aggregate after the change: subscribers drop anything older than what they have. */
  @Property({ type: 'integer' })
  aggregateVersion!: number;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date', nullable: true })
  publishedAt?: Date | null;
}
