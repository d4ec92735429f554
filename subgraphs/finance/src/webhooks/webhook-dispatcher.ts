import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { FieldCipher, inTenantTransaction, type ConsumeOutcome, type DomainEvent, type TenantParams } from '@prometric/core';
import { GatewayReader, type GatewayReaderOptions } from '../gateway-reader';
import type { WebhooksConfig } from '../env';
import { Webhook, WebhookDelivery } from './webhook.entity';
import { WebhookDeliveryStatus, WebhookStatus } from './webhook-status';
import { entityQuery } from './webhook-catalog';
import { postWebhook, signatureOf, type AttemptResult } from './webhook-http';

/** The BullMQ queue of HTTP deliveries (under the database's event queue prefix). */
export const DELIVERY_QUEUE = 'webhook-deliveries';

/** Event type of the deliveries `testWebhook` sends. */
export const TEST_EVENT_TYPE = 'webhook.test';

/** Upper bound of attempts of one delivery; the retry window (24 h by default) ends it first. */
const MAX_ATTEMPTS = 100;

interface DeliveryJob {
  deliveryId: string;
  organizationId: string;
  workspaceId: string;
}

/** Gateway error codes a retry cannot heal: the delivery fails at once. */
const PERMANENT_READ_ERRORS = ['FORBIDDEN', 'UNAUTHENTICATED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'];

/** An attempt that no retry would change (the owner may not read a selected field, the selection does not validate). */
interface Permanent {
  permanent?: boolean;
}

/** The AES-GCM context binding a webhook's encrypted secret to its row. */
export const secretContext = (webhookId: string) => `webhook:${webhookId}:secret`;

/** True when every key of `filter` has the same top-level value in `payload`. */
export function matchesFilter(filter: Record<string, unknown>, payload: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, value]) => payload[key] === value);
}

/** Where the dispatcher reads entities (the gateway) and signs the tokens it reads them with. */
export interface DispatcherOptions extends GatewayReaderOptions {
  orm: MikroORM<PostgreSqlDriver>;
  redisUrl: string;
  queuePrefix: string;
  logger: Logger;
  config: WebhooksConfig;
  cipher: FieldCipher;
}

/**
 * Sends webhook deliveries: one BullMQ job per delivery that is first in line for its webhook and
 * entity (a later delivery of the same entity is queued only when the earlier one SUCCEEDED or
 * FAILED, so an endpoint sees each entity's events in order). An attempt renders the body once (the
 * entity read through the gateway with the owner's scopes, kept for retries), signs it
 * (Standard Webhooks) and POSTs it; a failure is retried with exponential backoff and ±50 % jitter
 * until the retry window closes, then marked FAILED, and enough FAILED deliveries in a row disable
 * the endpoint.
 */
export class WebhookDispatcher {
  private readonly connection: Redis;
  private readonly queue: Queue<DeliveryJob>;
  private worker: Worker<DeliveryJob> | null = null;
  private readonly reader: GatewayReader;
  private workerConnection: Redis | null = null;
  /** Events this process applied that created no delivery: their after-commit step has nothing to queue. */
  private readonly withoutDeliveries = new Set<string>();

  constructor(private readonly options: DispatcherOptions) {
    this.connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    this.reader = new GatewayReader(options);
    this.connection.on('error', (err) => options.logger.warn({ err }, 'redis connection error'));
    this.queue = new Queue<DeliveryJob>(DELIVERY_QUEUE, { connection: this.connection, prefix: options.queuePrefix });
  }

  /** Starts the worker sending deliveries. */
  async start(): Promise<void> {
    this.workerConnection = this.connection.duplicate();
    this.worker = new Worker<DeliveryJob>(DELIVERY_QUEUE, (job) => this.process(job), {
      connection: this.workerConnection,
      prefix: this.options.queuePrefix,
      concurrency: this.options.config.concurrency,
    });
    this.worker.on('error', (err) => this.options.logger.warn({ err }, 'webhook worker error'));
    await this.worker.waitUntilReady();
  }

