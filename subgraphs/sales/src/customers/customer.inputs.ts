import { Field, InputType, ObjectType } from 'type-graphql';
import { CUSTOM_FIELDS_FILTER, CUSTOM_FIELDS_INPUT, CustomFieldFilter, ConnectionType, DecimalScalar, JSONScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Customer } from './customer.entity';

@InputType({ description: 'A new customer.' })
export class CreateCustomerInput {
  @Field(() => String, { description: 'Name of the person or company.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact email.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  phone?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Most the customer may owe at once, in the workspace currency.' })
  creditLimit?: string | null;

  @Field(() => String, { nullable: true, description: 'Customer group (1 to 50 characters, e.g. "wholesale"): price lists may target it.' })
  group?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: CUSTOM_FIELDS_INPUT })
  customFields?: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Integration metadata (your own ids and the like): a flat JSON object of strings, numbers, booleans or nulls, at most 50 entries; filterable by key and value.' })
  metadata?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a customer mutation.' })
export class CustomerPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer.' })
  customer?: Customer | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a customer list.' })
export class CustomerFilter extends ListFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or email.' })
  search?: string | null;

  @Field(() => [CustomFieldFilter], { nullable: true, description: CUSTOM_FIELDS_FILTER })
  customFields?: CustomFieldFilter[] | null;
}

export const CustomerConnection = ConnectionType(Customer, 'Customer', 'A page of customers.');

export const CustomerOrderBy = orderByInput('Customer', { ...TIMESTAMP_SORT_FIELDS, NAME: 'name' }, 'customer');
export const CustomersArgs = listArgs(CustomerFilter, CustomerOrderBy, 'by name');
