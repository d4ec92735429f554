import { Field, InputType, ObjectType } from 'type-graphql';
import { CUSTOM_FIELDS_FILTER, CUSTOM_FIELDS_INPUT, CUSTOM_FIELDS_REPLACE, CustomFieldFilter, ConnectionType, DecimalScalar, JSONScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Product } from './product.entity';

@InputType({ description: 'A new product.' })
export class CreateProductInput {
  @Field(() => String, { description: 'Stock-keeping unit, unique in the workspace.' })
  sku!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Unit price net of tax, in the workspace currency.' })
  price!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Unit cost.' })
  cost?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Tax rate as a fraction ("0.12" is 12%); 0 when omitted.' })
  taxRate?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: CUSTOM_FIELDS_INPUT })
  customFields?: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Integration metadata (your own ids and the like): a flat JSON object of strings, numbers, booleans or nulls, at most 50 entries; filterable by key and value.' })
  metadata?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a product; omitted fields stay as they are.' })
export class UpdateProductInput {
  @Field(() => String, { description: 'Product id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'New unit price.' })
  price?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'New unit cost.' })
  cost?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'New tax rate.' })
  taxRate?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: CUSTOM_FIELDS_REPLACE })
  customFields?: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the integration metadata (a flat JSON object, see create).' })
  metadata?: Record<string, unknown> | null;
}

@ObjectType({ description: 'Result of a product mutation.' })
export class ProductPayload {
  @Field(() => Product, { nullable: true, description: 'The product.' })
  product?: Product | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a product list.' })
export class ProductFilter extends ListFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on SKU or name.' })
  search?: string | null;

  @Field(() => [CustomFieldFilter], { nullable: true, description: CUSTOM_FIELDS_FILTER })
  customFields?: CustomFieldFilter[] | null;
}

export const ProductConnection = ConnectionType(Product, 'Product', 'A page of products.');

export const ProductOrderBy = orderByInput('Product', { ...TIMESTAMP_SORT_FIELDS, NAME: 'name', SKU: 'sku', PRICE: 'priceAmount' }, 'product');
export const ProductsArgs = listArgs(ProductFilter, ProductOrderBy, 'by name');
