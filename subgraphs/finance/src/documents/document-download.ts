import type http from 'node:http';
import type { Logger } from 'pino';
import { sendJson, verifyDocumentUrl } from '@prometric/core';
import type { DocumentsConfig } from '../env';
import type { GatewayReader } from '../gateway-reader';
import { DOCUMENT_QUERIES, printable, type DocumentIssuer, type DocumentKind } from './document-queries';
import { renderPdf } from './document-pdf';

const PATH = /^\/documents\/finance\/(invoice|credit-note|order)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/;

/**
 * Answers `GET /documents/finance/<kind>/<id>.pdf?…&sig=…` (passed on by the gateway): checks the
 * link's signature and expiry, reads the document through the gateway as the member the link was
 * issued to, with only the scopes the link carries (so the PDF shows exactly what that member may read
 * through the API: same tenant, same field rules), and renders it.
 */
export class DocumentDownloads {
  constructor(
    private readonly config: DocumentsConfig,
    private readonly reader: GatewayReader,
    private readonly logger: Logger,
  ) {}

  readonly handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    this.answer(req, res).catch((err) => {
      this.logger.error({ err }, 'document rendering failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'The document could not be rendered' });
    });
  };

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const check = verifyDocumentUrl(req.url ?? '', this.config.secret);
    if (!check.ok) return sendJson(res, check.status, { error: check.reason });
    const match = PATH.exec(check.path);
    if (!match) return sendJson(res, 404, { error: 'No such document' });
    const kind = match[1] as DocumentKind;
    const { grant } = check;
    const answer = await this.reader.read<{ workspace: DocumentIssuer | null; document: unknown }>(
      { ...grant, apiKey: { prefix: `document:${kind}`, createdBy: grant.userId, scopes: grant.scopes } },
      DOCUMENT_QUERIES[kind],
      { id: match[2] },
    );
    if (!answer.data?.document) {
      // Gone, or no longer readable by the member (their role changed): nothing to print.
      return sendJson(res, 404, { error: 'No such document', reasons: answer.errors?.map((e) => e.extensions?.code ?? e.message) });
    }
    const issuer = answer.data.workspace ?? { name: '', address: null, taxId: null };
    const doc = printable(kind, issuer, answer.data.document);
    const pdf = await renderPdf(doc);
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': pdf.length,
      'content-disposition': `inline; filename="${`${doc.title}-${doc.number}`.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf"`,
      'cache-control': 'private, no-store',
    });
    res.end(pdf);
  }
}
