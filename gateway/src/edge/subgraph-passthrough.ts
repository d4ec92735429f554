import type http from 'node:http';
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { sendJson } from '@prometric/core';
import type { SubgraphEndpoint } from '../health';

/** One public path the gateway passes on to a subgraph: `<method> /<prefix>/<subgraph>/…`. */
export interface PassThroughRoute {
  /** First path segment, e.g. `documents` or `callbacks`. */
  prefix: string;
  method: 'GET' | 'POST';
  /** Response headers passed back to the client. */
  responseHeaders: readonly string[];
  /** POST only: the largest body passed on, in bytes (a larger one is answered 413, not forwarded). */
  maxBodyBytes?: number;
  /** What a failure to reach the subgraph is logged and answered as. */
  what: string;
  timeoutMs?: number;
}

/** Request headers never passed on: hop-by-hop, the client's credentials, and what fetch sets itself. */
const NOT_PASSED_ON = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'upgrade', 'content-length', 'expect', 'cookie', 'authorization', 'proxy-authorization']);

function requestHeaders(req: http.IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(req.headers).flatMap(([name, value]) => (value === undefined || NOT_PASSED_ON.has(name) ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])));
}

/** The body, or null when it is larger than `limit` (the rest is not read). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Public paths the gateway, the only public origin, passes on to one subgraph: the path and query
 * unchanged, a POST's body (size-limited) and its headers (not the client's credentials), and the
 * answer streamed back. The subgraph checks what it gets (a document link's signature, a provider
 * callback's); nothing else of the subgraph is reachable this way, since it answers only its own
 * `/<prefix>/` paths there.
 */
export function subgraphPassThrough(subgraphs: SubgraphEndpoint[], logger: Logger, route: PassThroughRoute) {
  const origins = new Map(subgraphs.map((s) => [s.name, new URL(s.url).origin]));
  const pattern = new RegExp(`^/${route.prefix}/([a-z]+)/`);
  return (path: string, req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const match = pattern.exec(path);
    if (!match || req.method !== route.method) return false;
    const origin = origins.get(match[1]);
    if (!origin) {
      sendJson(res, 404, { error: 'not found' });
      return true;
    }
    const body = route.method === 'POST' ? readBody(req, route.maxBodyBytes ?? 64 * 1024) : Promise.resolve(undefined);
    body
      .then(async (bytes) => {
        if (bytes === null) return sendJson(res, 413, { error: 'body too large' });
        const upstream = await fetch(`${origin}${req.url}`, {
          method: route.method,
          ...(route.method === 'POST' ? { headers: requestHeaders(req), body: bytes } : {}),
          redirect: 'manual',
          signal: AbortSignal.timeout(route.timeoutMs ?? 30_000),
        });
        const headers = Object.fromEntries(route.responseHeaders.flatMap((name) => (upstream.headers.has(name) ? [[name, upstream.headers.get(name)!]] : [])));
        res.writeHead(upstream.status, headers);
        if (!upstream.body) return void res.end();
        Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream).pipe(res);
      })
      .catch((err) => {
        logger.warn({ err, subgraph: match[1] }, `${route.what} failed`);
        if (!res.headersSent) sendJson(res, 502, { error: `${route.what} unavailable` });
        else res.destroy();
      });
    return true;
  };
}
