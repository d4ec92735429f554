import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, JSONScalar, ListFilter, TIMESTAMP_SORT_FIELDS, UserError, listArgs, orderByInput } from '@prometric/core';
import { Webhook, WebhookDelivery } from './webhook.entity';
import { WebhookDeliveryStatus } from './webhook-status';

@InputType({ description: 'The fields a webhook receives as `data` for events about one entity type.' })
export class WebhookSelectionInput {
  @Field(() => String, { description: 'The entity type: Deal, Order, Invoice, CreditNote, Expense, PayrollRun, Shipment, PurchaseOrder, ProductionOrder, WorkOrder or MaintenanceRequest.' })
  entity!: string;

  @Field(() => String, { description: 'A GraphQL selection set on that type, e.g. `{ number status total { amount } }` (no variables; at most 2000 characters).' })
  fields!: string;
}

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookInput {
  @Field(() => String, { description: 'Where events are POSTed: http or https, no credentials. In production it must resolve to public addresses only (URL_NOT_ALLOWED otherwise).' })
  url!: string;

  @Field(() => [String], { description: 'Event types to deliver, e.g. ["order.created", "invoice.issued"]; each needs the scope that reads it (SCOPE_NOT_HELD otherwise).' })
  events!: string[];

  @Field(() => JSONScalar, { nullable: true, description: 'Only events whose payload has these top-level values (strings, numbers or booleans), e.g. {"customerId": "…"}; every event when omitted.' })
  filter?: Record<string, unknown> | null;

  @Field(() => [WebhookSelectionInput], { nullable: true, description: 'What each delivery carries as `data`, per entity type (read with your scopes at delivery); `{ id }` for an entity type without one.' })
  selections?: WebhookSelectionInput[] | null;

  @Field(() => String, { nullable: true, description: 'Your own signing secret (`whsec_` + base64 of 24–64 bytes); a random one when omitted. Either way it is returned once, in this payload.' })
  secret?: string | null;

  @Field(() => String, { nullable: true, description: 'A note for people: what the endpoint is for (255 characters at most).' })
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook; omitted fields stay as they are.' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true, description: 'A new URL (checked like on create).' })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: 'A new list of event types.' })
  events?: string[] | null;

  @Field(() => JSONScalar, { nullable: true, description: 'A new filter ({} for every event).' })
  filter?: Record<string, unknown> | null;

  @Field(() => [WebhookSelectionInput], { nullable: true, description: 'New selections (replacing all of them).' })
  selections?: WebhookSelectionInput[] | null;

  @Field(() => String, { nullable: true, description: 'A new note.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true re-enables a DISABLED endpoint (its failure count starts again from 0); false disables it.' })
  active?: boolean | null;
}

@ObjectType({ description: 'Result of a webhook mutation.' })
export class WebhookPayload {
  @Field(() => Webhook, { nullable: true, description: 'The webhook.' })
  webhook?: Webhook | null;

  @Field(() => String, { nullable: true, description: 'The signing secret, shown this once: only createWebhook and rotateWebhookSecret return it; null otherwise.' })
  secret?: string | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success. Nothing is written when refused.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of testWebhook and redeliverWebhook.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery: for testWebhook already attempted (status, code and latency set); for redeliverWebhook PENDING, queued.' })
  delivery?: WebhookDelivery | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of deleteWebhook.' })
export class DeleteWebhookPayload {
  @Field(() => ID, { nullable: true, description: 'The id of the deleted webhook; its pending deliveries are dropped.' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  errors!: UserError[];
}

export const WebhookConnection = ConnectionType(Webhook, 'Webhook', 'A page of webhooks.');
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery', 'A page of the webhook delivery log.');

@InputType({ description: 'Narrows the webhook list.' })
export class WebhookFilter extends ListFilter {}

export const WebhookOrderBy = orderByInput('Webhook', TIMESTAMP_SORT_FIELDS, 'webhook');
export const WebhooksArgs = listArgs(WebhookFilter, WebhookOrderBy, 'newest first');

@InputType({ description: 'Narrows the delivery log.' })
export class WebhookDeliveryFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Only deliveries to this webhook.' })
  webhookId?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' })
  status?: WebhookDeliveryStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only deliveries of this event.' })
  eventId?: string | null;
}

export const WebhookDeliveryOrderBy = orderByInput('WebhookDelivery', TIMESTAMP_SORT_FIELDS, 'delivery');
export const WebhookDeliveriesArgs = listArgs(WebhookDeliveryFilter, WebhookDeliveryOrderBy, 'newest first');
