import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, DecimalScalar, JSONScalar, SortDirection, UserError } from '@prometric/core';
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

  @Field(() => JSONScalar, { nullable: true, description: 'Custom fields, a JSON object.' })
  customFields?: Record<string, unknown> | null;

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

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the custom fields.' })
  customFields?: Record<string, unknown> | null;
}

@ObjectType({ description: 'Result of a product mutation.' })
export class ProductPayload {
  @Field(() => Product, { nullable: true, description: 'The product.' })
  product?: Product | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a product list.' })
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on SKU or name.' })
  search?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Custom fields that must equal these values, e.g. {"color": "red"}.' })
  customFields?: Record<string, unknown> | null;
}

export enum ProductSortField {
  NAME = 'name',
  SKU = 'sku',
  CREATED_AT = 'createdAt',
}
registerEnumType(ProductSortField, { name: 'ProductSortField', description: 'Fields a product list can be sorted by.' });

@InputType({ description: 'Sort order of a product list.' })
export class ProductOrderBy {
  @Field(() => ProductSortField, { description: 'Sort key.' })
  field!: ProductSortField;

  @Field(() => SortDirection, { nullable: true, description: 'ASC when omitted.' })
  direction?: SortDirection | null;
}

export const ProductConnection = ConnectionType(Product, 'Product', 'A page of products.');
