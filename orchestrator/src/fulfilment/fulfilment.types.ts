import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, entityReference, type EntityReference, defineEnum, type EnumValue } from '@prometric/core';

/** An order as the orchestrator knows it: only the id, extended with its fulfilment. */
export const { type: OrderReference, of: orderReference } = entityReference('Order', 'A sales order: what a customer bought, at what price, and where it is.');
export type OrderReference = EntityReference;

/** A product named by a shortage; sales resolves everything past its id. */
export const { type: ProductReference, of: productReference } = entityReference('Product', 'Something the workspace sells or makes.', { resolvable: false });
export type ProductReference = EntityReference;

/** Where the order-to-cash saga of an order stands, in the words a dashboard shows. */
export const FulfilmentState = defineEnum('FulfilmentState', "Where an order's fulfilment stands. A won deal's order goes INVOICING → RESERVING_STOCK → (REQUESTING_PRODUCTION → WAITING_FOR_PRODUCTION for a shortage) → MARKING_READY → READY.", {
  NOT_STARTED: 'No fulfilment runs for the order: a draft (people confirm drafts), or a won deal whose saga has not started yet.',
  INVOICING: 'Creating and issuing the invoice.',
  RESERVING_STOCK: 'Reserving stock for every line.',
  REQUESTING_PRODUCTION: 'Requesting production orders for what stock could not cover.',
  WAITING_FOR_PRODUCTION: 'Waiting for requested production to deliver into stock (see shortages and blockedBy).',
  MARKING_READY: 'Everything is reserved; marking the order READY.',
  READY: 'Done: invoiced, fully reserved, the order READY to ship.',
  BLOCKED: 'The saga finished but could not cover a shortage (e.g. no warehouse to produce into): blockedBy says why.',
  COMPENSATING: 'Undoing the finished steps: the order was cancelled, or a step was refused for good.',
  FAILED: 'A step was refused for good; what was done has been undone and the order cancelled (blockedBy has the reason).',
  CANCELLED: 'The order was cancelled; what was done has been undone.',
});
export type FulfilmentState = EnumValue<typeof FulfilmentState>;

/** The saga's own status (how the orchestrator stores it). */
export const SagaStatusValue = defineEnum('SagaStatus', 'The status of the order-to-cash saga as the orchestrator stores it.', {
  RUNNING: 'A step runs or is about to.',
  WAITING: 'Nothing to do until an event arrives (production output).',
  COMPLETED: 'Every forward step finished.',
  COMPENSATING: 'Undoing finished steps.',
  FAILED: 'Refused for good and compensated.',
  CANCELLED: 'Cancelled and compensated.',
});
export type SagaStatusValue = EnumValue<typeof SagaStatusValue>;

/** A step of the saga, forward or compensating. */
export const FulfilmentStepName = defineEnum('FulfilmentStepName', 'A step of the order-to-cash saga; the UNDO_* steps and CANCEL_ORDER are its compensations, listed only once compensation began.', {
  INVOICE: 'Create and issue the invoice (finance).',
  RESERVE: 'Reserve stock for every line (operations).',
  PRODUCTION: 'Request production orders for the shortage and move the order IN_PRODUCTION (production, sales).',
  RECEIVE: "Reserve production's output as it arrives in stock (operations).",
  READY: 'Mark the order READY (sales).',
  UNDO_PRODUCTION: "Cancel the order's open production orders.",
  UNDO_RESERVE: "Release the order's reservations.",
  UNDO_INVOICE: "Void the order's invoice (or credit it when paid).",
  CANCEL_ORDER: 'Cancel the order with the failure reason (only when a step failed).',
});
export type FulfilmentStepName = EnumValue<typeof FulfilmentStepName>;

export const FulfilmentStepStatus = defineEnum('FulfilmentStepStatus', 'What happened to a step of the saga.', {
  PENDING: 'Not reached yet.',
  RUNNING: 'The step the saga is on.',
  WAITING: 'The step waits for an event (production output).',
  RETRYING: 'Its last attempt failed (error says why); it is tried again.',
  DONE: 'Finished.',
  FAILED: 'Refused for good (error says why).',
  SKIPPED: 'The saga ended without needing it (e.g. no shortage, so no production).',
});
export type FulfilmentStepStatus = EnumValue<typeof FulfilmentStepStatus>;

@ObjectType({ description: 'A step of the saga: what happened to it and when.' })
export class FulfilmentStep {
  @Field(() => FulfilmentStepName, { description: 'Which step.' })
  name!: FulfilmentStepName;

  @Field(() => FulfilmentStepStatus, { description: 'What happened to it.' })
  status!: FulfilmentStepStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When that happened; null while PENDING or SKIPPED, or for a step started before steps were recorded.' })
  at!: Date | null;

  @Field(() => String, { nullable: true, description: 'The last failure of a RETRYING or FAILED step.' })
  error!: string | null;
}

@ObjectType({ description: 'Units of a product the order still misses: stock could not cover them and production has not delivered them yet.' })
export class FulfilmentShortage {
  @Field(() => ProductReference, { description: 'The product. Needs products:read.' })
  product!: ProductReference;

  @Field(() => Int, { description: 'Units still missing.' })
  quantity!: number;
}

@ObjectType({ description: "What the order-to-cash saga did for an order and what it waits for (read from the orchestrator's saga)." })
export class Fulfilment {
  @Field(() => FulfilmentState, { description: 'Where the fulfilment stands.' })
  state!: FulfilmentState;

  @Field(() => [FulfilmentShortage], { description: 'What the order still misses, per product; empty when fully reserved.' })
  shortages!: FulfilmentShortage[];

  @Field(() => String, { nullable: true, description: 'Why the order is not moving, in a sentence: the production it waits for, a dependency being retried, or the reason it failed; null when nothing holds it.' })
  blockedBy!: string | null;

  @Field(() => SagaStatusValue, { nullable: true, description: 'The saga status as stored; null when no saga runs for the order.' })
  sagaStatus!: SagaStatusValue | null;

  @Field(() => [FulfilmentStep], { description: 'The forward steps in order, then the compensations once compensation began.' })
  steps!: FulfilmentStep[];
}
