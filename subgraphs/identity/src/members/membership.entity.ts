import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, JSONScalar, Role } from '@prometric/core';

/** A user's role in one workspace. */
@ObjectType('Member', { description: 'A person\'s membership of the workspace: who, and with which role.' })
@Entity({ tableName: 'membership' })
@Unique({ properties: ['workspaceId', 'userId'] })
export class Membership {
  @Field(() => ID, { description: 'Membership id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Field(() => Role, { description: 'Role in this workspace.' })
  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Field(() => DateTimeScalar, { description: 'When the person joined the workspace.' })
  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();

  @Field(() => DateTimeScalar, { description: 'When the membership last changed.' })
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Field(() => JSONScalar, { description: 'Integration metadata (external ids and the like), as a JSON object.' })
  @Property({ type: 'json' })
  metadata: Record<string, unknown> & Opt = {};
}
