import { createHash } from 'node:crypto';
import { z } from 'zod';
import { attachmentsEnvShape, domainEnvSchema, loadEnvOrExit, parseEncryptionKeys } from '@prometric/core';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The development/test key of webhook secrets: deterministic, never valid in production. */
function devWebhookKey(): Buffer {
  return createHash('sha256').update('prometric-webhooks-development-key (not a secret)').digest();
}

/** Configuration of the finance subgraph. */
export const financeEnvSchema = domainEnvSchema
  .extend({
    FINANCE_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
    /** Files on invoices (PUBLIC_URL below is the same key). */
    ...attachmentsEnvShape,
    /** Events of the `finance` queue applied in parallel by this process. */
    CONSUMER_CONCURRENCY: z.coerce.number().int().positive().default(4),
    /** The gateway's /graphql URL: webhook deliveries read their `data` through it, with the webhook owner's scopes. */
    GATEWAY_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
    /**
     * AES-256-GCM keys of webhook secrets, `id:<base64 of 32 bytes>` comma-separated (every key
     * decrypts, WEBHOOKS_ENCRYPTION_KEY_ID encrypts). Required in production; a fixed development
     * key elsewhere.
     */
    WEBHOOKS_ENCRYPTION_KEYS: z.string().optional(),
    WEBHOOKS_ENCRYPTION_KEY_ID: z.string().optional(),
    /**
     * Allow webhook URLs that resolve to private, loopback, link-local or otherwise non-public
     * addresses (SSRF). Off in production unless set; on in development and test.
     */
    WEBHOOKS_ALLOW_PRIVATE: flag.optional(),
    /** First retry delay of a failed delivery, in ms; each next one doubles, with ±50 % jitter. */
    WEBHOOKS_RETRY_BASE_MS: z.coerce.number().int().positive().default(30_000),
    /** A delivery still failing this long after its first attempt is marked FAILED, in ms (24 h). */
    WEBHOOKS_RETRY_WINDOW_MS: z.coerce.number().int().positive().default(24 * 3600 * 1000),
    /** Deliveries FAILED in a row after which an endpoint is disabled. */
    WEBHOOKS_DISABLE_AFTER_FAILURES: z.coerce.number().int().positive().default(5),
    /** How long one HTTP attempt may take, in ms. */
    WEBHOOKS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    /** HTTP deliveries in flight per process. */
    WEBHOOKS_CONCURRENCY: z.coerce.number().int().positive().default(8),
    /**
     * How often PENDING deliveries first in line whose job Redis lost are queued again, in ms (a minute);
     * 0 turns the sweep off.
     */
    WEBHOOKS_SWEEP_MS: z.coerce.number().int().min(0).default(60_000),
    /** How long the event feed keeps an event, in days (older ones are deleted hourly). */
    EVENT_FEED_RETENTION_DAYS: z.coerce.number().int().positive().default(30),
    /**
     * The HMAC key of document links (an invoice's `pdfUrl`), at least 32 characters. Required in
     * production; a fixed development key elsewhere.
     */
    DOCUMENT_URL_SECRET: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(z.string().min(32).optional()),
    /** How long a document link works, in seconds. */
    DOCUMENT_URL_TTL_SECONDS: z.coerce.number().int().positive().max(86_400).default(300),
    /** The public origin clients reach the gateway at: document links point there (`/documents/finance/…`). */
    PUBLIC_URL: z.string().url().default('http://localhost:4000'),
    /** Base URL of the Kaspi-style payment provider's API (trusted: it comes from configuration, not from users). */
    PAYMENTS_KASPI_URL: z.string().url().default('http://127.0.0.1:4090'),
    /** How long one call to a payment provider may take, in ms. */
    PAYMENTS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  })
  .transform((env, ctx) => {
    let keys = env.WEBHOOKS_ENCRYPTION_KEYS ? parseEncryptionKeys(env.WEBHOOKS_ENCRYPTION_KEYS, 'WEBHOOKS_ENCRYPTION_KEYS', ctx) : new Map<string, Buffer>();
    if (!env.WEBHOOKS_ENCRYPTION_KEYS) {
      if (env.NODE_ENV === 'production') ctx.addIssue({ code: 'custom', path: ['WEBHOOKS_ENCRYPTION_KEYS'], message: 'is required in production (id:<base64 of 32 bytes>, comma-separated)' });
      else keys = new Map([['dev', devWebhookKey()]]);
    }
    const currentKeyId = env.WEBHOOKS_ENCRYPTION_KEY_ID ?? [...keys.keys()].pop() ?? '';
    if (keys.size && !keys.has(currentKeyId)) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOKS_ENCRYPTION_KEY_ID'], message: `names no key of WEBHOOKS_ENCRYPTION_KEYS (${[...keys.keys()].join(', ')})` });
    }
    const webhooks: WebhooksConfig = {
      encryption: { keys, currentKeyId },
      allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE ?? env.NODE_ENV !== 'production',
      retryBaseMs: env.WEBHOOKS_RETRY_BASE_MS,
      retryWindowMs: env.WEBHOOKS_RETRY_WINDOW_MS,
      disableAfterFailures: env.WEBHOOKS_DISABLE_AFTER_FAILURES,
      timeoutMs: env.WEBHOOKS_TIMEOUT_MS,
      concurrency: env.WEBHOOKS_CONCURRENCY,
      feedRetentionDays: env.EVENT_FEED_RETENTION_DAYS,
      sweepMs: env.WEBHOOKS_SWEEP_MS,
    };
    if (!env.DOCUMENT_URL_SECRET && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['DOCUMENT_URL_SECRET'], message: 'is required in production (at least 32 characters)' });
    }
    const documents: DocumentsConfig = {
      secret: env.DOCUMENT_URL_SECRET ? Buffer.from(env.DOCUMENT_URL_SECRET, 'utf8') : createHash('sha256').update('prometric-documents-development-key (not a secret)').digest(),
      ttlSeconds: env.DOCUMENT_URL_TTL_SECONDS,
      publicUrl: env.PUBLIC_URL,
    };
    const payments: PaymentsConfig = { kaspiUrl: env.PAYMENTS_KASPI_URL, timeoutMs: env.PAYMENTS_TIMEOUT_MS, publicUrl: env.PUBLIC_URL };
    return { ...env, webhooks, documents, payments };
  });

/** What the documents module needs from the configuration. */
export interface DocumentsConfig {
  /** The HMAC key of document links. */
  secret: Buffer;
  ttlSeconds: number;
  /** The gateway's public origin. */
  publicUrl: string;
}

/** What payment providers need from the configuration. */
export interface PaymentsConfig {
  /** Base URL of the Kaspi-style provider's API. */
  kaspiUrl: string;
  timeoutMs: number;
  /** The gateway's public origin: provider callbacks come to `/callbacks/finance/payments/…` there. */
  publicUrl: string;
}

/** What the webhooks module needs from the configuration. */
export interface WebhooksConfig {
  encryption: { keys: Map<string, Buffer>; currentKeyId: string };
  allowPrivate: boolean;
  retryBaseMs: number;
  retryWindowMs: number;
  disableAfterFailures: number;
  timeoutMs: number;
  concurrency: number;
  feedRetentionDays: number;
  sweepMs: number;
}

export type FinanceEnv = z.infer<typeof financeEnvSchema>;

export const loadFinanceEnv = (): FinanceEnv => loadEnvOrExit(financeEnvSchema);
