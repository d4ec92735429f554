import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A separate set of books inside an organization (a company, a branch); the unit of tenancy. */
@ObjectType({ description: 'A set of books inside an organization; all business data belongs to one workspace.' })
@Entity({ tableName: 'workspace' })
export class Workspace {
  @Field(() => ID, { description: 'Workspace id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'ISO 4217 currency every amount of this workspace is in.' })
  @Property({ type: 'string' })
  currency!: string;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();
}
