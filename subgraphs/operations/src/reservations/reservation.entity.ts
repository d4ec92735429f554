import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { ReservationStatus } from './reservation-status';

/**
 * Units of a product in one warehouse promised to a sales order. While RESERVED its quantity counts
 * in the level's `reserved`; releasing gives it back, issuing turns it into an ISSUE movement.
 * Reserving and releasing are not movements: nothing physically moves.
 */
@ObjectType({ description: 'Units of a product in one warehouse promised to a sales order until they ship or the promise is released.' })
@Entity({ tableName: 'reservation' })
export class Reservation extends TenantEntity {
  /**
   * Sales' order, by id: a federation reference, not a foreign key (operations never reads sales'
   * tables). Null for a production order's components; exactly one of the two is set.
   */
  @Field(() => ID, { nullable: true, description: 'The sales order the units are promised to; null when they are promised to a production order.' })
  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  /** Production's production order, by id, when the units are its components (then orderId is null). */
  @Field(() => ID, { nullable: true, description: "The production order the units are promised to as components (production's id); null for a sales order's reservation." })
  @Property({ type: 'uuid', nullable: true })
  productionOrderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The order line the units are promised to, when the reservation was made for one.' })
  @Property({ type: 'uuid', nullable: true })
  orderLineId?: string | null;

  /** Sales' product id (a federation reference, no foreign key). */
  @Property({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => Warehouse)
  warehouse!: Warehouse;

  @Field(() => Int, { description: 'Units promised; more than zero.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => ReservationStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => ReservationStatus, type: 'string' })
  status: ReservationStatus & Opt = ReservationStatus.RESERVED;

  /** The reserveStock call that made it: reservations split over warehouses by one call share it (an idempotent retry finds them by it). */
  @Property({ type: 'uuid' })
  requestId!: string;
}
