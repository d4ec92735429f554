import type http from 'node:http';
import cors from 'cors';

export interface CorsSettings {
  /** Exact origins (`https://app.example.com`) whose pages may call the API; none by default. */
  origins: string[];
  /** Whether such a page may send cookies or HTTP authentication (never with a wildcard origin). */
  credentials: boolean;
  /** How long a browser may reuse a preflight answer. */
  maxAgeSeconds: number;
}

/** Request headers a page may send, and response headers it may read. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', 'x-request-id', 'apollo-require-preflight'];
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];

/**
 * CORS for the listed origins (expressjs/cors): a listed origin gets its own origin back (never `*`),
 * `Vary: Origin`, and a cached preflight; any other origin gets no CORS header at all, so the browser
 * keeps the answer from its page. Returns true when it answered the request itself (a preflight).
 */
export function corsHandler(settings: CorsSettings): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean> {
  const listed = new Set(settings.origins);
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && listed.has(origin)),
    credentials: settings.credentials,
    maxAge: settings.maxAgeSeconds,
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    methods: ['GET', 'POST', 'OPTIONS'],
    optionsSuccessStatus: 204,
  });
  return (req, res) =>
    new Promise<boolean>((resolve, reject) => {
      // cors ends a preflight itself and calls next() for everything else.
      res.once('finish', () => resolve(true));
      middleware(req, res, (err?: unknown) => (err ? reject(err) : resolve(false)));
    });
}

/** CORS_ORIGINS as a list: comma-separated exact origins, blanks ignored. */
export function originsOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
}
