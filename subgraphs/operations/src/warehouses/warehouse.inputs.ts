import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, UserError } from '@prometric/core';
import { Warehouse } from './warehouse.entity';

@InputType({ description: 'A new warehouse.' })
export class CreateWarehouseInput {
  @Field(() => String, { description: 'Short code, unique in the workspace: 1–32 letters, digits or . _ - /.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a warehouse mutation.' })
export class WarehousePayload {
  @Field(() => Warehouse, { nullable: true, description: 'The warehouse.' })
  warehouse?: Warehouse | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a warehouse list.' })
export class WarehouseFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on code or name.' })
  search?: string | null;
}

export const WarehouseConnection = ConnectionType(Warehouse, 'Warehouse', 'A page of warehouses.');
