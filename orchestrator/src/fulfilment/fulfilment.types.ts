import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, entityReference, type EntityReference } from '@prometric/core';

/** An order as the orchestrator knows it: only the id, extended with its fulfilment. */
export const { type: OrderReference, of: orderReference } = entityReference('Order', 'A sales order: what a customer bought, at what price, and where it is.');
export type OrderReference = EntityReference;

/** A product named by a shortage; sales resolves everything past its id. */
export const { type: ProductReference, of: productReference } = entityReference('Product', 'Something the workspace sells or makes.', { resolvable: false });
export type ProductReference = EntityReference;

/** Where the order-to-cash saga of an order stands, in the words a dashboard shows. */
export enum FulfilmentState {
  NOT_STARTED = 'NOT_STARTED',
  INVOICING = 'INVOICING',
  RESERVING_STOCK = 'RESERVING_STOCK',
  REQUESTING_PRODUCTION = 'REQUESTING_PRODUCTION',
  WAITING_FOR_PRODUCTION = 'WAITING_FOR_PRODUCTION',
  MARKING_READY = 'MARKING_READY',
  READY = 'READY',
  BLOCKED = 'BLOCKED',
  COMPENSATING = 'COMPENSATING',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(FulfilmentState, {
  name: 'FulfilmentState',
  description: "Where an order's fulfilment stands. A won deal's order goes INVOICING → RESERVING_STOCK → (REQUESTING_PRODUCTION → WAITING_FOR_PRODUCTION for a shortage) → MARKING_READY → READY.",
  valuesConfig: {
    NOT_STARTED: { description: 'No fulfilment runs for the order: a draft (people confirm drafts), or a won deal whose saga has not started yet.' },
    INVOICING: { description: 'Creating and issuing the invoice.' },
    RESERVING_STOCK: { description: 'Reserving stock for every line.' },
    REQUESTING_PRODUCTION: { description: 'Requesting production orders for what stock could not cover.' },
    WAITING_FOR_PRODUCTION: { description: 'Waiting for requested production to deliver into stock (see shortages and blockedBy).' },
    MARKING_READY: { description: 'Everything is reserved; marking the order READY.' },
    READY: { description: 'Done: invoiced, fully reserved, the order READY to ship.' },
    BLOCKED: { description: 'The saga finished but could not cover a shortage (e.g. no warehouse to produce into): blockedBy says why.' },
    COMPENSATING: { description: 'Undoing the finished steps: the order was cancelled, or a step was refused for good.' },
    FAILED: { description: 'A step was refused for good; what was done has been undone and the order cancelled (blockedBy has the reason).' },
    CANCELLED: { description: 'The order was cancelled; what was done has been undone.' },
  },
});

/** The saga's own status (how the orchestrator stores it). */
export enum SagaStatusValue {
  RUNNING = 'RUNNING',
  WAITING = 'WAITING',
  COMPLETED = 'COMPLETED',
  COMPENSATING = 'COMPENSATING',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(SagaStatusValue, {
  name: 'SagaStatus',
  description: 'The status of the order-to-cash saga as the orchestrator stores it.',
  valuesConfig: {
    RUNNING: { description: 'A step runs or is about to.' },
    WAITING: { description: 'Nothing to do until an event arrives (production output).' },
    COMPLETED: { description: 'Every forward step finished.' },
    COMPENSATING: { description: 'Undoing finished steps.' },
    FAILED: { description: 'Refused for good and compensated.' },
    CANCELLED: { description: 'Cancelled and compensated.' },
  },
});

/** A step of the saga, forward or compensating. */
export enum FulfilmentStepName {
  INVOICE = 'INVOICE',
  RESERVE = 'RESERVE',
  PRODUCTION = 'PRODUCTION',
  RECEIVE = 'RECEIVE',
  READY = 'READY',
  UNDO_PRODUCTION = 'UNDO_PRODUCTION',
  UNDO_RESERVE = 'UNDO_RESERVE',
  UNDO_INVOICE = 'UNDO_INVOICE',
  CANCEL_ORDER = 'CANCEL_ORDER',
}

registerEnumType(FulfilmentStepName, {
  name: 'FulfilmentStepName',
  description: 'A step of the order-to-cash saga; the UNDO_* steps and CANCEL_ORDER are its compensations, listed only once compensation began.',
  valuesConfig: {
    INVOICE: { description: 'Create and issue the invoice (finance).' },
    RESERVE: { description: 'Reserve stock for every line (operations).' },
    PRODUCTION: { description: 'Request production orders for the shortage and move the order IN_PRODUCTION (production, sales).' },
    RECEIVE: { description: "Reserve production's output as it arrives in stock (operations)." },
    READY: { description: 'Mark the order READY (sales).' },
    UNDO_PRODUCTION: { description: "Cancel the order's open production orders." },
    UNDO_RESERVE: { description: "Release the order's reservations." },
    UNDO_INVOICE: { description: "Void the order's invoice (or credit it when paid)." },
    CANCEL_ORDER: { description: 'Cancel the order with the failure reason (only when a step failed).' },
  },
});

export enum FulfilmentStepStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  WAITING = 'WAITING',
  RETRYING = 'RETRYING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}

registerEnumType(FulfilmentStepStatus, {
  name: 'FulfilmentStepStatus',
  description: 'What happened to a step of the saga.',
  valuesConfig: {
    PENDING: { description: 'Not reached yet.' },
    RUNNING: { description: 'The step the saga is on.' },
    WAITING: { description: 'The step waits for an event (production output).' },
    RETRYING: { description: 'Its last attempt failed (error says why); it is tried again.' },
    DONE: { description: 'Finished.' },
    FAILED: { description: 'Refused for good (error says why).' },
    SKIPPED: { description: 'The saga ended without needing it (e.g. no shortage, so no production).' },
  },
});

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
