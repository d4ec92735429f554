import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { Supplier } from '../suppliers/supplier.entity';

/** When and how much of a product to reorder for one warehouse. */
@ObjectType({ description: 'When and how much of a product to reorder for one warehouse: below min, order up to max in multiples.' })
@Entity({ tableName: 'reorder_rule' })
export class ReorderRule extends TenantEntity {
  /** Sales' product id (a federation reference, no foreign key). */
  @Property({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => Warehouse)
  warehouse!: Warehouse;

  @ManyToOne(() => Supplier)
  supplier!: Supplier;

  @Field(() => Int, { description: 'Reorder when available (onHand − reserved) plus open purchase quantity falls below this.' })
  @Property({ type: 'integer' })
  min!: number;

  @Field(() => Int, { description: 'Order enough to bring available plus open purchase quantity to at least this.' })
  @Property({ type: 'integer' })
  max!: number;

  @Field(() => Int, { description: 'Order in multiples of this many units (a case, a pallet).' })
  @Property({ type: 'integer' })
  multiple!: number;
}
