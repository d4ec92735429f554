import { createHash } from 'node:crypto';
import { z } from 'zod';
import { LocalDiskStore, S3Store, type FileStore } from './file-store';

/**
 * The environment keys of attachments, shared by identity (which signs upload links) and the owners of
 * attachable entities (which store the bytes and sign download links): merge into a service's schema
 * with `.extend(attachmentsEnvShape)` and read with `attachmentsConfigOf`.
 */
export const attachmentsEnvShape = {
  /** The HMAC key of upload and download links, at least 32 characters; the same in every service. Required in production. */
  ATTACHMENT_URL_SECRET: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().min(32).optional()),
  /** How long an upload or download link works, in seconds. */
  ATTACHMENT_URL_TTL_SECONDS: z.coerce.number().int().positive().max(86_400).default(300),
  /** Largest file accepted, in bytes (10 MB). */
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  /** Days a soft-deleted entity's files are kept before the sweep deletes them. */
  ATTACHMENT_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  /** How often the files of entities deleted longer ago than that are removed, in ms (an hour); 0 turns it off. */
  ATTACHMENT_SWEEP_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** Where the bytes go: `local` (STORAGE_DIR) or `s3` (an S3-compatible bucket). */
  STORAGE: z.enum(['local', 's3']).default('local'),
  /** Root directory of the local store. */
  STORAGE_DIR: z.string().default('.data/files'),
  /** The S3-compatible endpoint (MinIO, R2, …); AWS when unset. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style addressing (`<endpoint>/<bucket>/<key>`): what most non-AWS servers need. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** The public origin clients reach the gateway at: upload and download links point there (`/files/<owner>/…`). */
  PUBLIC_URL: z.string().url().default('http://localhost:4000'),
} as const;

type AttachmentsEnv = z.infer<z.ZodObject<typeof attachmentsEnvShape>> & { NODE_ENV: string };

/** What the attachments kit needs from the configuration. */
export interface AttachmentsConfig {
  /** The HMAC key of upload and download links. */
  secret: Buffer;
  ttlSeconds: number;
  maxBytes: number;
  retentionDays: number;
  /** How often the retention sweep runs, in ms; 0: never. */
  sweepMs: number;
  publicUrl: string;
  storage: { kind: 'local'; dir: string } | { kind: 's3'; bucket: string; region: string; endpoint?: string; forcePathStyle: boolean; credentials?: { accessKeyId: string; secretAccessKey: string } };
}

/** The attachments configuration of a parsed environment; throws (listing every problem) when it is incomplete. */
export function attachmentsConfigOf(env: AttachmentsEnv): AttachmentsConfig {
  const problems: string[] = [];
  if (!env.ATTACHMENT_URL_SECRET && env.NODE_ENV === 'production') problems.push('ATTACHMENT_URL_SECRET is required in production (at least 32 characters)');
  if (env.STORAGE === 's3' && !env.S3_BUCKET) problems.push('S3_BUCKET is required when STORAGE=s3');
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
  if (problems.length) throw new Error(`Invalid attachments configuration: ${problems.join('; ')}`);
  return {
    secret: env.ATTACHMENT_URL_SECRET ? Buffer.from(env.ATTACHMENT_URL_SECRET, 'utf8') : createHash('sha256').update('prometric-attachments-development-key (not a secret)').digest(),
    ttlSeconds: env.ATTACHMENT_URL_TTL_SECONDS,
    maxBytes: env.ATTACHMENT_MAX_BYTES,
    retentionDays: env.ATTACHMENT_RETENTION_DAYS,
    sweepMs: env.ATTACHMENT_SWEEP_MS,
    publicUrl: env.PUBLIC_URL,
    storage:
      env.STORAGE === 's3'
        ? {
            kind: 's3',
            bucket: env.S3_BUCKET!,
            region: env.S3_REGION,
            endpoint: env.S3_ENDPOINT,
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
            credentials: env.S3_ACCESS_KEY_ID ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY! } : undefined,
          }
        : { kind: 'local', dir: env.STORAGE_DIR },
  };
}

/** The store the configuration names. */
export function fileStoreOf(config: AttachmentsConfig): FileStore {
  const storage = config.storage;
  return storage.kind === 's3' ? new S3Store(storage) : new LocalDiskStore(storage.dir);
}

/** The configuration with every default (development): what a schema built without an environment (`pnpm compose`) holds. */
export function defaultAttachmentsConfig(): AttachmentsConfig {
  return attachmentsConfigOf({ ...z.object(attachmentsEnvShape).parse({}), NODE_ENV: 'development' });
}
