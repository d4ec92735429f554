import { createHash, randomUUID } from 'node:crypto';
import type http from 'node:http';
import { Transform, pipeline } from 'node:stream';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { can } from '../auth/principal';
import { requirePrincipal, type RequestContext } from '../context';
import { verifyDocumentUrl } from '../crypto/signed-url';
import { inTenantTransaction } from '../db/tenant-transaction';
import { sendJson } from '../graphql/http';
import { NODE_TYPES, type NodeType, type NodeTypeName } from '../graphql/node';
import { fileStoreOf, type AttachmentsConfig } from './attachment-config';
import { parseAttachmentPath, signAttachmentUrl, type AttachmentPath } from './attachment-links';
import { NO_VIRUS_SCAN, sanitizeFileName, uploadRefusal, type VirusScanner } from './attachment-rules';
import { Attachment } from './attachment.type';
import type { FileStore } from './file-store';

export interface OwnerAttachmentsOptions {
  /** The subgraph that owns the entity types (its name in `/files/<owner>/…`). */
  owner: NodeType['owner'];
  /** Its Postgres schema (holding `attachment`, see `attachmentTableSql`). */
  schema: string;
  /** The Node types it accepts files on. */
  entityTypes: readonly NodeTypeName[];
  config: AttachmentsConfig;
  /** Where the bytes go; the store the configuration names by default. */
  store?: FileStore;
  /** The virus-scan hook (see `VirusScanner`); accepts everything by default. */
  scanner?: VirusScanner;
  logger: Logger;
}

interface AttachmentRow {
  id: string;
  entityType: string;
  entityId: string;
  key: string;
  fileName: string;
  contentType: string;
  size: string | number;
  sha256: string | null;
  createdAt: Date;
  createdBy: string | null;
}

const COLUMNS = `"id", "entity_type" as "entityType", "entity_id"::text as "entityId", "key", "file_name" as "fileName", "content_type" as "contentType", "size", "sha256", "created_at" as "createdAt", "created_by"::text as "createdBy"`;

/** An upload refused while its body streamed. */
class UploadRefused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The storage key of an attachment: the tenant first, so one prefix holds a workspace's files. */
export const attachmentKey = (tenant: { organizationId: string; workspaceId: string }, p: AttachmentPath) =>
  `${tenant.organizationId}/${tenant.workspaceId}/${p.entityType}/${p.entityId}/${p.attachmentId}/${sanitizeFileName(p.fileName)}`;

/**
 * The attachments of one owning subgraph: lists an entity's files (with signed download links) for
 * GraphQL, and answers `PUT|GET /files/<owner>/…` (passed on by the gateway) for signed uploads and
 * downloads. Upload links are signed by identity's `requestUpload` with the declared size and content
 * type; this checks the signature, the workspace in it, the content type and the size (the body is
 * cut off past it), streams the bytes to the store under the tenant's prefix while hashing them,
 * asks the virus scanner, and records the attachment in the link's workspace (row-level security).
 */
export class OwnerAttachments {
  private readonly scanner: VirusScanner;
  private readonly options: OwnerAttachmentsOptions & { store: FileStore };

  constructor(options: OwnerAttachmentsOptions) {
    this.options = { ...options, store: options.store ?? fileStoreOf(options.config) };
    this.scanner = options.scanner ?? NO_VIRUS_SCAN;
  }

  /** Its schema and configuration. */
  get settings(): { schema: string; config: AttachmentsConfig } {
    return { schema: this.options.schema, config: this.options.config };
  }

  /** The store the files go to. */
  get store(): FileStore {
    return this.options.store;
  }

  /** Releases the store's connections. */
  close(): void {
    this.options.store.close?.();
  }

