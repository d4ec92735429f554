import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Role } from '@prometric/core';

/** A user's role in one workspace. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['workspaceId', 'userId'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();
}
