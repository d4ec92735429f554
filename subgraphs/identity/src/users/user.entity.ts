import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person who can log in. Email is unique across Prometric. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person who can log in, seen from the caller\'s workspace.' })
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID, { description: 'User id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: 'Login email, lower-cased.' })
  @Property({ type: 'string', unique: true })
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'Date' })
  createdAt: Date & Opt = new Date();
}
