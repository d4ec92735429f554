import { Entity, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '@prometric/core';

/** A place that holds stock. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A place that holds stock: a warehouse, a shop floor store, a van.' })
@Entity({ tableName: 'warehouse' })
export class Warehouse extends TenantEntity {
  @Field(() => String, { description: 'Short code, unique in the workspace (e.g. "MAIN").' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string;
}
