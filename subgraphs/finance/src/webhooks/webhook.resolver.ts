import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Webhook } from './webhook.entity';
import { WebhookService } from './webhook.service';
import {
  CreateWebhookInput,
  DeleteWebhookPayload,
  UpdateWebhookInput,
  WebhookConnection,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookDeliveryPayload,
  WebhookPayload,
  WebhooksArgs,
} from './webhook.inputs';

@Resolver(() => Webhook)
export class WebhookResolver {
  constructor(private readonly service: WebhookService) {}

  @Query(() => WebhookConnection, { description: 'Webhook endpoints of the workspace, newest first.' })
  webhooks(@Args(() => WebhooksArgs) args: InstanceType<typeof WebhooksArgs>, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first: every event sent or to be sent, with its status, last HTTP status code, latency and attempt count.' })
  webhookDeliveries(@Args(() => WebhookDeliveriesArgs) args: InstanceType<typeof WebhookDeliveriesArgs>, @Ctx() ctx: RequestContext) {
    return this.service.deliveries(ctx, args);
  }

  @Mutation(() => WebhookPayload, {
    description:
      'Registers an endpoint for the workspace\'s events: each delivery is a signed POST (Standard Webhooks headers webhook-id, webhook-timestamp, webhook-signature) of `{ id, type, time, tenant, data }`, `data` read with your scopes through your selection. The secret is returned here once. INVALID / URL_NOT_ALLOWED / SCOPE_NOT_HELD in errors.',
  })
  async createWebhook(@Arg('input', () => CreateWebhookInput, { description: 'The endpoint, its events, filter, selections and optional secret.' }) input: CreateWebhookInput, @Ctx() ctx: RequestContext): Promise<WebhookPayload> {
    return toPayload(await this.service.create(ctx, input));
  }

  @Mutation(() => WebhookPayload, { description: 'Changes a webhook\'s URL, events, filter, selections or note, or re-enables (active: true) / disables it.' })
  async updateWebhook(
    @Arg('id', () => ID, { description: 'The webhook.' }) id: string,
    @Arg('input', () => UpdateWebhookInput, { description: 'What changes.' }) input: UpdateWebhookInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookPayload> {
    return toPayload(await this.service.update(ctx, id, input));
  }

  @Mutation(() => DeleteWebhookPayload, { description: 'Deletes a webhook: nothing more is sent to it.' })
  async deleteWebhook(@Arg('id', () => ID, { description: 'The webhook.' }) id: string, @Ctx() ctx: RequestContext): Promise<DeleteWebhookPayload> {
    return toPayload(await this.service.delete(ctx, id));
  }

  @Mutation(() => WebhookPayload, { description: 'Replaces the signing secret with a new random one, returned here once; the next attempt is signed with it.' })
  async rotateWebhookSecret(@Arg('id', () => ID, { description: 'The webhook.' }) id: string, @Ctx() ctx: RequestContext): Promise<WebhookPayload> {
    return toPayload(await this.service.rotateSecret(ctx, id));
  }

  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends a signed `webhook.test` event to the endpoint now and returns the logged attempt (status code, latency).' })
  async testWebhook(@Arg('id', () => ID, { description: 'The webhook.' }) id: string, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryPayload> {
    return toPayload(await this.service.test(ctx, id));
  }

  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends a SUCCEEDED or FAILED delivery again: a new PENDING delivery with the same event id and body, queued behind the entity\'s pending ones.' })
  async redeliverWebhook(@Arg('deliveryId', () => ID, { description: 'The delivery to send again.' }) deliveryId: string, @Ctx() ctx: RequestContext): Promise<WebhookDeliveryPayload> {
    return toPayload(await this.service.redeliver(ctx, deliveryId));
  }
}
