import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DecimalScalar, JSONScalar, UserError } from '@prometric/core';
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
}

@InputType({ description: 'A new draft order.' })
export class CreateOrderInput {
  @Field(() => ID, { description: 'Customer id.' })
  customerId!: string;

  @Field(() => [OrderLineInput], { description: 'At least one line.' })
  lines!: OrderLineInput[];

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first order instead of creating another.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an order that do not touch its lines or status; omitted fields stay.' })
export class UpdateOrderInput {
  @Field(() => ID, { description: 'Order id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New notes; an empty string clears them.' })
  notes?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the custom fields.' })
  customFields?: Record<string, unknown> | null;
}

@ObjectType({ description: 'Result of an order mutation.' })
export class OrderPayload {
  @Field(() => Order, { nullable: true, description: 'The order.' })
  order?: Order | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows an order list.' })
export class OrderFilter {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatus | null;

  @Field(() => ID, { nullable: true, description: "Only this customer's orders." })
  customerId?: string | null;
}

export const OrderConnection = ConnectionType(Order, 'Order', 'A page of orders, newest first.');
