import { Field, Int, ObjectType } from 'type-graphql';
import { ProductReference } from '../products/product.reference';
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
