import type http from 'node:http';
import { printSchema, type GraphQLSchema } from 'graphql';

/** Where the gateway serves the API schema as SDL. */
export const API_SCHEMA_PATH = '/schema.graphql';

const printed = new WeakMap<GraphQLSchema, string>();

/**
 * Serves the API schema clients build against (what `schema/api.graphql` holds: the supergraph
 * without federation machinery, each gated field's description naming its scopes) at
 * `GET /schema.graphql`, as text. Introspection may be off (production); this stays on, since the
 * schema is public documentation, not data. Returns false for any other path.
 */
export function serveApiSchema(path: string, req: http.IncomingMessage, res: http.ServerResponse, schema: () => GraphQLSchema | null): boolean {
  if (path !== API_SCHEMA_PATH) return false;
  const current = schema();
  if (!current) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The schema is not loaded yet\n');
    return true;
  }
  let sdl = printed.get(current);
  if (sdl === undefined) {
    sdl = `${printSchema(current)}\n`;
    printed.set(current, sdl);
  }
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : sdl);
  return true;
}
