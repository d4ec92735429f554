import {
  CreditNoteIssued,
  InvoiceIssued,
  InvoiceVoided,
  OrderCreated,
  OrderUpdated,
  PaymentRecorded,
  ProductionCancelled,
  ProductionCompleted,
  ProductionCreated,
  ProductionReleased,
  ProductionStarted,
} from '@prometric/contracts';

/**
 * A subscription field the gateway serves: which events fire it, and which query field re-reads the
 * entity so every subgraph's fields are live. Adding a subscription is one entry here plus the
 * field's declaration in the owning subgraph's SDL.
 */
export interface SubscriptionField {
  /** Field of `Subscription`. */
  field: string;
  /** Event types (from the outbox) that fire it. */
  events: string[];
  /** Query field that loads the entity by id, e.g. `order(id: ID!)`. */
  lookup: string;
  /** Argument of the subscription that narrows it to one entity, if any. */
  idArgument?: string;
  /**
   * Events of related documents that change what a subscriber sees of the entity (an order's invoice
   * paid, its production order completed): event type → payload field holding the entity's id.
   */
  relatedEvents?: Record<string, string>;
  /**
   * Fields of the entity whose sum grows with every change of the entity or of a related document
   * (each subgraph contributes the revision of its own part), so no subscriber ever gets an older
   * state after a newer one.
   */
  versionFields: string[];
}

const PRODUCTION_EVENTS = [ProductionCreated, ProductionReleased, ProductionStarted, ProductionCompleted, ProductionCancelled];

export const SUBSCRIPTION_FIELDS: SubscriptionField[] = [
  {
    field: 'orderUpdated',
    events: [OrderCreated.type, OrderUpdated.type],
    relatedEvents: {
      [InvoiceIssued.type]: 'orderId',
      [InvoiceVoided.type]: 'orderId',
      [PaymentRecorded.type]: 'orderId',
      [CreditNoteIssued.type]: 'orderId',
      ...Object.fromEntries(PRODUCTION_EVENTS.map(({ type }) => [type, 'orderId'])),
    },
    lookup: 'order',
    idArgument: 'id',
    // sales' own version, finance's revision of the order's invoices, production's of its production orders.
    versionFields: ['version', 'invoicesRevision', 'productionRevision'],
  },
];
