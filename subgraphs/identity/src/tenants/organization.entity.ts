import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A customer company of Prometric. Identity's tables define the tenants, so they carry their
 * tenant keys explicitly instead of through the tenant filter.
 */
@ObjectType({ description: 'A company using Prometric; it owns one or more workspaces.' })
@Entity({ tableName: 'organization' })
export class Organization {
  @Field(() => ID, { description: 'Organization id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();
}
