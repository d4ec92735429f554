import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DecimalScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { StockMovement } from '../stock/stock.entity';
import { PurchaseOrder } from './purchase-order.entity';
import { PurchaseOrderStatus } from './purchase-order-status';

@InputType({ description: 'One product to order.' })
export class PurchaseOrderLineInput {
  @Field(() => ID, { description: "The product (sales' product id; must be a UUID)." })
  productId!: string;

  @Field(() => Int, { description: 'Units to order; more than zero.' })
  quantity!: number;

  @Field(() => DecimalScalar, { description: 'Cost of one unit in the supplier currency; zero or more, at most 2 decimals.' })
  unitCost!: string;
}

@InputType({ description: 'A new DRAFT purchase order.' })
export class CreatePurchaseOrderInput {
  @Field(() => ID, { description: 'The supplier.' })
  supplierId!: string;

  @Field(() => ID, { nullable: true, description: 'Where the goods are expected (counts for that warehouse in the reorder check).' })
  warehouseId?: string | null;

  @Field(() => [PurchaseOrderLineInput], { description: 'What to order; at least one line, each product once.' })
  lines!: PurchaseOrderLineInput[];

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Units of one purchase order line received.' })
export class ReceiveLineInput {
  @Field(() => ID, { description: 'The purchase order line.' })
  lineId!: string;

  @Field(() => Int, { description: 'Units received now; more than zero and at most ordered − received so far.' })
  quantity!: number;
}

@InputType({ description: 'Goods of a purchase order arriving in a warehouse.' })
export class ReceivePurchaseOrderInput {
  @Field(() => ID, { description: 'The purchase order (SENT or PARTIALLY_RECEIVED).' })
  id!: string;

  @Field(() => ID, { description: 'The warehouse receiving the goods.' })
  warehouseId!: string;

  @Field(() => [ReceiveLineInput], { description: 'What arrived; at least one line, each line once.' })
  lines!: ReceiveLineInput[];

  @Field(() => String, { nullable: true, description: 'A retry with the same key receives nothing more and returns the purchase order.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a purchase order mutation.' })
export class PurchaseOrderPayload {
  @Field(() => PurchaseOrder, { nullable: true, description: 'The purchase order after the change.' })
  purchaseOrder?: PurchaseOrder | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of receivePurchaseOrder.' })
export class ReceivePurchaseOrderPayload {
  @Field(() => PurchaseOrder, { nullable: true, description: 'The purchase order after the receipt.' })
  purchaseOrder?: PurchaseOrder | null;

  @Field(() => [StockMovement], { description: 'The RECEIPT movements written by this call (empty for an idempotent retry or a refusal).' })
  movements!: StockMovement[];

  @Field(() => [UserError], { description: 'Why the receipt was refused (then nothing was received); empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a purchase order list.' })
export class PurchaseOrderFilter extends ListFilter {
  @Field(() => PurchaseOrderStatus, { nullable: true, description: 'Purchase orders in this status.' })
  status?: PurchaseOrderStatus | null;

  @Field(() => ID, { nullable: true, description: 'Purchase orders to this supplier.' })
  supplierId?: string | null;
  @Field(() => [PurchaseOrderStatus], { nullable: true, description: 'Only purchase orders in one of these statuses.' })
  statusIn?: PurchaseOrderStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only the purchase order with this number, e.g. PO-2026-000003.' })
  number?: string | null;

}

export const PurchaseOrderConnection = ConnectionType(PurchaseOrder, 'PurchaseOrder', 'A page of purchase orders.');

export const PurchaseOrderOrderBy = orderByInput('PurchaseOrder', { ...TIMESTAMP_SORT_FIELDS, NUMBER: 'number' }, 'purchase order');
export const PurchaseOrdersArgs = listArgs(PurchaseOrderFilter, PurchaseOrderOrderBy, 'newest first');
