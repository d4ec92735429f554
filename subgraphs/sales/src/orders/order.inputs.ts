import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CUSTOM_FIELDS_FILTER, CUSTOM_FIELDS_INPUT, CUSTOM_FIELDS_REPLACE, CustomFieldFilter, ConnectionType, DecimalScalar, JSONScalar, UserError, ListFilter, TIMESTAMP_SORT_FIELDS, listArgs, orderByInput } from '@prometric/core';
import { Order } from './order.entity';
import { OrderStatus } from './order-status';

@InputType({ description: 'A product and quantity to order.' })
export class OrderLineInput {
  @Field(() => ID, { description: 'Product id.' })
  productId!: string;

  @Field(() => Int, { description: 'Units, at least 1.' })
  quantity!: number;

  @Field(() => DecimalScalar, { nullable: true, description: "Unit price net of tax; the product's price when omitted." })
  unitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent off this line’s unit price, 0 to 100.' })
  discountPercent?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'An amount off each unit, after the percentage; refused when it would make the price negative.' })
  discountAmount?: string | null;
}

@InputType({ description: 'A new draft order.' })
export class CreateOrderInput {
  @Field(() => ID, { description: 'Customer id.' })
  customerId!: string;

  @Field(() => [OrderLineInput], { description: 'At least one line.' })
  lines!: OrderLineInput[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent off every line, after each line’s own discount (see quote).' })
  discountPercent?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: CUSTOM_FIELDS_INPUT })
  customFields?: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Integration metadata (your own ids and the like): a flat JSON object of strings, numbers, booleans or nulls, at most 50 entries; filterable by key and value.' })
  metadata?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first order instead of creating another.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an order that do not touch its lines or status; omitted fields stay.' })
export class UpdateOrderInput {
  @Field(() => ID, { description: 'Order id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New notes; an empty string clears them.' })
  notes?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: CUSTOM_FIELDS_REPLACE })
  customFields?: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the integration metadata (a flat JSON object, see create).' })
  metadata?: Record<string, unknown> | null;
}

@ObjectType({ description: 'Result of an order mutation.' })
export class OrderPayload {
  @Field(() => Order, { nullable: true, description: 'The order.' })
  order?: Order | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows an order list.' })
export class OrderFilter extends ListFilter {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatus | null;

  @Field(() => [OrderStatus], { nullable: true, description: 'Only orders in one of these statuses.' })
  statusIn?: OrderStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only the order with this number, e.g. SO-2026-000123.' })
  number?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this customer's orders." })
  customerId?: string | null;

  @Field(() => [CustomFieldFilter], { nullable: true, description: CUSTOM_FIELDS_FILTER })
  customFields?: CustomFieldFilter[] | null;
}

export const OrderConnection = ConnectionType(Order, 'Order', 'A page of orders, newest first.');

export const OrderOrderBy = orderByInput('Order', { ...TIMESTAMP_SORT_FIELDS, NUMBER: 'number', TOTAL: 'totalAmount', STATUS: 'status' }, 'order');
export const OrdersArgs = listArgs(OrderFilter, OrderOrderBy, 'newest first');

/** How an order moved relative to a live list's filter (`ordersChanged`). */
export enum OrderChangeKind {
  ENTERED = 'ENTERED',
  CHANGED = 'CHANGED',
  LEFT = 'LEFT',
}

registerEnumType(OrderChangeKind, {
  name: 'OrderChangeKind',
  description: "ENTERED: the order now matches the subscriber's filter and did not before (or was created matching it); CHANGED: it matched and still does; LEFT: it matched and no longer does.",
});

@InputType({ description: 'Which orders a live list shows.' })
export class OrdersChangedFilter {
  @Field(() => [OrderStatus], { nullable: true, description: 'Only orders in one of these statuses (absent: every status).' })
  status?: OrderStatus[] | null;
}

@ObjectType({ description: 'An order that entered, changed within or left a live list (`ordersChanged`).' })
export class OrderChange {
  @Field(() => OrderChangeKind, { description: "How the order moved relative to the subscriber's filter." })
  change!: OrderChangeKind;

  @Field(() => Order, { nullable: true, description: 'The order after the change, with the fields asked for from every subgraph.' })
  order?: Order | null;
}
