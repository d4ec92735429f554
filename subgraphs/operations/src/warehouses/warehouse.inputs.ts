import { Field, InputType, ObjectType } from 'type-graphql';
import { CodedFilter, CodedInput, ConnectionType, UserError, listArgs, orderByInput, CODED_SORT_FIELDS } from '@prometric/core';
import { Warehouse } from './warehouse.entity';

@InputType({ description: 'A new warehouse.' })
export class CreateWarehouseInput extends CodedInput {}

@ObjectType({ description: 'Result of a warehouse mutation.' })
export class WarehousePayload {
  @Field(() => Warehouse, { nullable: true, description: 'The warehouse.' })
  warehouse?: Warehouse | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a warehouse list.' })
export class WarehouseFilter extends CodedFilter {}

export const WarehouseConnection = ConnectionType(Warehouse, 'Warehouse', 'A page of warehouses.');

export const WarehouseOrderBy = orderByInput('Warehouse', CODED_SORT_FIELDS, 'warehouse');
export const WarehousesArgs = listArgs(WarehouseFilter, WarehouseOrderBy, 'by code');
