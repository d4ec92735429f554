import { can, requirePrincipal, signDocumentUrl, type RequestContext } from '@prometric/core';
import type { DocumentsConfig } from '../env';
import { DOCUMENT_SCOPES, type DocumentKind } from './document-queries';

/** The public path of a document's PDF (through the gateway, to finance). */
export const documentPath = (kind: DocumentKind, id: string) => `/documents/finance/${kind}/${id}.pdf`;

/**
 * Short-lived signed links to printable documents, issued to the member who reads the field: the
 * download later reads the document through the gateway as that member (see `DocumentDownloads`).
 */
export class DocumentService {
  constructor(private readonly config: DocumentsConfig) {}

  /** A link to `kind`'s PDF, or null when the caller may not read that kind of document. */
  linkOf(ctx: RequestContext, kind: DocumentKind, id: string): string | null {
    const principal = requirePrincipal(ctx);
    if (!can(principal, DOCUMENT_SCOPES[kind][0])) return null;
    return signDocumentUrl(
      this.config.publicUrl,
      documentPath(kind, id),
      {
        userId: principal.apiKey?.createdBy ?? principal.userId,
        organizationId: principal.organizationId,
        workspaceId: principal.workspaceId,
        role: principal.role,
        currency: principal.currency,
        // What the document's read needs, of what the caller (a member, or an API key's scopes) holds.
        scopes: DOCUMENT_SCOPES[kind].filter((scope) => can(principal, scope)),
        expiresAt: Math.floor(Date.now() / 1000) + this.config.ttlSeconds,
      },
      this.config.secret,
    );
  }
}
