import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { PurchaseOrder } from '../purchase-orders/purchase-order.entity';
import { ReorderRule } from './reorder-rule.entity';

@InputType({ description: 'The reorder rule of a product in a warehouse (replaces the existing one).' })
export class SetReorderRuleInput {
  @Field(() => ID, { description: "The product (sales' product id; must be a UUID)." })
  productId!: string;

  @Field(() => ID, { description: 'The warehouse.' })
  warehouseId!: string;

  @Field(() => ID, { description: 'Who to order from.' })
  supplierId!: string;

  @Field(() => Int, { description: 'Reorder point; zero or more.' })
  min!: number;

  @Field(() => Int, { description: 'Order-up-to level; at least min and more than zero.' })
  max!: number;

  @Field(() => Int, { nullable: true, description: 'Order in multiples of this; 1 when omitted.' })
  multiple?: number | null;
}

@ObjectType({ description: 'Result of setReorderRule.' })
export class ReorderRulePayload {
  @Field(() => ReorderRule, { nullable: true, description: 'The rule as stored.' })
  reorderRule?: ReorderRule | null;

  @Field(() => [UserError], { description: 'Why the rule was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of runReorderCheck.' })
export class RunReorderCheckPayload {
  @Field(() => [PurchaseOrder], { description: 'The DRAFT purchase orders drafted by this check, one per supplier × warehouse; empty when nothing needed ordering.' })
  purchaseOrders!: PurchaseOrder[];

  @Field(() => [UserError], { description: 'Why the check was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a reorder rule list.' })
export class ReorderRuleFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Rules of this warehouse.' })
  warehouseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Rules of this product.' })
  productId?: string | null;
}

export const ReorderRuleConnection = ConnectionType(ReorderRule, 'ReorderRule', 'A page of reorder rules.');

export const ReorderRuleOrderBy = orderByInput('ReorderRule', { ...TIMESTAMP_SORT_FIELDS }, 'reorder rule');
export const ReorderRulesArgs = listArgs(ReorderRuleFilter, ReorderRuleOrderBy, 'oldest first');
