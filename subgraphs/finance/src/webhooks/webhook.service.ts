import { randomUUID } from 'node:crypto';
import {
  FieldCipher,
  NotFoundError,
  UserErrorCode,
  can,
  lengthErrors,
  loadOrNotFound,
  listPage,
  requirePrincipal,
  SortDirection,
  uuidOrNil,
  type ListArgsValue,
  tenantOf,
  userError,
  type Connection,
  type Permission,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import type { WebhooksConfig } from '../env';
import { Webhook, WebhookDelivery, type WebhookSelection } from './webhook.entity';
import { WebhookDeliveryStatus, WebhookStatus } from './webhook-status';
import { ENTITY_QUERY_FIELD, EVENT_TYPES, entityQuery, readPermissionOf, selectionProblem } from './webhook-catalog';
import { WebhookUrlRefused, checkWebhookUrl, generateSecret, secretProblem } from './webhook-http';
import { TEST_EVENT_TYPE, secretContext, type WebhookDispatcher } from './webhook-dispatcher';
import type { CreateWebhookInput, UpdateWebhookInput, WebhookDeliveryFilter, WebhookFilter, WebhookSelectionInput } from './webhook.inputs';

type WebhookResult = { webhook: Webhook; secret: string | null } | { errors: UserError[] };
type DeliveryResult = { delivery: WebhookDelivery } | { errors: UserError[] };

const MAX_FILTER_KEYS = 20;

/**
 * Webhook endpoints of a workspace (managed with webhooks:write): validation (URL and SSRF rule,
 * event types the creator may read, filter, selections, secret), the encrypted secret shown once,
 * and the delivery log. Sending is the dispatcher's (see `WebhookDispatcher`).
 */
export class WebhookService {
  private dispatcher: WebhookDispatcher | null = null;

  constructor(private readonly config: WebhooksConfig, private readonly cipher: FieldCipher) {}

  /** The running dispatcher (testWebhook and redeliverWebhook send through it). */
  attach(dispatcher: WebhookDispatcher | null): void {
    this.dispatcher = dispatcher;
  }

  async create(ctx: RequestContext, input: CreateWebhookInput): Promise<WebhookResult> {
    const principal = requirePrincipal(ctx);
    const errors = [
      ...(await this.urlErrors(input.url)),
      ...this.eventErrors(ctx, input.events),
      ...filterErrors(input.filter),
      ...selectionErrors(input.selections),
      ...lengthErrors(input.description, 'description'),
    ];
    const secret = input.secret ?? generateSecret();
    const problem = secretProblem(secret);
    if (problem) errors.push(userError(UserErrorCode.INVALID, problem, ['secret']));
    if (errors.length) return { errors };
    const id = randomUUID();
    const webhook = ctx.em.create(Webhook, {
      id,
      url: input.url.trim(),
      events: [...new Set(input.events)],
      filter: (input.filter ?? {}) as Webhook['filter'],
      selections: toSelections(input.selections),
      description: input.description?.trim() || null,
      secretEncrypted: this.cipher.encrypt(secret, secretContext(id)),
      ownerId: principal.apiKey?.createdBy ?? principal.userId,
      ownerRole: principal.role,
      ownerScopes: [...principal.permissions],
      ownerCurrency: principal.currency,
    });
    await ctx.em.flush();
    return { webhook, secret };
  }

  async update(ctx: RequestContext, id: string, input: UpdateWebhookInput): Promise<WebhookResult> {
    const webhook = await this.find(ctx, id);
    const errors = [
      ...(input.url != null ? await this.urlErrors(input.url) : []),
      ...(input.events != null ? this.eventErrors(ctx, input.events) : []),
      ...filterErrors(input.filter),
      ...selectionErrors(input.selections),
      ...lengthErrors(input.description, 'description'),
    ];
    if (errors.length) return { errors };
    if (input.url != null) webhook.url = input.url.trim();
    if (input.events != null) webhook.events = [...new Set(input.events)];
    if (input.filter != null) webhook.filter = input.filter as Webhook['filter'];
    if (input.selections != null) webhook.selections = toSelections(input.selections);
    if (input.description !== undefined) webhook.description = input.description?.trim() || null;
    if (input.active === true && webhook.status !== WebhookStatus.ACTIVE) Object.assign(webhook, { status: WebhookStatus.ACTIVE, disabledReason: null, disabledAt: null, consecutiveFailures: 0 });
    if (input.active === false && webhook.status !== WebhookStatus.DISABLED) Object.assign(webhook, { status: WebhookStatus.DISABLED, disabledReason: 'Disabled by updateWebhook', disabledAt: new Date() });
    await ctx.em.flush();
    return { webhook, secret: null };
  }

  /** Soft-deletes the webhook: nothing more is sent to it (its pending deliveries end FAILED). */
  async delete(ctx: RequestContext, id: string): Promise<{ deletedId: string } | { errors: UserError[] }> {
    const principal = requirePrincipal(ctx);
    const webhook = await this.find(ctx, id);
    Object.assign(webhook, { deletedAt: new Date(), deletedBy: principal.userId, status: WebhookStatus.DISABLED, disabledReason: 'Deleted' });
    await ctx.em.flush();
    return { deletedId: id };
  }

  /** A new random secret, effective for the next attempt; returned once. */
  async rotateSecret(ctx: RequestContext, id: string): Promise<WebhookResult> {
    const webhook = await this.find(ctx, id);
    const secret = generateSecret();
    webhook.secretEncrypted = this.cipher.encrypt(secret, secretContext(webhook.id));
    await ctx.em.flush();
    return { webhook, secret };
  }

  /** Sends a `webhook.test` event to the endpoint now, signed like any delivery; the attempt is logged. */
  async test(ctx: RequestContext, id: string): Promise<DeliveryResult> {
    const webhook = await this.find(ctx, id);
    const errors = await this.urlErrors(webhook.url);
    if (errors.length) return { errors };
    const delivery = ctx.em.create(WebhookDelivery, {
      webhookId: webhook.id,
      eventId: randomUUID(),
      eventType: TEST_EVENT_TYPE,
      aggregateType: 'Webhook',
      aggregateId: webhook.id,
      occurredAt: new Date(),
      eventPayload: { webhookId: webhook.id, message: 'A test delivery from Prometric' },
    });
    await ctx.em.flush();
    await this.requireDispatcher().sendOnce(ctx.em, webhook, delivery);
    return { delivery };
  }

  /** Sends a logged delivery again (same event id and body, signed anew), behind the entity's pending ones. */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<DeliveryResult> {
    const principal = requirePrincipal(ctx);
    const original = await loadOrNotFound(ctx, WebhookDelivery, deliveryId, 'Delivery');
    if (original.eventType === TEST_EVENT_TYPE) return { errors: [userError(UserErrorCode.INVALID, 'A test delivery is not redelivered; call testWebhook again', ['deliveryId'])] };
    if (original.status === WebhookDeliveryStatus.PENDING) return { errors: [userError(UserErrorCode.INVALID_TRANSITION, 'The delivery is still pending', ['deliveryId'])] };
    const webhook = await this.find(ctx, original.webhookId);
    if (webhook.status !== WebhookStatus.ACTIVE) return { errors: [userError(UserErrorCode.INVALID_TRANSITION, 'The webhook is disabled; re-enable it with updateWebhook first', ['deliveryId'])] };
    const createdId = await this.requireDispatcher().redeliver(tenantOf(principal), original.id);
    if (!createdId) throw new NotFoundError('Delivery not found');
    return { delivery: await ctx.em.findOneOrFail(WebhookDelivery, createdId) };
  }

  list(ctx: RequestContext, args: ListArgsValue<WebhookFilter>): Promise<Connection<Webhook>> {
    return listPage(ctx.em, Webhook, args, { where: [], defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }] });
  }

  deliveries(ctx: RequestContext, args: ListArgsValue<WebhookDeliveryFilter>): Promise<Connection<WebhookDelivery>> {
    const f = args.filter;
    return listPage(ctx.em, WebhookDelivery, args, {
      where: [f?.webhookId && { webhookId: uuidOrNil(f.webhookId) }, f?.status && { status: f.status }, f?.eventId && { eventId: uuidOrNil(f.eventId) }],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  private find(ctx: RequestContext, id: string): Promise<Webhook> {
    return loadOrNotFound(ctx, Webhook, id, 'Webhook');
  }

  private requireDispatcher(): WebhookDispatcher {
    if (!this.dispatcher) throw new Error('The webhook dispatcher is not running');
    return this.dispatcher;
  }

  private async urlErrors(url: string): Promise<UserError[]> {
    if (!url?.trim()) return [userError(UserErrorCode.REQUIRED, 'A URL is required', ['url'])];
    if (url.length > 2048) return [userError(UserErrorCode.INVALID, 'A URL is limited to 2048 characters', ['url'])];
    try {
      await checkWebhookUrl(url.trim(), this.config.allowPrivate);
      return [];
    } catch (e) {
      if (!(e instanceof WebhookUrlRefused)) throw e;
      return [userError(e.privateAddress ? UserErrorCode.URL_NOT_ALLOWED : UserErrorCode.INVALID, e.message, ['url'])];
    }
  }

  private eventErrors(ctx: RequestContext, events: string[]): UserError[] {
    const principal = requirePrincipal(ctx);
    if (!events.length) return [userError(UserErrorCode.REQUIRED, 'Name at least one event type', ['events'])];
    return events.flatMap((type, i): UserError[] => {
      if (!EVENT_TYPES.includes(type)) return [userError(UserErrorCode.INVALID, `Unknown event type ${type}`, ['events', String(i)])];
      const permission = readPermissionOf(type) as Permission;
      return can(principal, permission) ? [] : [userError(UserErrorCode.SCOPE_NOT_HELD, `${type} needs scope ${permission}`, ['events', String(i)])];
    });
  }
}

function filterErrors(filter: Record<string, unknown> | null | undefined): UserError[] {
  if (filter == null) return [];
  if (typeof filter !== 'object' || Array.isArray(filter)) return [userError(UserErrorCode.INVALID, 'A filter is a JSON object', ['filter'])];
  const entries = Object.entries(filter);
  if (entries.length > MAX_FILTER_KEYS) return [userError(UserErrorCode.INVALID, `A filter has at most ${MAX_FILTER_KEYS} keys`, ['filter'])];
  const bad = entries.find(([, v]) => !['string', 'number', 'boolean'].includes(typeof v));
  return bad ? [userError(UserErrorCode.INVALID, `Filter value of ${bad[0]} must be a string, number or boolean`, ['filter', bad[0]])] : [];
}

function selectionErrors(selections: WebhookSelectionInput[] | null | undefined): UserError[] {
  const seen = new Set<string>();
  return (selections ?? []).flatMap((s, i): UserError[] => {
    if (!ENTITY_QUERY_FIELD[s.entity]) return [userError(UserErrorCode.INVALID, `No selection can be read for ${s.entity}`, ['selections', String(i), 'entity'])];
    if (seen.has(s.entity)) return [userError(UserErrorCode.CONFLICT, `Two selections for ${s.entity}`, ['selections', String(i), 'entity'])];
    seen.add(s.entity);
    const problem = selectionProblem(s.fields);
    return problem ? [userError(UserErrorCode.INVALID, problem, ['selections', String(i), 'fields'])] : [];
  });
}

function toSelections(selections: WebhookSelectionInput[] | null | undefined): WebhookSelection[] {
  return (selections ?? []).map((s) => ({ entity: s.entity, fields: s.fields.trim(), document: entityQuery(s.entity, s.fields) ?? '' }));
}
