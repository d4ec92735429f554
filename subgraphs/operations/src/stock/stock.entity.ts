import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { StockMovementType } from './stock-movement-type';

/**
 * One line of the stock ledger. Append-only: a movement is never updated or deleted (the database
 * refuses both); a mistake is corrected by a further movement.
 */
@ObjectType({ description: 'One entry of the stock ledger: a signed change of one product in one warehouse. Never changed once written.' })
@Entity({ tableName: 'stock_movement' })
export class StockMovement extends TenantEntity {
  @Field(() => StockMovementType, { description: 'Why stock moved.' })
  @Enum({ items: () => StockMovementType, type: 'string' })
  type!: StockMovementType;

  /**
   * Sales' product, by id: a federation reference, not a foreign key (operations never reads sales'
   * tables, so it cannot verify the product exists; the id only has to be a UUID).
   */
  @Property({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => Warehouse)
  warehouse!: Warehouse;

  @Field(() => Int, { description: 'Units moved: positive into the warehouse, negative out of it.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'Units on hand of this product in this warehouse right after this movement.' })
  @Property({ type: 'integer' })
  quantityAfter!: number;

  @Field(() => String, { nullable: true, description: 'External reference: delivery note, purchase order, count sheet.' })
  @Property({ type: 'string', nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Why an adjustment was made.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /**
   * Cost of one unit moved: what a receipt cost, or the level's average cost when the units left.
   * Null for movements written before costs were recorded. Not a GraphQL field (costs are read
   * through `stockValuation`, under reports:read).
   */
  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  unitCost?: string | null;

  /** The level's weighted average unit cost right after this movement (null before costs were recorded). */
  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  averageCostAfter?: string | null;
}

/**
 * Running balance of one product in one warehouse, kept in step with the ledger: every movement
 * updates its level in the same transaction, under the level's row lock. Not a GraphQL type (see
 * StockLevelView).
 */
@Entity({ tableName: 'stock_level' })
export class StockLevel extends TenantEntity {
  /** Sales' product id (a federation reference, no foreign key). */
  @Property({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => Warehouse)
  warehouse!: Warehouse;

  @Property({ type: 'integer' })
  onHand!: number;

  @Property({ type: 'integer' })
  reserved!: number;

  /** Weighted average unit cost of the units on hand, moved with every receipt under the row lock. */
  @Property({ type: 'decimal', precision: 18, scale: 4, default: '0' })
  averageCost!: string;
}
