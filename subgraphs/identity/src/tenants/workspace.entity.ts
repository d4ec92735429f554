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

  @Field(() => String, { nullable: true, description: 'Postal address printed on its documents (invoices, credit notes, order confirmations); lines separated by newlines.' })
  @Property({ type: 'text', nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Tax id (VAT number, BIN…) printed on its documents.' })
  @Property({ type: 'string', length: 50, nullable: true })
  taxId?: string | null;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();
}