  /**
   * The `webhooks` consumer's handler, in its transaction: the event joins the feed (`feed_event`,
   * in commit order: inserts are serialized by an advisory lock, so a reader paging by `seq` never
   * skips one) and gets a PENDING delivery for every ACTIVE webhook of the workspace that subscribed
   * to its type and whose filter its payload matches.
   */
  async recordEvent(em: EntityManager, event: DomainEvent<unknown>): Promise<void> {
    // Every contract's payload is an object (see @prometric/contracts).
    const payload = (event.payload ?? {}) as Record<string, unknown>;
    await em.execute(`select pg_advisory_xact_lock(hashtext('finance.feed_event'))`);
    await em.execute(
      `insert into "finance"."feed_event" ("id", "type", "schema_version", "aggregate_type", "aggregate_id", "aggregate_version", "organization_id", "workspace_id", "actor_id", "occurred_at", "payload")
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict ("id") do nothing`,
      [event.id, event.type, event.schemaVersion, event.aggregateType, event.aggregateId, event.aggregateVersion, event.organizationId, event.workspaceId, event.actorId, event.occurredAt, JSON.stringify(payload)],
    );
    const webhooks = (await em.find(Webhook, { status: WebhookStatus.ACTIVE })).filter((w) => w.events.includes(event.type) && matchesFilter(w.filter, payload));
    if (webhooks.length) this.withoutDeliveries.delete(event.id);
    else this.withoutDeliveries.add(event.id);
    for (const webhook of webhooks) {
      em.create(WebhookDelivery, {
        webhookId: webhook.id,
        eventId: event.id,
        eventType: event.type,
        aggregateType: event.aggregateType,
        aggregateId: event.aggregateId,
        occurredAt: new Date(event.occurredAt),
        eventPayload: payload,
      });
    }
    await em.flush();
  }

  /**
   * After the event's transaction committed: queues its deliveries that are first in line. Skipped
   * for an event this process just applied without creating any (most events: no webhook wants them);
   * a duplicate delivery of the event always looks.
   */
  async afterConsume(event: Pick<DomainEvent, 'id' | 'organizationId' | 'workspaceId'>, outcome: ConsumeOutcome = 'duplicate'): Promise<void> {
    const nothing = this.withoutDeliveries.delete(event.id);
    if (nothing && outcome === 'applied') return;
    const tenant = { organizationId: event.organizationId, workspaceId: event.workspaceId, userId: null };
    const heads = await inTenantTransaction(this.options.orm, tenant, (em) =>
      em.execute<{ id: string }[]>(
        `select d."id" from "finance"."webhook_delivery" d
          where d."event_id" = ? and d."status" = 'PENDING'
            and not exists (select 1 from "finance"."webhook_delivery" p
                             where p."webhook_id" = d."webhook_id" and p."aggregate_id" = d."aggregate_id" and p."status" = 'PENDING' and p."seq" < d."seq")`,
        [event.id],
      ),
    );
    for (const { id } of heads) await this.enqueue(id, tenant);
  }

