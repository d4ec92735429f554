import { Entity, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '@prometric/core';

/** A unit of the organisation. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A unit of the organisation employees belong to.' })
@Entity({ tableName: 'department' })
export class Department extends TenantEntity {
  @Field(() => String, { description: 'Short code, unique in the workspace (e.g. "MAIN").' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string;
}
