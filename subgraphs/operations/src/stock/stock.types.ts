import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar, Money } from '@prometric/core';
import { ProductReference, productReference } from '../products/product.reference';
import { Warehouse } from '../warehouses/warehouse.entity';

/** Quantities of a product: in one warehouse, or summed over all of them. */
@ObjectType('StockLevel', { description: 'Units of a product: physically present, promised to orders, and free to promise.' })
export class StockLevelView {
  @Field(() => Int, { description: 'Units physically present.' })
  onHand!: number;

  @Field(() => Int, { description: 'Units promised to orders and not yet shipped.' })
  reserved!: number;

  @Field(() => Int, { description: 'Units free to promise: onHand − reserved.' })
  get available(): number {
    return this.onHand - this.reserved;
  }
}

/** A product's stock in one warehouse. */
@ObjectType({ description: "A product's stock in one warehouse." })
export class WarehouseStock extends StockLevelView {
  @Field(() => Warehouse, { description: 'The warehouse.' })
  warehouse!: Warehouse;

  @Field(() => ProductReference, { description: 'The product. Needs products:read.' })
  product!: ProductReference;
}

export const stockLevelView = (onHand: number, reserved: number): StockLevelView => Object.assign(new StockLevelView(), { onHand, reserved });

/** A product's stock in one warehouse (zeros where it never had a level). */
export const warehouseStock = (warehouse: Warehouse, productId: string, level: { onHand: number; reserved: number } | undefined): WarehouseStock =>
  Object.assign(new WarehouseStock(), { warehouse, product: productReference(productId), onHand: level?.onHand ?? 0, reserved: level?.reserved ?? 0 });

@ObjectType({ description: "Units of a product physically present in one warehouse on a past date, from the ledger." })
export class WarehouseOnHand {
  @Field(() => Warehouse, { description: 'The warehouse.' })
  warehouse!: Warehouse;

  @Field(() => Int, { description: 'Units present at the end of the day: the sum of its movements until then.' })
  onHand!: number;
}

@ObjectType({ description: 'A product\'s stock on a past date, replayed from the append-only ledger (reservations are not in the ledger: only what was physically present).' })
export class StockAsOf {
  @Field(() => DateScalar, { description: 'The date (UTC), counted to the end of that day.' })
  asOf!: string;

  @Field(() => ProductReference, { description: 'The product. Needs products:read.' })
  product!: ProductReference;

  @Field(() => Int, { description: 'Units present in all warehouses.' })
  onHand!: number;

  @Field(() => [WarehouseOnHand], { description: 'Units present in each warehouse that had moved any by then, by warehouse code.' })
  warehouses!: WarehouseOnHand[];
}

@ObjectType({ description: 'The value of one product in one warehouse at an instant: units on hand × their weighted average unit cost.' })
export class StockValuationRow {
  @Field(() => ProductReference, { nullable: true, description: 'The product. Needs products:read.' })
  product!: ProductReference;

  @Field(() => Warehouse, { description: 'The warehouse.' })
  warehouse!: Warehouse;

  @Field(() => Int, { description: 'Units on hand at that instant, from the ledger (the last movement before it).' })
  onHand!: number;

  @Field(() => DecimalScalar, { description: 'Weighted average cost of one unit at that instant (4 decimals); 0 when no cost was ever recorded.' })
  averageCost!: string;

  @Field(() => Money, { description: 'onHand × averageCost, rounded half-up to cents, in the workspace currency.' })
  value!: Money;

  @Field(() => Int, { description: 'Units on hand that came in before costs were recorded (valued at 0): the receipts without a cost, at most onHand.' })
  unvaluedQuantity!: number;
}

@ObjectType({ description: 'The value of the stock at an instant, per product and warehouse, at weighted average cost, in the workspace currency.' })
export class StockValuation {
  @Field(() => DateTimeScalar, { description: 'The instant the valuation is as of (movements at or before it count).' })
  asOf!: Date;

  @Field(() => String, { description: 'The currency of every value (the workspace currency).' })
  currency!: string;

  @Field(() => [StockValuationRow], { description: 'Each product and warehouse with units on hand at that instant, by warehouse code then product id.' })
  rows!: StockValuationRow[];

  @Field(() => Int, { description: 'Units on hand over all rows.' })
  totalQuantity!: number;

  @Field(() => Money, { description: 'The sum of the rows\' values.' })
  totalValue!: Money;

  @Field(() => Int, { description: 'Units on hand over all rows that have no recorded cost (valued at 0): the report is only as complete as the costs recorded.' })
  unvaluedQuantity!: number;
}
