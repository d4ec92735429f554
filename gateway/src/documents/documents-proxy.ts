import type http from 'node:http';
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { sendJson } from '@prometric/core';
import type { SubgraphEndpoint } from '../health';

/** Response headers of a document passed on to the client. */
const PASSED_ON = ['content-type', 'content-length', 'content-disposition', 'cache-control'];

/**
 * `GET /documents/<subgraph>/…`: the signed document URLs the subgraphs hand out (an invoice's PDF)
 * point at the gateway, the only public origin; it passes the request, path and query unchanged, to
 * that subgraph, which checks the signature, and streams the answer back. Nothing else of the
 * subgraph is reachable this way: the subgraph answers only `/documents/` on this path.
 */
export function documentsProxy(subgraphs: SubgraphEndpoint[], logger: Logger, timeoutMs = 30_000) {
  const origins = new Map(subgraphs.map((s) => [s.name, new URL(s.url).origin]));
  return (path: string, req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const match = /^\/documents\/([a-z]+)\//.exec(path);
    if (!match || req.method !== 'GET') return false;
    const origin = origins.get(match[1]);
    if (!origin) {
      sendJson(res, 404, { error: 'not found' });
      return true;
    }
    fetch(`${origin}${req.url}`, { signal: AbortSignal.timeout(timeoutMs) })
      .then((upstream) => {
        const headers = Object.fromEntries(PASSED_ON.flatMap((name) => (upstream.headers.has(name) ? [[name, upstream.headers.get(name)!]] : [])));
        res.writeHead(upstream.status, headers);
        if (!upstream.body) return void res.end();
        Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream).pipe(res);
      })
      .catch((err) => {
        logger.warn({ err, subgraph: match[1] }, 'document download failed');
        if (!res.headersSent) sendJson(res, 502, { error: 'document unavailable' });
        else res.destroy();
      });
    return true;
  };
}
