import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Supplier } from './supplier.entity';

@InputType({ description: 'A new supplier.' })
export class CreateSupplierInput {
  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => Int, { nullable: true, description: 'Usual days from order to delivery; 0 when omitted.' })
  leadTimeDays?: number | null;

  @Field(() => String, { description: 'ISO 4217 currency code, e.g. "USD".' })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a supplier; omitted fields keep their value, null clears email or phone.' })
export class UpdateSupplierInput {
  @Field(() => ID, { description: 'The supplier.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => Int, { nullable: true, description: 'Usual days from order to delivery.' })
  leadTimeDays?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code.' })
  currency?: string | null;
}

@ObjectType({ description: 'Result of a supplier mutation.' })
export class SupplierPayload {
  @Field(() => Supplier, { nullable: true, description: 'The supplier.' })
  supplier?: Supplier | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a supplier list.' })
export class SupplierFilter extends ListFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or email.' })
  search?: string | null;
}

export const SupplierConnection = ConnectionType(Supplier, 'Supplier', 'A page of suppliers.');

export const SupplierOrderBy = orderByInput('Supplier', { ...TIMESTAMP_SORT_FIELDS, NAME: 'name' }, 'supplier');
export const SuppliersArgs = listArgs(SupplierFilter, SupplierOrderBy, 'by name');
