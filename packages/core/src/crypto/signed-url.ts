import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who a signed document URL was issued to, and until when: what its download reads as. */
export interface DocumentGrant {
  userId: string;
  organizationId: string;
  workspaceId: string;
  role: string;
  /** The workspace's currency (what the download's token carries, like an access token). */
  currency: string;
  /** The scopes the download reads with (what the link's holder was allowed, of what the document needs). */
  scopes: string[];
  /** Unix time (seconds) after which the URL is refused. */
  expiresAt: number;
  /**
   * Further facts the link is bound to (an upload's declared size and content type), signed with the
   * rest and carried as `x-<name>` parameters. Links without claims sign exactly as before.
   */
  claims?: Record<string, string>;
}

const PARAMS = { userId: 'u', organizationId: 'o', workspaceId: 'w', role: 'r', currency: 'c', scopes: 's', expiresAt: 'exp' } as const;

const claimLines = (claims: Record<string, string> | undefined) =>
  Object.entries(claims ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => `x-${name}=${value}`);

const signature = (secret: Buffer, path: string, grant: DocumentGrant) =>
  createHmac('sha256', secret)
    .update([path, grant.userId, grant.organizationId, grant.workspaceId, grant.role, grant.currency, grant.scopes.join(','), String(grant.expiresAt), ...claimLines(grant.claims)].join('\n'))
    .digest('base64url');

/**
 * A short-lived URL of `path` (`/documents/…`) on `origin`, signed with HMAC-SHA256 over the path and
 * the grant: changing the path, the workspace, the user or the expiry breaks the signature.
 */
export function signDocumentUrl(origin: string, path: string, grant: DocumentGrant, secret: Buffer): string {
  const query = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAMS)) {
    const value = grant[key as keyof DocumentGrant];
    query.set(param, Array.isArray(value) ? value.join(',') : String(value));
  }
  for (const [name, value] of Object.entries(grant.claims ?? {})) query.set(`x-${name}`, value);
  query.set('sig', signature(secret, path, grant));
  return `${origin.replace(/\/$/, '')}${path}?${query}`;
}

/** The outcome of checking a signed URL: its grant, or why it is refused (403 forged, 410 expired). */
export type DocumentUrlCheck = { ok: true; path: string; grant: DocumentGrant } | { ok: false; status: 403 | 410; reason: string };

/** Checks a request's URL (`/documents/…?u=…&sig=…`) against `secret` at `now` (ms). */
export function verifyDocumentUrl(requestUrl: string, secret: Buffer, now = Date.now()): DocumentUrlCheck {
  const url = new URL(requestUrl, 'http://local');
  const get = (param: string) => url.searchParams.get(param) ?? '';
  const grant: DocumentGrant = { userId: get('u'), organizationId: get('o'), workspaceId: get('w'), role: get('r'), currency: get('c'), scopes: get('s').split(',').filter(Boolean), expiresAt: Number(get('exp')) };
  const claims = Object.fromEntries([...url.searchParams].filter(([name]) => name.startsWith('x-')).map(([name, value]) => [name.slice(2), value]));
  if (Object.keys(claims).length) grant.claims = claims;
  const given = Buffer.from(get('sig'), 'base64url');
  const expected = Buffer.from(signature(secret, url.pathname, grant), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, status: 403, reason: 'The link is not valid' };
  if (!Number.isFinite(grant.expiresAt) || grant.expiresAt * 1000 < now) return { ok: false, status: 410, reason: 'The link has expired: ask the API for a new one' };
  return { ok: true, path: url.pathname, grant };
}
