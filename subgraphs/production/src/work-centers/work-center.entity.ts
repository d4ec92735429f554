import { Entity, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '@prometric/core';

/** A place where production steps run. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A place where production work is done: a machine, a line, an assembly bench.' })
@Entity({ tableName: 'work_center' })
export class WorkCenter extends TenantEntity {
  @Field(() => String, { description: 'Short code, unique in the workspace (e.g. "MAIN").' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string;
}
