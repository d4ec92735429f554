import type { Principal } from '../auth/principal';
import { signDocumentUrl, type DocumentGrant } from '../crypto/signed-url';
import type { NodeType } from '../graphql/node';
import type { AttachmentsConfig } from './attachment-config';

/** What an attachment's path names: `/files/<owner>/<entity type>/<entity id>/<attachment id>/<file name>`. */
export interface AttachmentPath {
  owner: NodeType['owner'];
  entityType: string;
  entityId: string;
  attachmentId: string;
  fileName: string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PATH = new RegExp(`^/files/([a-z]+)/([A-Za-z]+)/(${UUID})/(${UUID})/([^/]+)$`);

/** The public path of an attachment's bytes (the upload's and the download's). */
export function attachmentPath(p: AttachmentPath): string {
  return `/files/${p.owner}/${p.entityType}/${p.entityId}/${p.attachmentId}/${encodeURIComponent(p.fileName)}`;
}

/** The parts of an attachment path, or null when `path` is not one. */
export function parseAttachmentPath(path: string): AttachmentPath | null {
  const match = PATH.exec(path);
  if (!match) return null;
  try {
    return { owner: match[1] as NodeType['owner'], entityType: match[2], entityId: match[3], attachmentId: match[4], fileName: decodeURIComponent(match[5]) };
  } catch {
    return null;
  }
}

/** A signed link to an attachment path for `principal`, reading with `scope`, bound to `claims` (`op`: put or get). */
export function signAttachmentUrl(config: AttachmentsConfig, principal: Principal, scope: string, path: AttachmentPath, claims: Record<string, string>): string {
  const grant: DocumentGrant = {
    userId: principal.apiKey?.createdBy ?? principal.userId,
    organizationId: principal.organizationId,
    workspaceId: principal.workspaceId,
    role: principal.role,
    currency: principal.currency,
    scopes: [scope],
    expiresAt: Math.floor(Date.now() / 1000) + config.ttlSeconds,
    claims,
  };
  return signDocumentUrl(config.publicUrl, attachmentPath(path), grant, config.secret);
}
