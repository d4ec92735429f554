import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Browser pages the gateway serves next to /graphql: the live orders dashboard and GraphiQL.
 * Everything they load comes from this server (no CDN: the machines may have no internet):
 * the pages' own HTML/JS/CSS sit next to this file, the libraries are the UMD builds shipped in
 * node_modules (graphiql, react, react-dom, graphql-ws). The handler only answers GET.
 */

interface Asset {
  body: Buffer;
  gzipped: Buffer | null;
  contentType: string;
  etag: string;
  /** Extra response headers (the page's content-security-policy). */
  headers: Record<string, string>;
  cacheControl: string;
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Pages are small and change with each deploy: always revalidate (the ETag makes that a 304). */
const PAGE_CACHE = 'no-cache';
/** Library and page assets: cached for an hour, then revalidated by ETag. */
const ASSET_CACHE = 'public, max-age=3600';

const COMMON_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The dashboard needs nothing but its own files. */
const DASHBOARD_CSP = [...COMMON_CSP, "style-src 'self'", "font-src 'self'"].join('; ');

/**
 * GraphiQL (CodeMirror 5 + React) writes inline style attributes, and its stylesheet embeds its
 * fonts as data: URLs.
 */
const GRAPHIQL_CSP = [...COMMON_CSP, "style-src 'self' 'unsafe-inline'", "font-src 'self' data:"].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function asset(body: Buffer, contentType: string, cacheControl: string, headers: Record<string, string> = {}): Asset {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const gzipped = body.length > 1024 ? gzipSync(body) : null;
  return { body, gzipped, contentType, etag, headers, cacheControl };
}

const own = (file: string): Buffer => readFileSync(join(__dirname, file));

/** The page files, read once at module load. */
const pages = new Map<string, Asset>([
  ['/dashboard', asset(own('dashboard.html'), HTML, PAGE_CACHE, { 'content-security-policy': DASHBOARD_CSP })],
  ['/graphiql', asset(own('graphiql.html'), HTML, PAGE_CACHE, { 'content-security-policy': GRAPHIQL_CSP })],
  ['/assets/dashboard.js', asset(own('dashboard.js'), JS, ASSET_CACHE)],
  ['/assets/dashboard.css', asset(own('dashboard.css'), CSS, ASSET_CACHE)],
  ['/assets/graphiql-init.js', asset(own('graphiql-init.js'), JS, ASSET_CACHE)],
  ['/assets/graphiql-page.css', asset(own('graphiql-page.css'), CSS, ASSET_CACHE)],
]);

/**
 * A file of an installed package. Resolved through the package's package.json (which every one of
 * these exports) because their `exports` maps do not list the UMD files.
 */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** Library files, by URL: resolved and read on first request (1.4 MB in all), then kept. */
const libraries = new Map<string, { file: () => string; contentType: string }>([
  ['/assets/graphiql.min.js', { file: () => packageFile('graphiql', 'graphiql.min.js'), contentType: JS }],
  ['/assets/graphiql.min.css', { file: () => packageFile('graphiql', 'graphiql.min.css'), contentType: CSS }],
  ['/assets/react.production.min.js', { file: () => packageFile('react', 'umd/react.production.min.js'), contentType: JS }],
  ['/assets/react-dom.production.min.js', { file: () => packageFile('react-dom', 'umd/react-dom.production.min.js'), contentType: JS }],
  ['/assets/graphql-ws.min.js', { file: () => packageFile('graphql-ws', 'umd/graphql-ws.min.js'), contentType: JS }],
]);

function lookup(path: string): Asset | undefined {
  const page = pages.get(path);
  if (page) return page;
  const library = libraries.get(path);
  if (!library) return undefined;
  const loaded = asset(readFileSync(library.file()), library.contentType, ASSET_CACHE);
  pages.set(path, loaded);
  return loaded;
}

function acceptsGzip(req: http.IncomingMessage | undefined): boolean {
  const accept = req?.headers['accept-encoding'];
  return typeof accept === 'string' && /\bgzip\b/.test(accept);
}

/**
 * Answers a GET for one of the pages or their assets; returns false (and writes nothing) for any
 * other path. Wire it into the gateway's http handler before the 404:
 * `if (req.method === 'GET' && servePage(path, res)) return;`
 */
export function servePage(path: string, res: http.ServerResponse): boolean {
  let found: Asset | undefined;
  try {
    found = lookup(path);
  } catch (err) {
    // A library missing from node_modules: a broken install, not a missing page.
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
    return true;
  }
  if (!found) return false;
  const req = res.req as http.IncomingMessage | undefined;
  const headers: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    ...found.headers,
    'content-type': found.contentType,
    'cache-control': found.cacheControl,
    etag: found.etag,
    vary: 'accept-encoding',
  };
  if (req?.headers['if-none-match'] === found.etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  const gzip = found.gzipped !== null && acceptsGzip(req);
  const body = gzip && found.gzipped ? found.gzipped : found.body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(body);
  return true;
}
