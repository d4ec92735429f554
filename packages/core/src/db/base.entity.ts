import { randomUUID } from 'node:crypto';
import { Filter, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar, DateTimeScalar } from '../graphql/scalars';

/** Filter parameters every request fork carries; set from the verified token, never from input. */
export interface TenantParams {
  organizationId: string;
  workspaceId: string;
  userId: string | null;
  /** What the audit trail records as the actor's role: the member's or service role, or `api-key:<prefix>`. */
  actorRole?: string | null;
  /** The request's id (the gateway's `x-request-id`), recorded with each audit entry. */
  requestId?: string | null;
}

export const TENANT_FILTER = 'tenant';
export const SOFT_DELETE_FILTER = 'softDelete';

/**
 * Base of every tenant-owned entity: uuid id, tenant keys, audit columns, soft delete and JSONB
 * extension fields. The tenant filter is on by default and fails closed: a fork without tenant
 * parameters cannot query these entities at all.
 */
@Filter({
  name: TENANT_FILTER,
  default: true,
  cond: (args: TenantParams) => ({ organizationId: args.organizationId, workspaceId: args.workspaceId }),
})
@Filter({ name: SOFT_DELETE_FILTER, default: true, cond: { deletedAt: null } })
@ObjectType({ description: 'Fields every business object has.' })
export abstract class TenantEntity {
  @Field(() => ID, { description: 'Globally unique id (UUID).' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  // Stamped from the request's verified tenant by the audit subscriber, never from input: optional
  // when an entity is created (`Opt`), always set once it is persisted.
  @Index()
  @Property({ type: 'uuid' })
  organizationId!: string & Opt;

  @Property({ type: 'uuid' })
  workspaceId!: string & Opt;

  @Field(() => DateTimeScalar, { description: 'When the object was created.' })
  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();

  @Field(() => DateTimeScalar, { description: 'When the object last changed.' })
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'uuid', nullable: true })
  updatedBy?: string | null;

  @Property({ type: 'Date', nullable: true })
  deletedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  deletedBy?: string | null;

  @Field(() => JSONScalar, { description: "The workspace's own fields, as a JSON object." })
  @Property({ type: 'json' })
  customFields: Record<string, unknown> & Opt = {};

  @Field(() => JSONScalar, { description: 'Integration metadata (external ids and the like), as a JSON object.' })
  @Property({ type: 'json' })
  metadata: Record<string, unknown> & Opt = {};
}
