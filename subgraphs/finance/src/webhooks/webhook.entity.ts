import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, JSONScalar, TenantEntity } from '@prometric/core';
import { WebhookDeliveryStatus, WebhookStatus } from './webhook-status';

/** The GraphQL selection an endpoint receives for the events of one entity type. */
@ObjectType({ description: 'The fields a webhook receives as `data` for events about one entity type.' })
export class WebhookSelection {
  @Field(() => String, { description: 'The entity type the events are about, e.g. Order or Invoice (an event contract\'s aggregate type).' })
  entity!: string;

  @Field(() => String, { description: 'A GraphQL selection set on that type, e.g. `{ number status total { amount } }`.' })
  fields!: string;

  @Field(() => String, { description: 'The query deliveries send to the gateway for this selection; with TRUSTED_DOCUMENTS=enforce, register it (`pnpm trust`) or the reads are refused.' })
  document!: string;
}

/**
 * A partner endpoint that receives the workspace's events as signed HTTP POSTs. Its secret is
 * stored encrypted (AES-256-GCM, bound to the row) and is shown once, by createWebhook and
 * rotateWebhookSecret. Deliveries read the entity through the gateway with the scopes of the member
 * who created it (`ownerRole`).
 */
@ObjectType({ description: 'An endpoint receiving the workspace\'s events as signed HTTP POSTs (Standard Webhooks headers). The secret is never readable: it is returned once by createWebhook and rotateWebhookSecret.' })
@Entity({ tableName: 'webhook' })
export class Webhook extends TenantEntity {
  @Field(() => String, { description: 'Where events are POSTed (http or https).' })
  @Property({ type: 'string', length: 2048 })
  url!: string;

  @Field(() => [String], { description: 'The event types delivered, e.g. ["order.created", "invoice.issued"].' })
  @Property({ type: 'json' })
  events!: string[];

  @Field(() => JSONScalar, { description: 'Only events whose payload has these top-level values, e.g. {"customerId": "…"}; {} for every event.' })
  @Property({ type: 'json' })
  filter: Record<string, string | number | boolean> & Opt = {};

  @Field(() => [WebhookSelection], { description: 'What each delivery carries as `data`, per entity type; an entity type without one gets `{ id }`.' })
  @Property({ type: 'json' })
  selections: WebhookSelection[] & Opt = [];

  @Field(() => String, { nullable: true, description: 'A note for people: what the endpoint is for.' })
  @Property({ type: 'string', nullable: true })
  description?: string | null;

  @Field(() => WebhookStatus, { description: 'ACTIVE, or DISABLED (see disabledReason).' })
  @Enum({ items: () => WebhookStatus })
  status: WebhookStatus & Opt = WebhookStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Why it was disabled; null while ACTIVE.' })
  @Property({ type: 'text', nullable: true })
  disabledReason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was disabled; null while ACTIVE.' })
  @Property({ type: 'Date', nullable: true })
  disabledAt?: Date | null;

  @Field(() => Int, { description: 'Deliveries FAILED in a row since the last one that succeeded; reaching the configured limit disables the endpoint.' })
  @Property({ type: 'integer' })
  consecutiveFailures: number & Opt = 0;

  /** The signing secret (`whsec_…`), encrypted; see `FieldCipher`. Never a GraphQL field. */
  @Property({ type: 'text' })
  secretEncrypted!: string;

  /** The role of the member who created (or last re-enabled) it: the scopes deliveries read with. */
  @Property({ type: 'string' })
  ownerRole!: string;

  /** The member whose scopes deliveries read with. */
  @Field(() => ID, { description: 'The member whose scopes the deliveries read the data with.' })
  @Property({ type: 'uuid' })
  ownerId!: string;

  @Property({ type: 'string' })
  ownerCurrency!: string;

  /** The owner's scopes when it was created: deliveries never read more (a token limited to them). */
  @Property({ type: 'json' })
  ownerScopes!: string[];

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/** One event sent (or to be sent) to one endpoint: the delivery log. */
@ObjectType({ description: 'One event sent, or to be sent, to one webhook: the delivery log, with the last attempt\'s answer.' })
@Entity({ tableName: 'webhook_delivery' })
export class WebhookDelivery extends TenantEntity {
  @Field(() => ID, { description: 'The webhook it goes to.' })
  @Property({ type: 'uuid' })
  webhookId!: string;

  @Field(() => ID, { description: 'The event delivered: the body\'s `id` and the webhook-id header, the same on every attempt and redelivery.' })
  @Property({ type: 'uuid' })
  eventId!: string;

  @Field(() => String, { description: 'The event type, e.g. order.created.' })
  @Property({ type: 'string' })
  eventType!: string;

  @Field(() => String, { description: 'The entity type the event is about.' })
  @Property({ type: 'string' })
  aggregateType!: string;

  @Field(() => ID, { description: 'The entity the event is about: deliveries of one entity to one webhook go out in order.' })
  @Property({ type: 'uuid' })
  aggregateId!: string;

  @Field(() => DateTimeScalar, { description: 'When the event happened (the body\'s `time`).' })
  @Property({ type: 'Date' })
  occurredAt!: Date;

  /** Raw event payload (the filter is applied to it; `data` is read through the gateway instead). */
  @Property({ type: 'json' })
  eventPayload!: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus, { description: 'PENDING, SUCCEEDED or FAILED.' })
  @Enum({ items: () => WebhookDeliveryStatus })
  status: WebhookDeliveryStatus & Opt = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'HTTP attempts made so far.' })
  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null before the first, or when it got no answer.' })
  @Property({ type: 'integer', nullable: true })
  statusCode?: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in ms.' })
  @Property({ type: 'integer', nullable: true })
  latencyMs?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (transport error, non-2xx answer, the data could not be read).' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Field(() => String, { nullable: true, description: 'The JSON body sent (rendered at the first attempt, identical on retries); null before it.' })
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the first attempt was made.' })
  @Property({ type: 'Date', nullable: true })
  firstAttemptAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last attempt was made.' })
  @Property({ type: 'Date', nullable: true })
  lastAttemptAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it succeeded or was marked FAILED.' })
  @Property({ type: 'Date', nullable: true })
  finishedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The delivery this one sends again (redeliverWebhook); null for the first.' })
  @Property({ type: 'uuid', nullable: true })
  redeliveryOf?: string | null;
}
