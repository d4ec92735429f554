import { registerEnumType } from 'type-graphql';

/** Whether an endpoint receives deliveries. */
export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

registerEnumType(WebhookStatus, {
  name: 'WebhookStatus',
  description: 'Whether an endpoint receives deliveries: ACTIVE, or DISABLED (by updateWebhook, or after repeated failed deliveries, with a reason).',
  valuesConfig: {
    ACTIVE: { description: 'New events are delivered.' },
    DISABLED: { description: 'Nothing is delivered until updateWebhook sets it active again; disabledReason says why.' },
  },
});

/** Where one delivery of one event to one endpoint is. */
export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (queued, or retrying with backoff) → SUCCEEDED (a 2xx answer) or FAILED (still failing when the retry window closed, or its endpoint was disabled).',
  valuesConfig: {
    PENDING: { description: 'Queued, waiting for an earlier delivery of the same entity, or retrying with backoff.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx; final.' },
    FAILED: { description: 'No 2xx within the retry window (24 h by default), or the endpoint was disabled; final (redeliverWebhook sends it again).' },
  },
});
