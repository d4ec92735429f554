import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateCustomerDocument, GraphQLResponseError, HttpError, MeDocument, NetworkError, createClient, retryAfterMs, retryDelayMs, DEFAULT_RETRY, type RetryEvent } from '../src';

/**
 * The client's retry rules against a real HTTP peer started here, which answers each request with
 * the next scripted response: what is retried (429/503 always, 502/504 and network failures for
 * queries only), how long it waits (Retry-After, else jittered backoff), and that it gives up.
 */
type Scripted = { status: number; headers?: Record<string, string>; body?: unknown } | 'destroy';

const ME = { me: { id: 'u1', email: 'a@b.c', name: 'A', role: 'OWNER', permissions: [], workspace: { id: 'w', name: 'W' }, organization: { id: 'o', name: 'O' } } };
const RATE_LIMITED = { errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED' } }] };

describe('SDK client retries (against a local HTTP server)', () => {
  let server: Server;
  let url: string;
  let script: Scripted[] = [];
  const seen: { at: number; body: { query: string; operationName?: string } }[] = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        seen.push({ at: Date.now(), body: JSON.parse(raw) });
        const next = script.shift() ?? { status: 200, body: { data: ME } };
        if (next === 'destroy') return req.socket.destroy();
        res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
        res.end(typeof next.body === 'string' ? next.body : JSON.stringify(next.body ?? {}));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    seen.length = 0;
    script = [];
  });

  const client = (retries: RetryEvent[] = [], maxAttempts = 4) =>
    createClient({ url, credentials: { apiKey: 'pm_test' }, retry: { maxAttempts, baseDelayMs: 20, maxRetryAfterMs: 5_000 }, onRetry: (e) => retries.push(e) });

  it('retries a 429 after its Retry-After, then returns the data', async () => {
    script = [{ status: 429, headers: { 'retry-after': '1' }, body: RATE_LIMITED }, { status: 200, body: { data: ME } }];
    const retries: RetryEvent[] = [];
    const data = await client(retries).request(MeDocument);
    expect(data.me?.email).toBe('a@b.c');
    expect(seen).toHaveLength(2);
    // Never before the server said: the second request came at least a second after the first.
    expect(seen[1].at - seen[0].at).toBeGreaterThanOrEqual(1000);
    expect(retries).toEqual([{ operationName: 'Me', attempt: 1, delayMs: expect.any(Number), reason: 429 }]);
    expect(retries[0].delayMs).toBeGreaterThanOrEqual(1000);
    expect(retries[0].delayMs).toBeLessThan(1100);
  });

  it('retries a mutation refused with 429 or 503 (it never ran), and sends it once more only', async () => {
    script = [{ status: 503, headers: { 'retry-after': '0' }, body: 'busy' }, { status: 200, body: { data: { createCustomer: { customer: null, errors: [] } } } }];
    const data = await client().request(CreateCustomerDocument, { input: { name: 'Acme' } });
    expect(data.createCustomer?.errors).toEqual([]);
    expect(seen.map((s) => s.body.operationName)).toEqual(['CreateCustomer', 'CreateCustomer']);
  });

  it('gives up after maxAttempts with the last answer as a typed error', async () => {
    script = Array.from({ length: 10 }, () => ({ status: 429, body: RATE_LIMITED }));
    const retries: RetryEvent[] = [];
    const error = await client(retries, 3).request(MeDocument).catch((e) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, attempts: 3 });
    expect(seen).toHaveLength(3);
    // No Retry-After: exponential backoff with full jitter, each step under its cap (20 ms, 40 ms).
    expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
    expect(retries[0].delayMs).toBeLessThan(20);
    expect(retries[1].delayMs).toBeLessThan(40);
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs: the error comes at once', async () => {
    script = [{ status: 429, headers: { 'retry-after': '3600' }, body: RATE_LIMITED }];
    const started = Date.now();
    const error = await client().request(MeDocument).catch((e) => e);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seen).toHaveLength(1);
  });

  it('does not retry a mutation on a non-retryable error (500, 502, a dropped connection)', async () => {
    script = [{ status: 500, body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } }];
    const internal = await client().request(CreateCustomerDocument, { input: { name: 'Acme' } }).catch((e) => e);
    expect(internal).toBeInstanceOf(GraphQLResponseError);
    expect(internal).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 500, attempts: 1 });
    expect(seen).toHaveLength(1);

    seen.length = 0;
    script = [{ status: 502, body: 'bad gateway' }];
    const badGateway = await client().request(CreateCustomerDocument, { input: { name: 'Acme' } }).catch((e) => e);
    expect(badGateway).toBeInstanceOf(HttpError);
    expect(badGateway).toMatchObject({ code: 'HTTP_502', status: 502, attempts: 1 });
    expect(seen).toHaveLength(1);

    seen.length = 0;
    script = ['destroy'];
    const dropped = await client().request(CreateCustomerDocument, { input: { name: 'Acme' } }).catch((e) => e);
    expect(dropped).toBeInstanceOf(NetworkError);
    expect(dropped).toMatchObject({ code: 'NETWORK_ERROR', attempts: 1 });
    expect(seen).toHaveLength(1);
  });

  it('retries a query after a 502 or a dropped connection', async () => {
    script = [{ status: 502, body: 'bad gateway' }, 'destroy', { status: 200, body: { data: ME } }];
    const retries: RetryEvent[] = [];
    const data = await client(retries).request(MeDocument);
    expect(data.me?.id).toBe('u1');
    expect(retries.map((r) => r.reason)).toEqual([502, 'NETWORK_ERROR']);
    expect(seen).toHaveLength(3);
  });

  it('surfaces GraphQL errors with their codes and the partial data', async () => {
    script = [{ status: 200, body: { data: { me: null }, errors: [{ message: 'Not allowed', path: ['me'], extensions: { code: 'FORBIDDEN' } }] } }];
    const error = await client().request(MeDocument).catch((e) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', codes: ['FORBIDDEN'], status: 200, data: { me: null } });
    expect(seen).toHaveLength(1);
    // execute() returns the same answer without throwing.
    script = [{ status: 200, body: { data: { me: null }, errors: [{ message: 'Not allowed', path: ['me'], extensions: { code: 'FORBIDDEN' } }] } }];
    const result = await client().execute(MeDocument);
    expect(result).toMatchObject({ data: { me: null }, status: 200, errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});

describe('Retry-After and backoff', () => {
  it('reads delay-seconds and HTTP-dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('waits at least Retry-After, jittered by at most 10 % (or the base step), and otherwise backs off exponentially', () => {
    const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(retryDelayMs(1, 5000, options, () => 0)).toBe(5000);
    expect(retryDelayMs(1, 5000, options, () => 0.999)).toBe(5499);
    expect(retryDelayMs(1, 0, options, () => 0.5)).toBe(50);
    expect(retryDelayMs(1, undefined, options, () => 0.999)).toBe(99);
    expect(retryDelayMs(3, undefined, options, () => 0.999)).toBe(399);
    expect(retryDelayMs(10, undefined, options, () => 0.999)).toBe(999);
  });
});
