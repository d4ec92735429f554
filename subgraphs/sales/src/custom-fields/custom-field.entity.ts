import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { CustomFieldType, TenantEntity, defineEnum, type EnumValue } from '@prometric/core';

/** The sales types a workspace can give custom fields. */
export const CustomFieldEntity = defineEnum('CustomFieldEntity', 'A type whose objects can carry custom fields (today the sales types).', {
  PRODUCT: 'Products (createProduct, updateProduct, products(filter:)).',
  CUSTOMER: 'Customers (createCustomer, customers(filter:)).',
  DEAL: 'Deals (createDeal, deals(filter:)).',
  ORDER: 'Orders (createOrder, updateOrder, orders(filter:)).',
});
export type CustomFieldEntity = EnumValue<typeof CustomFieldEntity>;

/** A field the workspace added to one type: values are checked against it and lists filter on it. */
@ObjectType('CustomField', { description: 'A custom field the workspace defined for one type: its key, type and rules.' })
@Entity({ tableName: 'custom_field_definition' })
export class CustomFieldDefinition extends TenantEntity {
  @Field(() => CustomFieldEntity, { description: 'The type whose objects carry it.' })
  @Enum({ items: () => CustomFieldEntity, type: 'string' })
  entity!: CustomFieldEntity;

  @Field(() => String, { description: 'Key in the objects\' `customFields` (lower-case letters, digits and _).' })
  @Property({ type: 'string' })
  key!: string;

  @Field(() => String, { description: 'Name to show.' })
  @Property({ type: 'string' })
  label!: string;

  @Field(() => CustomFieldType, { description: 'What it holds; fixed once defined.' })
  @Enum({ items: () => CustomFieldType, type: 'string' })
  type!: CustomFieldType;

  @Field(() => [String], { nullable: true, description: 'The allowed values of a SELECT field; null for other types.' })
  @Property({ type: 'json', nullable: true })
  options?: string[] | null;

  @Field(() => Boolean, { description: 'Whether every object of the type must carry it (checked on create, and on update when customFields is given).' })
  @Property({ type: 'boolean' })
  required: boolean & Opt = false;
}
