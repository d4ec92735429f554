import {
  ATTACHABLE_TYPES,
  ForbiddenError,
  NODE_TYPES,
  can,
  isUuid,
  newAttachmentId,
  requirePrincipal,
  sanitizeFileName,
  signAttachmentUrl,
  uploadRefusal,
  userError,
  UserErrorCode,
  type AttachmentsConfig,
  type RequestContext,
  type Refusable,
} from '@prometric/core';
import type { RequestUploadInput } from './upload.inputs';

/** A granted upload. */
export interface UploadGrant {
  uploadUrl: string;
  attachmentId: string;
  fileName: string;
  expiresAt: Date;
}

/**
 * Upload links for attachments: one entry point for every attachable type. Checks the caller may read
 * the entity's type (the scope of its by-id query), that the entity exists in the caller's workspace
 * (its owner's published `node_types` lookup, under row-level security), the declared content type and
 * size, then signs a link to the owner's `/files/<owner>/…` route bound to all of it (see
 * `OwnerAttachments`, which stores the bytes and records the attachment).
 */
export class UploadService {
  constructor(private readonly config: AttachmentsConfig) {}

  async requestUpload(ctx: RequestContext, input: RequestUploadInput): Promise<Refusable<UploadGrant>> {
    const principal = requirePrincipal(ctx);
    const type = ATTACHABLE_TYPES[input.entity];
    const { owner, read } = NODE_TYPES[type];
    if (!can(principal, read)) throw new ForbiddenError(`Attaching a file to a ${type} needs scope ${read}`);
    const refusal = uploadRefusal(input.contentType, input.size, this.config.maxBytes);
    if (refusal) return { errors: [userError(UserErrorCode.INVALID, refusal.message, [refusal.code === 'CONTENT_TYPE_NOT_ALLOWED' ? 'contentType' : 'size'])] };
    const id = input.id.toLowerCase();
    const found = isUuid(id) ? await ctx.em.execute<{ type: string }[]>(`select "type" from "${owner}"."node_types"(?::uuid[])`, [`{${id}}`]) : [];
    if (found[0]?.type !== type) return { errors: [userError(UserErrorCode.NOT_FOUND, `No ${type} with this id`, ['id'])] };
    const fileName = sanitizeFileName(input.fileName);
    const attachmentId = newAttachmentId();
    const uploadUrl = signAttachmentUrl(this.config, principal, read, { owner, entityType: type, entityId: id, attachmentId, fileName }, { op: 'put', type: input.contentType, size: String(input.size) });
    return { uploadUrl, attachmentId, fileName, expiresAt: new Date((Math.floor(Date.now() / 1000) + this.config.ttlSeconds) * 1000) };
  }
}
