import type { RunningGateway } from '@prometric/gateway';
import { startExtraGateway, useStack } from '@prometric/testing';

/**
 * graphql-cop's probes (dolevf/graphql-cop, its tests as of 1.14), replayed against a production-
 * profile gateway (introspection off) with a valid token. graphql-cop itself is Python, whose
 * registry this machine cannot reach; each probe below sends what it sends and applies its verdict:
 * a probe "finds" the issue when the server answers with data where it should refuse.
 */
describe('graphql-cop probes against the production profile', () => {
  const fx = useStack();
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startExtraGateway(fx.stack);
  });
  afterAll(() => gateway.close());

  const post = async (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { authorization: `Bearer ${fx.owner.token}`, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, text, json: (() => { try { return JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }; } catch { return null; } })() };
  };
  const answeredWithData = (r: Awaited<ReturnType<typeof post>>) => r.json?.data != null;

  it('HIGH alias overloading: 101 aliases are refused', async () => {
    const r = await post({ query: `query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join(' ')} }` });
    expect(answeredWithData(r)).toBe(false);
    expect(r.json?.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('HIGH batch queries: an array of 10 operations is refused', async () => {
    const r = await post(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(Array.isArray(r.json)).toBe(false);
  });

  it('HIGH directive overloading: 10 repeated directives on a field are refused', async () => {
    const r = await post({ query: `query cop { __typename ${'@aa'.repeat(10)} }` });
    expect(answeredWithData(r)).toBe(false);
  });

  it('HIGH field duplication: 500 repeats of one field are refused', async () => {
    const r = await post({ query: `query cop { ${'__typename \n'.repeat(500)} }` });
    expect(answeredWithData(r)).toBe(false);
    expect(r.json?.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'duplicates' });
  });

  it('HIGH introspection and circular introspection: refused in production', async () => {
    const r = await post({ query: 'query cop { __schema { types { name fields { name type { name fields { name } } } } } }' });
    expect(answeredWithData(r)).toBe(false);
  });

  it('LOW field suggestions: a typo gets no "Did you mean" in production', async () => {
    const r = await post({ query: 'query cop { produc { id } }' });
    expect(answeredWithData(r)).toBe(false);
    expect(r.text).not.toMatch(/Did you mean/i);
  });

  it('MEDIUM GET-based mutation and query (CSRF): refused', async () => {
    const mutation = await fetch(`${gateway.url}?query=${encodeURIComponent('mutation cop { __typename }')}`, { headers: { authorization: `Bearer ${fx.owner.token}` } });
    expect(mutation.status).toBeGreaterThanOrEqual(400);
    // A GET query from a browser without Apollo's preflight header is a CSRF attempt: refused.
    const query = await fetch(`${gateway.url}?query=${encodeURIComponent('query cop { __typename }')}`, { headers: { authorization: `Bearer ${fx.owner.token}` } });
    expect(query.status).toBe(400);
  });

  it('MEDIUM POST url-encoded (CSRF): refused', async () => {
    const r = await post(`query=${encodeURIComponent('query cop { __typename }')}`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(answeredWithData(r)).toBe(false);
  });

  it('INFO trace mode and debug: no traces or stack traces in any answer', async () => {
    const r = await post({ query: 'query cop { __typename }' });
    expect(r.json?.data).toEqual({ __typename: 'Query' });
    expect(r.text).not.toMatch(/"ftv1"|"tracing"|stacktrace/i);
    const broken = await post({ query: 'query cop { products(first: -1) { totalCount } }' });
    expect(broken.text).not.toMatch(/stacktrace|\.ts:\d+/i);
  });
});
