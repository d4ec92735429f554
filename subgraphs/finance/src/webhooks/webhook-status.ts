import { defineEnum, type EnumValue } from '@prometric/core';

/** Whether an endpoint receives deliveries. */
export const WebhookStatus = defineEnum('WebhookStatus', 'Whether an endpoint receives deliveries: ACTIVE, or DISABLED (by updateWebhook, or after repeated failed deliveries, with a reason).', {
  ACTIVE: 'New events are delivered.',
  DISABLED: 'Nothing is delivered until updateWebhook sets it active again; disabledReason says why.',
});
export type WebhookStatus = EnumValue<typeof WebhookStatus>;

/** Where one delivery of one event to one endpoint is. */
export const WebhookDeliveryStatus = defineEnum('WebhookDeliveryStatus', 'PENDING (queued, or retrying with backoff) → SUCCEEDED (a 2xx answer) or FAILED (still failing when the retry window closed, or its endpoint was disabled).', {
  PENDING: 'Queued, waiting for an earlier delivery of the same entity, or retrying with backoff.',
  SUCCEEDED: 'The endpoint answered 2xx; final.',
  FAILED: 'No 2xx within the retry window (24 h by default), or the endpoint was disabled; final (redeliverWebhook sends it again).',
});
export type WebhookDeliveryStatus = EnumValue<typeof WebhookDeliveryStatus>;