  /** The files of `entityType` `entityId` in the caller's workspace, oldest first (one statement per batch of entities). */
  async listOf(ctx: RequestContext, entityType: NodeTypeName, entityId: string): Promise<Attachment[]> {
    const principal = requirePrincipal(ctx);
    const read = NODE_TYPES[entityType].read;
    const rows = await ctx
      .loader<string, AttachmentRow[]>(`Attachment:${entityType}`, async (ids) => {
        const found: AttachmentRow[] = await ctx.em.execute(
          `select ${COLUMNS} from "${this.options.schema}"."attachment"
           where "workspace_id" = ? and "entity_type" = ? and "entity_id" = any(?::uuid[]) and "status" = 'STORED' and "deleted_at" is null
           order by "created_at", "id"`,
          [principal.workspaceId, entityType, `{${ids.join(',')}}`],
        );
        return ids.map((id) => found.filter((r) => r.entityId === id));
      })
      .load(entityId);
    if (!can(principal, read)) return [];
    return rows.map((row) =>
      Object.assign(new Attachment(), {
        id: row.id,
        fileName: row.fileName,
        contentType: row.contentType,
        size: Number(row.size),
        sha256: row.sha256,
        createdAt: new Date(row.createdAt),
        createdBy: row.createdBy,
        downloadUrl: signAttachmentUrl(this.options.config, principal, read, { owner: this.options.owner, entityType, entityId, attachmentId: row.id, fileName: row.fileName }, { op: 'get' }),
      }),
    );
  }

