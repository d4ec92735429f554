import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Shipment } from './shipment.entity';
import { ShipmentStatus } from './shipment-status';

@InputType({ description: 'A reservation to put in a shipment.' })
export class ShipmentLineInput {
  @Field(() => ID, { description: 'A RESERVED reservation of the order, in the shipment warehouse.' })
  reservationId!: string;

  @Field(() => Int, { nullable: true, description: 'Units to ship; a reservation ships whole, so when given it must equal the reserved quantity.' })
  quantity?: number | null;
}

@InputType({ description: 'A new shipment of reserved stock of a sales order from one warehouse.' })
export class CreateShipmentInput {
  @Field(() => ID, { description: "The sales order (sales' order id)." })
  orderId!: string;

  @Field(() => ID, { description: 'The warehouse the goods leave from.' })
  warehouseId!: string;

  @Field(() => [ShipmentLineInput], {
    nullable: true,
    description: 'The reservations to ship. Omitted: every RESERVED reservation of the order in that warehouse that is in no other shipment.',
  })
  lines?: ShipmentLineInput[] | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a shipment mutation.' })
export class ShipmentPayload {
  @Field(() => Shipment, { nullable: true, description: 'The shipment after the change.' })
  shipment?: Shipment | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a shipment list.' })
export class ShipmentFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Shipments of this sales order.' })
  orderId?: string | null;

  @Field(() => ShipmentStatus, { nullable: true, description: 'Shipments in this status.' })
  status?: ShipmentStatus | null;
  @Field(() => [ShipmentStatus], { nullable: true, description: 'Only shipments in one of these statuses.' })
  statusIn?: ShipmentStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only the shipment with this number, e.g. SH-2026-000012.' })
  number?: string | null;

}

export const ShipmentConnection = ConnectionType(Shipment, 'Shipment', 'A page of shipments.');

export const ShipmentOrderBy = orderByInput('Shipment', { ...TIMESTAMP_SORT_FIELDS, NUMBER: 'number' }, 'shipment');
export const ShipmentsArgs = listArgs(ShipmentFilter, ShipmentOrderBy, 'newest first');
