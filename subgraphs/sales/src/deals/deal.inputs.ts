import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CUSTOM_FIELDS_FILTER, CUSTOM_FIELDS_INPUT, CustomFieldFilter, JSONScalar, ConnectionType, DateTimeScalar, DecimalScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { Deal } from './deal.entity';
import { DealStage } from './deal-stage';

@InputType({ description: 'A product and quantity a deal is about.' })
export class DealLineInput {
  @Field(() => ID, { description: 'Product id.' })
  productId!: string;

  @Field(() => Int, { description: 'Units, at least 1.' })
  quantity!: number;

  @Field(() => DecimalScalar, { nullable: true, description: "Negotiated unit price net of tax; the product's price when omitted." })
  unitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent off this line’s unit price, 0 to 100.' })
  discountPercent?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'An amount off each unit, after the percentage; refused when it would make the price negative.' })
  discountAmount?: string | null;
}

@InputType({ description: 'A new deal, starting as a LEAD.' })
export class CreateDealInput {
  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => ID, { description: 'Customer id.' })
  customerId!: string;

  @Field(() => [DealLineInput], { description: 'At least one line.' })
  lines!: DealLineInput[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the deal is expected to close.' })
  expectedCloseDate?: Date | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent off every line, after each line’s own discount (see quote).' })
  discountPercent?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: CUSTOM_FIELDS_INPUT })
  customFields?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first deal.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a deal mutation.' })
export class DealPayload {
  @Field(() => Deal, { nullable: true, description: 'The deal.' })
  deal?: Deal | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a deal list.' })
export class DealFilter extends ListFilter {
  @Field(() => DealStage, { nullable: true, description: 'Only deals in this stage.' })
  stage?: DealStage | null;

  @Field(() => ID, { nullable: true, description: "Only this customer's deals." })
  customerId?: string | null;
  @Field(() => [DealStage], { nullable: true, description: 'Only deals in one of these stages.' })
  stageIn?: DealStage[] | null;

  @Field(() => [CustomFieldFilter], { nullable: true, description: CUSTOM_FIELDS_FILTER })
  customFields?: CustomFieldFilter[] | null;
}

export const DealConnection = ConnectionType(Deal, 'Deal', 'A page of deals, newest first.');

export const DealOrderBy = orderByInput('Deal', { ...TIMESTAMP_SORT_FIELDS, TITLE: 'title', VALUE: 'valueAmount', STAGE: 'stage' }, 'deal');
export const DealsArgs = listArgs(DealFilter, DealOrderBy, 'newest first');