  /** The `files` handler of the owner's server. */
  readonly handle = (req: http.IncomingMessage, res: http.ServerResponse, orm: MikroORM<PostgreSqlDriver>): void => {
    this.answer(req, res, orm).catch((err: unknown) => {
      this.options.logger.error({ err }, 'attachment request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'The file could not be handled' });
      else res.destroy();
    });
  };

  private async answer(req: http.IncomingMessage, res: http.ServerResponse, orm: MikroORM<PostgreSqlDriver>): Promise<void> {
    const refuse = (status: number, error: string) => {
      // The body of a refused upload is not read: the connection closes after the answer.
      if (req.method === 'PUT') res.setHeader('connection', 'close');
      sendJson(res, status, { error });
    };
    const check = verifyDocumentUrl(req.url ?? '', this.options.config.secret);
    if (!check.ok) return refuse(check.status, check.reason);
    const { grant } = check;
    const path = parseAttachmentPath(check.path);
    const op = req.method === 'PUT' ? 'put' : req.method === 'GET' ? 'get' : null;
    if (!path || path.owner !== this.options.owner || !(this.options.entityTypes as readonly string[]).includes(path.entityType)) return refuse(404, 'No such file');
    if (!op || grant.claims?.op !== op) return refuse(405, `This link does not allow ${req.method}`);
    const entityType = path.entityType as NodeTypeName;
    if (!grant.scopes.includes(NODE_TYPES[entityType].read)) return refuse(403, 'The link does not allow reading this entity');
    const tenant = { organizationId: grant.organizationId, workspaceId: grant.workspaceId, userId: grant.userId };
    if (op === 'get') return this.download(res, orm, tenant, path);
    return this.upload(req, res, orm, tenant, path, grant.claims, refuse);
  }

  private async download(res: http.ServerResponse, orm: MikroORM<PostgreSqlDriver>, tenant: { organizationId: string; workspaceId: string; userId: string }, path: AttachmentPath): Promise<void> {
    const [row] = await inTenantTransaction(orm, tenant, (em: EntityManager) =>
      em.execute<AttachmentRow[]>(
        `select ${COLUMNS} from "${this.options.schema}"."attachment" where "id" = ? and "workspace_id" = ? and "entity_type" = ? and "entity_id" = ? and "status" = 'STORED' and "deleted_at" is null`,
        [path.attachmentId, tenant.workspaceId, path.entityType, path.entityId],
      ),
    );
    const body = row ? await this.options.store.get(row.key) : null;
    if (!row || !body) return sendJson(res, 404, { error: 'No such file' });
    res.writeHead(200, {
      'content-type': row.contentType,
      'content-length': String(row.size),
      'content-disposition': `attachment; filename="${row.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    body.on('error', (err) => {
      this.options.logger.warn({ err, key: row.key }, 'reading a stored file failed');
      res.destroy();
    });
    body.pipe(res);
  }

  private async upload(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    orm: MikroORM<PostgreSqlDriver>,
    tenant: { organizationId: string; workspaceId: string; userId: string },
    path: AttachmentPath,
    claims: Record<string, string> | undefined,
    refuse: (status: number, error: string) => void,
  ): Promise<void> {
    const contentType = claims?.type ?? '';
    const size = Number(claims?.size);
    const refusal = uploadRefusal(contentType, size, this.options.config.maxBytes);
    if (refusal) return refuse(refusal.code === 'CONTENT_TYPE_NOT_ALLOWED' ? 415 : refusal.code === 'FILE_TOO_LARGE' ? 413 : 400, refusal.message);
    const given = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (given !== contentType) return refuse(415, `The link was issued for ${contentType}, not ${given || 'no content type'}`);
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > size) return refuse(413, `The link allows ${size} bytes`);
    const fileName = sanitizeFileName(path.fileName);
    const key = attachmentKey(tenant, path);
    const table = `"${this.options.schema}"."attachment"`;

    // PENDING first: a second upload on the same link conflicts on the id instead of racing on the key.
    const created = await inTenantTransaction(orm, tenant, async (em) => {
      const rows = await em.execute<{ id: string }[]>(
        `insert into ${table} ("id", "organization_id", "workspace_id", "entity_type", "entity_id", "key", "file_name", "content_type", "size", "status", "created_by")
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?) on conflict ("id") do nothing returning "id"`,
        [path.attachmentId, tenant.organizationId, tenant.workspaceId, path.entityType, path.entityId, key, fileName, contentType, size, tenant.userId],
      );
      return rows.length > 0;
    });
    if (!created) return refuse(409, 'This link was already used: ask for a new one');

    const hash = createHash('sha256');
    let received = 0;
    const metered = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > size) return done(new UploadRefused(413, `The link allows ${size} bytes`));
        hash.update(chunk);
        done(null, chunk);
      },
      flush(done) {
        done(received === size ? null : new UploadRefused(400, `The body has ${received} bytes; the link was issued for ${size}`));
      },
    });
    const forget = () =>
      Promise.all([
        this.options.store.delete(key).catch(() => undefined),
        inTenantTransaction(orm, tenant, (em) => em.execute(`delete from ${table} where "id" = ? and "status" = 'PENDING'`, [path.attachmentId])),
      ]);
    try {
      // pipeline: an error of either side (a cut-off, a dropped connection) reaches the store's reader.
      await this.options.store.put(key, pipeline(req, metered, () => undefined), { contentType, size });
      if (received !== size) throw new UploadRefused(received > size ? 413 : 400, `The body has ${received} bytes; the link was issued for ${size}`);
    } catch (e) {
      await forget();
      if (e instanceof UploadRefused) return refuse(e.status, e.message);
      const cause = (e as { cause?: unknown }).cause;
      if (cause instanceof UploadRefused) return refuse(cause.status, cause.message);
      throw e;
    }
    const sha256 = hash.digest('hex');
    const verdict = await this.scanner.scan({ key, contentType, size, sha256, read: () => this.options.store.get(key) });
    if (!verdict.clean) {
      await forget();
      this.options.logger.warn({ key, reason: verdict.reason }, 'an uploaded file was refused by the virus scanner');
      return refuse(422, `The file was refused by the virus scan: ${verdict.reason}`);
    }
    await inTenantTransaction(orm, tenant, (em) => em.execute(`update ${table} set "status" = 'STORED', "sha256" = ? where "id" = ?`, [sha256, path.attachmentId]));
    sendJson(res, 201, { id: path.attachmentId, fileName, contentType, size, sha256 });
  }
}

/** A fresh attachment id (the upload link names it). */
export const newAttachmentId = (): string => randomUUID();
