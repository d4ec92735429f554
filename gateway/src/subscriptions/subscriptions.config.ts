import {
  CreditNoteIssued,
  StockAdjusted,
  StockIssued,
  StockReceived,
  StockReleased,
  StockReserved,
  InvoiceIssued,
  InvoiceVoided,
  OrderCreated,
  OrderUpdated,
  PaymentRecorded,
  PaymentRefunded,
  ProductionCancelled,
  ProductionCompleted,
  ProductionCreated,
  ProductionReleased,
  ProductionStarted,
} from '@prometric/contracts';

/** Where an event carries the value of one key argument: its aggregate id, or a field of its payload. */
export type KeySource = { from: 'aggregateId' } | { from: 'payload'; field: string };

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
  /** Query field that loads the entity by its key, e.g. `order(id: ID!)`. */
  lookup: string;
  /**
   * The lookup's arguments that name one entity (`id`; `productId` + `warehouseId` for a stock
   * level), and where each event carries them. A subscription argument of the same name narrows
   * the subscription to the entities with that value.
   */
  key: Record<string, KeySource>;
  /**
   * Events of related documents that change what a subscriber sees of the entity (an order's invoice
   * paid, its production order completed): event type → payload field holding the entity's id
   * (entities keyed by `id` alone).
   */
  relatedEvents?: Record<string, string>;
  /**
   * Fields of the entity whose sum grows with every change of the entity or of a related document
   * (each subgraph contributes the revision of its own part), so no subscriber ever gets an older
   * state after a newer one. Empty for an entity without a version (a stock level): a re-read is
   * delivered when it differs from the last one delivered (re-reads of one entity never overlap).
   */
  versionFields: string[];
  /**
   * A list-level subscription (`ordersChanged`): the field answers `{ change, <entity> }`, telling a
   * subscriber whose filter lists statuses which entities ENTERED, CHANGED within or LEFT it.
   */
  membership?: {
    /** The field of the change type holding the entity (`order`). */
    entityField: string;
    /** The subscription's filter argument, an input with a `status` list (absent: every status). */
    filterArgument: string;
    /** The entity's status field, re-read with the subscriber's selection. */
    statusField: string;
    /** The change type's name, for `__typename`. */
    typeName: string;
  };
}

const PRODUCTION_EVENTS = [ProductionCreated, ProductionReleased, ProductionStarted, ProductionCompleted, ProductionCancelled];
const STOCK_EVENTS = [StockReceived, StockAdjusted, StockReserved, StockReleased, StockIssued];
const byId: Record<string, KeySource> = { id: { from: 'aggregateId' } };

export const SUBSCRIPTION_FIELDS: SubscriptionField[] = [
  {
    field: 'orderUpdated',
    events: [OrderCreated.type, OrderUpdated.type],
    relatedEvents: {
      [InvoiceIssued.type]: 'orderId',
      [InvoiceVoided.type]: 'orderId',
      [PaymentRecorded.type]: 'orderId',
      [PaymentRefunded.type]: 'orderId',
      [CreditNoteIssued.type]: 'orderId',
      ...Object.fromEntries(PRODUCTION_EVENTS.map(({ type }) => [type, 'orderId'])),
    },
    lookup: 'order',
    key: byId,
    // sales' own version, finance's revision of the order's invoices, production's of its production orders.
    versionFields: ['version', 'invoicesRevision', 'productionRevision'],
  },
  {
    field: 'ordersChanged',
    events: [OrderCreated.type, OrderUpdated.type],
    lookup: 'order',
    key: byId,
    versionFields: ['version'],
    membership: { entityField: 'order', filterArgument: 'filter', statusField: 'status', typeName: 'OrderChange' },
  },
  {
    field: 'invoiceUpdated',
    events: [InvoiceIssued.type, InvoiceVoided.type, PaymentRecorded.type, PaymentRefunded.type],
    // A credit note changes what the invoice still asks for (and its version).
    relatedEvents: { [CreditNoteIssued.type]: 'invoiceId' },
    lookup: 'invoice',
    key: byId,
    versionFields: ['version'],
  },
  {
    field: 'productionOrderUpdated',
    events: PRODUCTION_EVENTS.map(({ type }) => type),
    lookup: 'productionOrder',
    key: byId,
    versionFields: ['version'],
  },
  {
    field: 'stockLevelChanged',
    events: STOCK_EVENTS.map(({ type }) => type),
    lookup: 'stockLevel',
    key: { productId: { from: 'payload', field: 'productId' }, warehouseId: { from: 'payload', field: 'warehouseId' } },
    versionFields: [],
  },
];
