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
  /** Field of the entity that grows with every change, so no subscriber ever gets an older state after a newer one. */
  versionField: string;
}

export const SUBSCRIPTION_FIELDS: SubscriptionField[] = [
  { field: 'orderUpdated', events: ['order.created', 'order.updated'], lookup: 'order', idArgument: 'id', versionField: 'version' },
];
