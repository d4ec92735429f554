import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DecimalScalar, ListFilter, TIMESTAMP_SORT_FIELDS, UserError, listArgs, orderByInput } from '@prometric/core';
import { StockMovement } from './stock.entity';
import { StockMovementType } from './stock-movement-type';

@InputType({ description: 'Goods received into a warehouse.' })
export class ReceiveStockInput {
  @Field(() => ID, { description: "The product (sales' product id; must be a UUID)." })
  productId!: string;

  @Field(() => ID, { description: 'The receiving warehouse.' })
  warehouseId!: string;

  @Field(() => Int, { description: 'Units received; more than zero.' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'External reference: delivery note, purchase order.' })
  reference?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "What one unit cost, in the workspace currency, zero or more (up to 4 decimals); it moves the weighted average cost of the product in this warehouse. Without it the units come in at that average (0 when there is none)." })
  unitCost?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first movement instead of receiving again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A correction of the stock of a product in a warehouse (after a count, damage, loss).' })
export class AdjustStockInput {
  @Field(() => ID, { description: "The product (sales' product id; must be a UUID)." })
  productId!: string;

  @Field(() => ID, { description: 'The warehouse.' })
  warehouseId!: string;

  @Field(() => Int, { description: 'Signed change in units, not zero: positive adds, negative removes. Stock on hand may not go below zero or below what is reserved.' })
  quantity!: number;

  @Field(() => String, { description: 'Why the stock is adjusted.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'External reference: count sheet, incident number.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first movement instead of adjusting again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a stock mutation.' })
export class StockMovementPayload {
  @Field(() => StockMovement, { nullable: true, description: 'The movement written to the ledger.' })
  movement?: StockMovement | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing was written); empty on success.' })
  errors!: UserError[];
}

export const StockMovementConnection = ConnectionType(StockMovement, 'StockMovement', 'A page of stock movements.');

@InputType({ description: 'Narrows a stock movement list (the ledger).' })
export class StockMovementFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Only movements of this product.' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only movements into or out of this warehouse.' })
  warehouseId?: string | null;

  @Field(() => [StockMovementType], { nullable: true, description: 'Only movements of these types.' })
  typeIn?: StockMovementType[] | null;

  @Field(() => String, { nullable: true, description: 'Only movements with this reference (a purchase order or production order number, …).' })
  reference?: string | null;
}

export const StockMovementOrderBy = orderByInput('StockMovement', { ...TIMESTAMP_SORT_FIELDS, QUANTITY: 'quantity' }, 'stock movement');
export const StockMovementsArgs = listArgs(StockMovementFilter, StockMovementOrderBy, 'newest first');
