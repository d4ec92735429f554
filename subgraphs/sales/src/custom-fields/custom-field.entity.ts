import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CustomFieldType, TenantEntity } from '@prometric/core';

/** The sales types a workspace can give custom fields. */
export enum CustomFieldEntity {
  PRODUCT = 'PRODUCT',
  CUSTOMER = 'CUSTOMER',
  DEAL = 'DEAL',
  ORDER = 'ORDER',
}

registerEnumType(CustomFieldEntity, {
  name: 'CustomFieldEntity',
  description: 'A type whose objects can carry custom fields (today the sales types).',
  valuesConfig: {
    PRODUCT: { description: 'Products (createProduct, updateProduct, products(filter:)).' },
    CUSTOMER: { description: 'Customers (createCustomer, customers(filter:)).' },
    DEAL: { description: 'Deals (createDeal, deals(filter:)).' },
    ORDER: { description: 'Orders (createOrder, updateOrder, orders(filter:)).' },
  },
});

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
