import { createHmac, randomBytes } from 'node:crypto';
import dns, { type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Prefix of a Standard Webhooks secret: `whsec_` then the base64 of the key bytes. */
export const SECRET_PREFIX = 'whsec_';

/** A fresh signing secret: 24 random bytes, `whsec_<base64>`. */
export function generateSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
}

/** Why a secret a client chose is refused, or null: `whsec_` and the base64 of 24 to 64 bytes. */
export function secretProblem(secret: string): string | null {
  if (!secret.startsWith(SECRET_PREFIX)) return 'A secret starts with whsec_';
  const body = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return 'A secret is whsec_ followed by base64';
  const bytes = Buffer.from(body, 'base64').length;
  return bytes < 24 || bytes > 64 ? 'A secret holds 24 to 64 bytes' : null;
}

/**
 * The `webhook-signature` header of Standard Webhooks: `v1,` and the base64 HMAC-SHA256, keyed with
 * the secret's bytes, of `{id}.{timestamp}.{body}`.
 */
export function signatureOf(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * True for an address on the public internet: not private, loopback, link-local, unique-local,
 * carrier-grade NAT, multicast, reserved or unspecified (an IPv4-mapped IPv6 address is judged as
 * the IPv4 address it carries).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/** A URL refused for webhooks: not http(s), credentials in it, or an address that is not public. */
export class WebhookUrlRefused extends Error {
  override name = 'WebhookUrlRefused';

  /** `privateAddress`: refused because of where it points (SSRF), not how it is written. */
  constructor(message: string, readonly privateAddress = false) {
    super(message);
  }
}

/**
 * Checks a webhook URL when it is registered: http or https, no credentials, and (unless private
 * addresses are allowed) every address its host resolves to is public. Deliveries check again at
 * connect time (`guardedLookup`), so a DNS answer that changes later (rebinding) is refused too.
 */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlRefused('Not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookUrlRefused('Only http and https URLs are accepted');
  if (url.username || url.password) throw new WebhookUrlRefused('A URL with credentials is not accepted; authenticate with the signature instead');
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.promises.lookup(host, { all: true })).map((a) => a.address);
    } catch {
      throw new WebhookUrlRefused(`${host} does not resolve`, true);
    }
  }
  const refused = addresses.find((a) => !isPublicAddress(a));
  if (refused) throw new WebhookUrlRefused(`${host} resolves to ${refused}, which is not a public address`, true);
  return url;
}

/** A `lookup` for http(s).request that refuses non-public answers (unless allowed). */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, options, (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => {
      if (err || allowPrivate) return (callback as (e: unknown, a: unknown, f?: number) => void)(err, address, family);
      const list = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
      const refused = list.find((a) => !isPublicAddress(a.address));
      const error = refused ? new WebhookUrlRefused(`${hostname} resolves to ${refused.address}, which is not a public address`, true) : null;
      (callback as (e: unknown, a: unknown, f?: number) => void)(error, address, family);
    });
  };
}

/** What one HTTP attempt got. */
export interface AttemptResult {
  /** The HTTP status, or null without an answer. */
  statusCode: number | null;
  latencyMs: number;
  /** Why it failed (transport error, non-2xx), or null on 2xx. */
  error: string | null;
}

/**
 * POSTs `body` to `url` with `headers` within `timeoutMs`, connecting only to public addresses unless
 * `allowPrivate`; redirects are not followed (a 3xx is a failed attempt). Never throws.
 */
export async function postWebhook(url: string, body: string, headers: Record<string, string>, options: { timeoutMs: number; allowPrivate: boolean }): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let target: URL;
  try {
    target = await checkWebhookUrl(url, options.allowPrivate);
  } catch (e) {
    return { statusCode: null, latencyMs: elapsed(), error: (e as Error).message };
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<AttemptResult>((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Prometric-Webhooks/1', ...headers },
        lookup: guardedLookup(options.allowPrivate),
        timeout: options.timeoutMs,
      },
      (response) => {
        // The answer's body is not kept: only its status counts.
        response.resume();
        response.on('end', () => {
          const statusCode = response.statusCode ?? null;
          const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
          resolve({ statusCode, latencyMs: elapsed(), error: ok ? null : `The endpoint answered ${statusCode}` });
        });
        response.on('error', (err) => resolve({ statusCode: response.statusCode ?? null, latencyMs: elapsed(), error: err.message }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${options.timeoutMs} ms`)));
    request.on('error', (err) => resolve({ statusCode: null, latencyMs: elapsed(), error: err.message }));
    request.end(body);
  });
}
