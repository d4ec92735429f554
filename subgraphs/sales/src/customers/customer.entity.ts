import { Entity, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Money, TenantEntity, money } from '@prometric/core';

/** Someone the workspace sells to. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Someone the workspace sells to.' })
@Entity({ tableName: 'customer' })
export class Customer extends TenantEntity {
  @Field(() => String, { description: 'Name of the person or company.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  @Property({ type: 'string', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  @Property({ type: 'string', nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Customer group (e.g. "wholesale"): price lists may target it.' })
  @Property({ type: 'string', length: 50, nullable: true, fieldName: 'group' })
  group?: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  creditLimitAmount?: string | null;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Money, { nullable: true, description: 'Most the customer may owe at once. Needs finance:read.' })
  get creditLimit(): Money | null {
    return this.creditLimitAmount == null ? null : money(this.creditLimitAmount, this.currency);
  }
}
