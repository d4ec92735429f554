import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, ListFilter, TIMESTAMP_SORT_FIELDS, UserError, listArgs, orderByInput } from '@prometric/core';
import { StockMovement } from '../stock/stock.entity';
import { Reservation } from './reservation.entity';
import { ReservationStatus } from './reservation-status';

@InputType({ description: 'Units of a product to promise to a sales order.' })
export class ReserveStockInput {
  @Field(() => ID, { description: "The sales order (sales' order id; must be a UUID)." })
  orderId!: string;

  @Field(() => ID, { nullable: true, description: "The order line, when reserving for one (sales' order line id; must be a UUID)." })
  orderLineId?: string | null;

  @Field(() => ID, { description: "The product (sales' product id; must be a UUID)." })
  productId!: string;

  @Field(() => ID, { nullable: true, description: 'Reserve in this warehouse only. Omitted: take from the warehouses in code order until the quantity is covered.' })
  warehouseId?: string | null;

  @Field(() => Int, { description: 'Units wanted; more than zero.' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of reserving again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of reserveStock: what could be reserved, and how much could not.' })
export class ReserveStockPayload {
  @Field(() => [Reservation], { description: 'The reservations made, one per warehouse that gave units; empty when nothing was available or the request was refused.' })
  reservations!: Reservation[];

  @Field(() => Int, {
    description: 'Units wanted but not available, so not reserved (0 when fully reserved, and when the request was refused). A shortage is not an error: it is what production or purchasing must make up.',
  })
  shortage!: number;

  @Field(() => [UserError], { description: 'Why the request was refused (then nothing was reserved); empty on success, also with a shortage.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of a change of one reservation.' })
export class ReservationPayload {
  @Field(() => Reservation, { nullable: true, description: 'The reservation after the change.' })
  reservation?: Reservation | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of issueReservation: the issued reservation and the ISSUE movement it wrote.' })
export class IssueReservationPayload {
  @Field(() => Reservation, { nullable: true, description: 'The reservation, now ISSUED.' })
  reservation?: Reservation | null;

  @Field(() => StockMovement, { nullable: true, description: 'The ISSUE movement written to the ledger.' })
  movement?: StockMovement | null;

  @Field(() => [UserError], { description: 'Why the issue was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of releaseOrderReservations.' })
export class ReleaseOrderReservationsPayload {
  @Field(() => [Reservation], { description: 'The reservations this call released; empty when the order had none left to release.' })
  released!: Reservation[];

  @Field(() => [UserError], { description: 'Why the release was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

export const ReservationConnection = ConnectionType(Reservation, 'Reservation', 'A page of reservations.');

@InputType({ description: 'Narrows a reservation list.' })
export class ReservationFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: "Only reservations for this sales order (sales' order id)." })
  orderId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only reservations for this production order's components." })
  productionOrderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only reservations of this product.' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only reservations in this warehouse.' })
  warehouseId?: string | null;

  @Field(() => [ReservationStatus], { nullable: true, description: 'Only reservations in one of these statuses.' })
  statusIn?: ReservationStatus[] | null;
}

export const ReservationOrderBy = orderByInput('Reservation', { ...TIMESTAMP_SORT_FIELDS, QUANTITY: 'quantity' }, 'reservation');
export const ReservationsArgs = listArgs(ReservationFilter, ReservationOrderBy, 'newest first');
