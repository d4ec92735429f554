import type http from 'node:http';
import { Readable, Transform } from 'node:stream';
import type { Logger } from 'pino';
import { sendJson } from '@prometric/core';
import type { SubgraphEndpoint } from '../health';

type Method = 'GET' | 'PUT' | 'POST';

/** One public path the gateway passes on to a subgraph: `<method> /<prefix>/<subgraph>/…`. */
export interface PassThroughRoute {
  /** First path segment, e.g. `documents` or `callbacks`. */
  prefix: string;
  methods: readonly Method[];
  /** Response headers passed back to the client. */
  responseHeaders: readonly string[];
  /** Largest request body passed on, in bytes (PUT and POST); a longer one is answered 413. */
  maxBodyBytes?: number;
  /** What the route carries, for logs, 413 and 502 answers. */
  what: string;
}

/** Response headers of a file passed on to the client. */
const FILE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options', 'connection'];

/**
 * Every public path the gateway passes on to a subgraph. The subgraph checks what it gets (a
 * document or file link's signature, a provider callback's) and answers only these paths there.
 */
export function passThroughRoutes(limits: { maxUploadBytes: number }): PassThroughRoute[] {
  return [
    // Signed document downloads (an invoice's PDF).
    { prefix: 'documents', methods: ['GET'], responseHeaders: FILE_HEADERS, what: 'document' },
    // Signed attachment uploads and downloads.
    { prefix: 'files', methods: ['GET', 'PUT'], responseHeaders: FILE_HEADERS, maxBodyBytes: limits.maxUploadBytes, what: 'file' },
    // A payment provider's signed callbacks.
    { prefix: 'callbacks', methods: ['POST'], responseHeaders: ['content-type', 'retry-after'], maxBodyBytes: 64 * 1024, what: 'callback' },
  ];
}

/** Request headers never passed on: hop-by-hop, the client's credentials, and what fetch sets itself. */
const NOT_PASSED_ON = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'upgrade', 'expect', 'cookie', 'authorization', 'proxy-authorization']);

function requestHeaders(req: http.IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).flatMap(([name, value]) => (value === undefined || NOT_PASSED_ON.has(name) ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])));
}

/** The request body as a stream that fails once it passes `limit` bytes. */
function limitedBody(req: http.IncomingMessage, limit: number): Readable {
  let received = 0;
  return req.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done(received > limit ? new Error('body too large') : null, chunk);
      },
    }),
  );
}

/**
 * The paths the gateway, the only public origin, passes on to one subgraph: path and query unchanged,
 * a PUT's or POST's body streamed (at most the route's `maxBodyBytes`, else 413) with its headers but
 * not the client's credentials, and the answer streamed back with the route's response headers. An
 * unknown subgraph is 404; one that cannot be reached is 502.
 */
export function subgraphPassThrough(subgraphs: SubgraphEndpoint[], logger: Logger, routes: readonly PassThroughRoute[], timeoutMs = 30_000) {
  const origins = new Map(subgraphs.map((s) => [s.name, new URL(s.url).origin]));
  return (path: string, req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const match = /^\/([a-z]+)\/([a-z]+)\//.exec(path);
    const route = match && routes.find((r) => r.prefix === match[1] && r.methods.includes(req.method as Method));
    if (!match || !route) return false;
    const origin = origins.get(match[2]);
    if (!origin) {
      sendJson(res, 404, { error: 'not found' });
      return true;
    }
    const limit = route.maxBodyBytes ?? 0;
    const tooLarge = () => sendJson(res, 413, { error: `A ${route.what} body is limited to ${limit} bytes` }, { connection: 'close' });
    const withBody = req.method === 'PUT' || req.method === 'POST';
    if (withBody && Number(req.headers['content-length'] ?? 0) > limit) {
      tooLarge();
      return true;
    }
    const body = withBody ? limitedBody(req, limit) : undefined;
    fetch(`${origin}${req.url}`, {
      method: req.method,
      ...(body ? { headers: requestHeaders(req), body, duplex: 'half' } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    } as RequestInit)
      .then((upstream) => {
        const headers = Object.fromEntries(route.responseHeaders.flatMap((name) => (upstream.headers.has(name) ? [[name, upstream.headers.get(name)!]] : [])));
        res.writeHead(upstream.status, headers);
        if (!upstream.body) return void res.end();
        Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream).pipe(res);
      })
      .catch((err) => {
        if (body?.errored) {
          if (!res.headersSent) tooLarge();
          return;
        }
        logger.warn({ err, subgraph: match[2] }, `${route.what} request failed`);
        if (!res.headersSent) sendJson(res, 502, { error: `${route.what} unavailable` });
        else res.destroy();
      });
    return true;
  };
}