  /** Queues one delivery (a second call for the same delivery while its job exists changes nothing). */
  async enqueue(deliveryId: string, tenant: Pick<TenantParams, 'organizationId' | 'workspaceId'>): Promise<void> {
    await this.queue.add(
      'deliver',
      { deliveryId, organizationId: tenant.organizationId, workspaceId: tenant.workspaceId },
      {
        jobId: deliveryId,
        attempts: MAX_ATTEMPTS,
        backoff: { type: 'exponential', delay: this.options.config.retryBaseMs, jitter: 0.5 },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    );
  }

  /**
   * `redeliverWebhook`: a new PENDING delivery of the same event, body and webhook, committed in a
   * transaction of its own and then queued behind the entity's other pending deliveries. Null when
   * the delivery does not exist in the workspace.
   */
  async redeliver(tenant: TenantParams, deliveryId: string): Promise<string | null> {
    const created = await inTenantTransaction(this.options.orm, tenant, async (em) => {
      const original = await em.findOne(WebhookDelivery, deliveryId);
      if (!original) return null;
      const copy = em.create(WebhookDelivery, {
        webhookId: original.webhookId,
        eventId: original.eventId,
        eventType: original.eventType,
        aggregateType: original.aggregateType,
        aggregateId: original.aggregateId,
        occurredAt: original.occurredAt,
        eventPayload: original.eventPayload,
        body: original.body,
        redeliveryOf: original.redeliveryOf ?? original.id,
      });
      await em.flush();
      return copy.id;
    });
    if (created) await this.releaseNext(tenant, deliveryId);
    return created;
  }

  /**
   * Queues again every PENDING delivery that is first in line and has not moved for `idleMs` (a job
   * Redis lost; one still queued or in backoff is left as it is, its job id being the delivery's).
   * Runs as the schema's owner, across workspaces. Returns how many it offered.
   */
  async requeueStuck(owner: Pool, idleMs = 60_000): Promise<number> {
    const { rows } = await owner.query<{ id: string; organization_id: string; workspace_id: string }>(
      `select d."id", d."organization_id", d."workspace_id" from "finance"."webhook_delivery" d
        where d."status" = 'PENDING' and d."updated_at" < now() - make_interval(secs => $1)
          and not exists (select 1 from "finance"."webhook_delivery" p
                           where p."webhook_id" = d."webhook_id" and p."aggregate_id" = d."aggregate_id" and p."status" = 'PENDING' and p."seq" < d."seq")
        order by d."seq" limit 1000`,
      [idleMs / 1000],
    );
    for (const row of rows) await this.enqueue(row.id, { organizationId: row.organization_id, workspaceId: row.workspace_id });
    return rows.length;
  }

  /** Sends one delivery now, without queueing or retrying (`testWebhook`), and records the attempt. */
  async sendOnce(em: EntityManager, webhook: Webhook, delivery: WebhookDelivery): Promise<void> {
    const result = await this.attempt(webhook, delivery);
    const now = new Date();
    Object.assign(delivery, {
      attempts: 1,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: result.error,
      firstAttemptAt: now,
      lastAttemptAt: now,
      finishedAt: now,
      status: result.error === null ? WebhookDeliveryStatus.SUCCEEDED : WebhookDeliveryStatus.FAILED,
    });
    await em.flush();
  }

  private async process(job: Job<DeliveryJob>): Promise<string> {
    const tenant: TenantParams = { organizationId: job.data.organizationId, workspaceId: job.data.workspaceId, userId: null };
    const loaded = await inTenantTransaction(this.options.orm, tenant, async (em) => {
      const delivery = await em.findOne(WebhookDelivery, job.data.deliveryId);
      if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING) return null;
      return { delivery, webhook: await em.findOne(Webhook, delivery.webhookId) };
    });
    if (!loaded) return 'skipped';
    const { delivery, webhook } = loaded;
    if (!webhook || webhook.status !== WebhookStatus.ACTIVE) {
      await this.finish(tenant, delivery, { statusCode: null, latencyMs: 0, error: webhook ? `The webhook is disabled: ${webhook.disabledReason ?? 'by updateWebhook'}` : 'The webhook was deleted' }, false);
      return 'dropped';
    }
    const startedAt = new Date();
    const result = await this.attempt(webhook, delivery);
    const firstAttemptAt = delivery.firstAttemptAt ?? startedAt;
    const ok = result.error === null;
    const exhausted = !ok && (!!result.permanent || Date.now() - firstAttemptAt.getTime() >= this.options.config.retryWindowMs || job.attemptsMade + 1 >= MAX_ATTEMPTS);
    if (ok || exhausted) {
      await this.finish(tenant, delivery, result, true, firstAttemptAt, startedAt);
      return ok ? 'succeeded' : 'failed';
    }
    await inTenantTransaction(this.options.orm, tenant, (em) =>
      em.execute(
        `update "finance"."webhook_delivery" set "attempts" = "attempts" + 1, "status_code" = ?, "latency_ms" = ?, "error" = ?, "body" = coalesce("body", ?),
           "first_attempt_at" = coalesce("first_attempt_at", ?), "last_attempt_at" = ?, "updated_at" = now() where "id" = ?`,
        [result.statusCode, result.latencyMs, result.error, delivery.body ?? null, firstAttemptAt, startedAt, delivery.id],
      ),
    );
    // BullMQ retries it after the backoff.
    throw new Error(result.error ?? 'failed');
  }

  /** Renders (once) and sends one attempt; never throws. */
  private async attempt(webhook: Webhook, delivery: WebhookDelivery): Promise<AttemptResult & Permanent> {
    if (!delivery.body) {
      try {
        delivery.body = await this.render(webhook, delivery);
      } catch (e) {
        return { statusCode: null, latencyMs: 0, error: (e as Error).message, permanent: e instanceof ReadRefused };
      }
    }
    const body = delivery.body;
    const timestamp = Math.floor(Date.now() / 1000);
    let secret: string;
    try {
      secret = this.options.cipher.decrypt(webhook.secretEncrypted, secretContext(webhook.id));
    } catch (e) {
      return { statusCode: null, latencyMs: 0, error: `The secret cannot be read: ${(e as Error).message}` };
    }
    return postWebhook(
      webhook.url,
      body,
      { 'webhook-id': delivery.eventId, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureOf(secret, delivery.eventId, timestamp, body) },
      { timeoutMs: this.options.config.timeoutMs, allowPrivate: this.options.config.allowPrivate },
    );
  }

