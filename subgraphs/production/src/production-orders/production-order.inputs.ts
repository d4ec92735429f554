import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { ProductionOrder } from './production-order.entity';
import { ProductionOrderStatus } from './production-order-status';

@InputType({ description: 'A new production order.' })
export class CreateProductionOrderInput {
  @Field(() => ID, { description: "The product to make (sales' product id; must be a UUID)." })
  productId!: string;

  @Field(() => Int, { description: 'Units to make; more than zero.' })
  quantity!: number;

  @Field(() => ID, { description: "The warehouse components are taken from and the output is received into (operations' warehouse id; must be a UUID)." })
  warehouseId!: string;

  @Field(() => ID, { nullable: true, description: "The sales order the units are made for (sales' order id), when made to order." })
  orderId?: string | null;

  @Field(() => ID, { nullable: true, description: "The sales order line the units are made for (sales' order line id); needs orderId." })
  orderLineId?: string | null;

  @Field(() => String, { nullable: true, description: 'Date the output is wanted (YYYY-MM-DD).' })
  dueDate?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first production order instead of creating again (the order-to-cash saga uses saga:<order>:production:<line>).' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a production order mutation.' })
export class ProductionOrderPayload {
  @Field(() => ProductionOrder, { nullable: true, description: 'The production order after the change.' })
  productionOrder?: ProductionOrder | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a production order list.' })
export class ProductionOrderFilter extends ListFilter {
  @Field(() => ProductionOrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: ProductionOrderStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only orders making this product.' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only orders made for this sales order.' })
  orderId?: string | null;
  @Field(() => [ProductionOrderStatus], { nullable: true, description: 'Only production orders in one of these statuses.' })
  statusIn?: ProductionOrderStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only the production order with this number, e.g. MO-2026-000007.' })
  number?: string | null;

}

export const ProductionOrderConnection = ConnectionType(ProductionOrder, 'ProductionOrder', 'A page of production orders.');

export const ProductionOrderOrderBy = orderByInput('ProductionOrder', { ...TIMESTAMP_SORT_FIELDS, NUMBER: 'number' }, 'production order');
export const ProductionOrdersArgs = listArgs(ProductionOrderFilter, ProductionOrderOrderBy, 'newest first');
