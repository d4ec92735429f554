import type http from 'node:http';
import { Readable, Transform } from 'node:stream';
import type { Logger } from 'pino';
import { sendJson } from '@prometric/core';
import type { SubgraphEndpoint } from '../health';

/** Response headers of a file passed on to the client. */
const PASSED_ON = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options', 'connection'];

/** The public file routes and the methods each passes on. */
const ROUTES: { prefix: string; methods: readonly string[] }[] = [
  // Signed document downloads (an invoice's PDF).
  { prefix: 'documents', methods: ['GET'] },
  // Signed attachment uploads and downloads.
  { prefix: 'files', methods: ['GET', 'PUT'] },
];

export interface FilesProxyOptions {
  /** Largest request body passed on (a PUT), in bytes; what is longer is answered 413 and cut off. */
  maxBodyBytes: number;
  timeoutMs?: number;
}

/**
 * `GET /documents/<subgraph>/…` and `GET|PUT /files/<subgraph>/…`: the signed links the subgraphs
 * hand out (an invoice's PDF, an attachment's upload and download) point at the gateway, the only
 * public origin; it passes the request, path, query, content type and (streamed, at most
 * `maxBodyBytes`) body unchanged to that subgraph, which checks the signature, and streams the answer
 * back. Nothing else of the subgraph is reachable this way: the subgraph answers only those paths.
 */
export function filesProxy(subgraphs: SubgraphEndpoint[], logger: Logger, options: FilesProxyOptions) {
  const origins = new Map(subgraphs.map((s) => [s.name, new URL(s.url).origin]));
  const timeoutMs = options.timeoutMs ?? 30_000;
  return (path: string, req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const match = /^\/([a-z]+)\/([a-z]+)\//.exec(path);
    const route = match && ROUTES.find((r) => r.prefix === match[1]);
    if (!match || !route || !route.methods.includes(req.method ?? '')) return false;
    const origin = origins.get(match[2]);
    if (!origin) {
      sendJson(res, 404, { error: 'not found' });
      return true;
    }
    let body: Readable | undefined;
    const headers: Record<string, string> = {};
    if (req.method === 'PUT') {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > options.maxBodyBytes) {
        sendJson(res, 413, { error: `Files are limited to ${options.maxBodyBytes} bytes` }, { connection: 'close' });
        return true;
      }
      let received = 0;
      body = req.pipe(
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            received += chunk.length;
            done(received > options.maxBodyBytes ? new Error('body too large') : null, chunk);
          },
        }),
      );
      if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
      if (req.headers['content-length']) headers['content-length'] = req.headers['content-length'];
    }
    fetch(`${origin}${req.url}`, {
      method: req.method,
      headers,
      body,
      // A streamed request body (Node's fetch needs it said).
      ...(body ? { duplex: 'half' } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    } as RequestInit)
      .then((upstream) => {
        const passed = Object.fromEntries(PASSED_ON.flatMap((name) => (upstream.headers.has(name) ? [[name, upstream.headers.get(name)!]] : [])));
        res.writeHead(upstream.status, passed);
        if (!upstream.body) return void res.end();
        Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream).pipe(res);
      })
      .catch((err) => {
        if (body?.errored) {
          if (!res.headersSent) sendJson(res, 413, { error: `Files are limited to ${options.maxBodyBytes} bytes` }, { connection: 'close' });
          return;
        }
        logger.warn({ err, subgraph: match[2] }, 'file request failed');
        if (!res.headersSent) sendJson(res, 502, { error: 'file unavailable' });
        else res.destroy();
      });
    return true;
  };
}