  /**
   * The body: `{ id, type, time, tenant, data }`, `data` being the webhook's selection on the entity,
   * read through the gateway like any client with a one-minute token of the owner limited to the
   * owner's scopes (field rules apply: a field the owner may not read fails the read). An entity type
   * without a selection gets `{ id }`; the test event its own payload.
   */
  private async render(webhook: Webhook, delivery: WebhookDelivery): Promise<string> {
    let data: unknown = { id: delivery.aggregateId };
    const selection = webhook.selections.find((s) => s.entity === delivery.aggregateType);
    const query = selection ? entityQuery(delivery.aggregateType, selection.fields) : null;
    if (delivery.eventType === TEST_EVENT_TYPE) data = delivery.eventPayload;
    else if (query) {
      const answer = await this.reader.read<{ entity?: unknown }>(
        {
          userId: webhook.ownerId,
          organizationId: webhook.organizationId,
          workspaceId: webhook.workspaceId,
          role: webhook.ownerRole,
          currency: webhook.ownerCurrency,
          apiKey: { prefix: `webhook:${webhook.id}`, createdBy: webhook.ownerId, scopes: webhook.ownerScopes },
        },
        query,
        { id: delivery.aggregateId },
      );
      if (answer.errors?.length) {
        const message = `The data could not be read: ${answer.errors.map((e) => e.message).join('; ')}`;
        throw answer.errors.some((e) => PERMANENT_READ_ERRORS.includes(e.extensions?.code ?? '')) ? new ReadRefused(message) : new Error(message);
      }
      data = answer.data?.entity ?? null;
    }
    return JSON.stringify({ id: delivery.eventId, type: delivery.eventType, time: delivery.occurredAt.toISOString(), tenant: delivery.workspaceId, data });
  }

  /**
   * Marks a delivery SUCCEEDED or FAILED, keeps the webhook's run of failures (a success resets it;
   * `countFailure` FAILED deliveries in a row reaching the limit disable it, with the reason), then
   * queues the next delivery of the same webhook and entity.
   */
  private async finish(tenant: TenantParams, delivery: WebhookDelivery, result: AttemptResult, countFailure: boolean, firstAttemptAt?: Date, attemptAt?: Date): Promise<void> {
    const ok = result.error === null;
    const attempted = !!attemptAt;
    await inTenantTransaction(this.options.orm, tenant, async (em) => {
      await em.execute(
        `update "finance"."webhook_delivery" set "status" = ?, "attempts" = "attempts" + ?, "status_code" = coalesce(?, "status_code"), "latency_ms" = coalesce(?, "latency_ms"), "error" = ?,
           "body" = coalesce("body", ?), "first_attempt_at" = coalesce("first_attempt_at", ?), "last_attempt_at" = coalesce(?, "last_attempt_at"), "finished_at" = now(), "updated_at" = now()
         where "id" = ? and "status" = 'PENDING'`,
        [ok ? WebhookDeliveryStatus.SUCCEEDED : WebhookDeliveryStatus.FAILED, attempted ? 1 : 0, result.statusCode, attempted ? result.latencyMs : null, result.error, delivery.body ?? null, firstAttemptAt ?? null, attemptAt ?? null, delivery.id],
      );
      if (ok) await em.execute(`update "finance"."webhook" set "consecutive_failures" = 0 where "id" = ?`, [delivery.webhookId]);
      else if (countFailure) {
        const limit = this.options.config.disableAfterFailures;
        const reason = `Disabled after ${limit} deliveries in a row failed; the last: ${result.error}`;
        await em.execute(
          `update "finance"."webhook" set "consecutive_failures" = "consecutive_failures" + 1,
             "status" = case when "consecutive_failures" + 1 >= ? then 'DISABLED' else "status" end,
             "disabled_reason" = case when "status" = 'ACTIVE' and "consecutive_failures" + 1 >= ? then ? else "disabled_reason" end,
             "disabled_at" = case when "status" = 'ACTIVE' and "consecutive_failures" + 1 >= ? then now() else "disabled_at" end
           where "id" = ?`,
          [limit, limit, reason, limit, delivery.webhookId],
        );
      }
    });
    await this.releaseNext(tenant, delivery.id);
  }

  /** Queues the first PENDING delivery of the webhook and entity of `deliveryId`, if any. */
  private async releaseNext(tenant: TenantParams, deliveryId: string): Promise<void> {
    const next = await inTenantTransaction(this.options.orm, tenant, (em) =>
      em.execute<{ id: string }[]>(
        `select n."id" from "finance"."webhook_delivery" d
           join "finance"."webhook_delivery" n on n."webhook_id" = d."webhook_id" and n."aggregate_id" = d."aggregate_id" and n."status" = 'PENDING'
          where d."id" = ? order by n."seq" limit 1`,
        [deliveryId],
      ),
    );
    if (next[0]) await this.enqueue(next[0].id, tenant);
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    this.workerConnection?.disconnect();
    this.connection.disconnect();
  }
}

/** The gateway refused the read for a reason time does not change (see PERMANENT_READ_ERRORS). */
class ReadRefused extends Error {
  override name = 'ReadRefused';
}
