import { Entity, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@prometric/core';

/** Someone the workspace buys stock from. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Someone the workspace buys stock from.' })
@Entity({ tableName: 'supplier' })
export class Supplier extends TenantEntity {
  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where purchase orders are sent.' })
  @Property({ type: 'string', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Property({ type: 'string', nullable: true })
  phone?: string | null;

  @Field(() => Int, { description: 'Usual days from sending a purchase order to receiving the goods.' })
  @Property({ type: 'integer' })
  leadTimeDays: number & Opt = 0;

  @Field(() => String, { description: 'ISO 4217 currency the supplier invoices in; purchase orders to it use it.' })
  @Property({ type: 'string' })
  currency!: string;
}
