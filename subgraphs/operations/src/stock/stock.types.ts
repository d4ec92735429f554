import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@prometric/core';
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
