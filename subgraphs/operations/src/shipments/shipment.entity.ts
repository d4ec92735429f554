import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, TenantEntity } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { Reservation } from '../reservations/reservation.entity';
import { ShipmentStatus } from './shipment-status';

/**
 * Reserved stock of one sales order leaving one warehouse. Shipping issues its reservations (ISSUE
 * movements) in the same transaction, under the shipment's row lock, so it happens once.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Reserved stock of a sales order leaving one warehouse: picked, shipped with a carrier, delivered." })
@Entity({ tableName: 'shipment' })
export class Shipment extends TenantEntity {
  @Field(() => String, { description: 'Gapless per workspace and year, e.g. SH-2026-000001.' })
  @Property({ type: 'string' })
  number!: string;

  /** Sales' order, by id: a federation reference, not a foreign key. */
  @Field(() => ID, { description: 'The sales order shipped.' })
  @Property({ type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => Warehouse)
  warehouse!: Warehouse;

  @Field(() => ShipmentStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => ShipmentStatus, type: 'string' })
  status: ShipmentStatus & Opt = ShipmentStatus.PENDING;

  @Field(() => String, { nullable: true, description: "The carrier's tracking number, set when shipped." })
  @Property({ type: 'string', nullable: true })
  trackingNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Who carries it, set when shipped.' })
  @Property({ type: 'string', nullable: true })
  carrier?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was picked.' })
  @Property({ type: 'Date', nullable: true })
  pickedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was handed to the carrier.' })
  @Property({ type: 'Date', nullable: true })
  shippedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the customer received it.' })
  @Property({ type: 'Date', nullable: true })
  deliveredAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was cancelled.' })
  @Property({ type: 'Date', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => Int, { description: 'Grows by one with every change.' })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/** One reservation shipped whole by a shipment. */
@ObjectType({ description: 'One reservation in a shipment: a product and its units.' })
@Entity({ tableName: 'shipment_line' })
export class ShipmentLine extends TenantEntity {
  @ManyToOne(() => Shipment)
  shipment!: Shipment;

  @ManyToOne(() => Reservation)
  reservation!: Reservation;

  /** Sales' product id (copied from the reservation). */
  @Property({ type: 'uuid' })
  productId!: string;

  @Field(() => Int, { description: 'Units shipped (the whole reservation).' })
  @Property({ type: 'integer' })
  quantity!: number;

  /** False once the shipment is cancelled: the reservation may then join another shipment. */
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;
}
