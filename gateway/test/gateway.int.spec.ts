import { readFileSync } from 'node:fs';
import { composeSupergraph, errorCodes, gql, signUpTenant, testConfig, useStack, startExtraGateway } from '@prometric/testing';

describe('the gateway', () => {
  const fx = useStack({ owner: false });

  const origin = () => fx.url.replace('/graphql', '');

  it('reports every subgraph healthy on /health', async () => {
    const res = await fetch(`${origin()}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', subgraphs: { identity: 'ok', sales: 'ok', operations: 'ok', finance: 'ok', production: 'ok', hr: 'ok', orchestrator: 'ok' } });
  });

  it('reports a dead subgraph on /health with 503', async () => {
    const degraded = await startExtraGateway(fx.stack, { subgraphUrls: { ...fx.stack.subgraphUrls, sales: 'http://127.0.0.1:1/graphql' }, healthTimeoutMs: 500 });
    try {
      const res = await fetch(degraded.url.replace('/graphql', '/health'));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'degraded', subgraphs: { identity: 'ok', sales: 'down', operations: 'ok', finance: 'ok', production: 'ok', hr: 'ok', orchestrator: 'ok' } });
    } finally {
      await degraded.close();
    }
  });

  it('exposes Prometheus metrics: requests, subgraph fetches and subscriptions', async () => {
    const tenant = await signUpTenant(fx.url);
    await gql(fx.url, `{ products { totalCount } }`, {}, tenant.token);
    const res = await fetch(`${origin()}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/gateway_http_requests_total\{route="\/graphql",status="200"\} [1-9]/);
    expect(text).toMatch(/gateway_subgraph_fetches_total\{subgraph="sales"\} [1-9]/);
    expect(text).toMatch(/gateway_subscriptions_active 0/);
  });

  it('blocks simple GET requests without a preflight header (CSRF prevention)', async () => {
    const res = await fetch(`${fx.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${fx.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
  });

  it('refuses batched requests and oversized bodies', async () => {
    const batch = await fetch(fx.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) });
    expect(batch.status).toBe(400);
    const huge = await fetch(fx.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } }) });
    expect(huge.status).toBe(413);
  });

  it('answers a query spanning identity and sales in one request', async () => {
    const tenant = await signUpTenant(fx.url);
    const r = await gql(fx.url, `{ me { email role } products(first: 1) { totalCount } }`, {}, tenant.token);
    expect(r.data).toEqual({ me: { email: tenant.email, role: 'OWNER' }, products: { totalCount: 0 } });
  });

  it('serves introspection outside production and hides SQL and stacks from clients', async () => {
    const r = await gql(fx.url, `{ __schema { queryType { name } } }`);
    expect(r.data!.__schema.queryType.name).toBe('Query');
    const invalid = await gql(fx.url, `{ nope }`);
    expect(errorCodes(invalid)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(invalid)).not.toMatch(/stacktrace|select |at \//i);
  });

  it('serves the committed supergraph, which is what composition produces today', async () => {
    const { supergraphSdl, subgraphs } = await composeSupergraph();
    const stale = 'schema/ is stale: run `pnpm compose` and commit the result';
    expect({ file: 'supergraph.graphql', sdl: readFileSync(testConfig.supergraphPath, 'utf8').trim() }).toEqual({ file: 'supergraph.graphql', sdl: supergraphSdl.trim() });
    for (const s of subgraphs) {
      const committed = readFileSync(testConfig.supergraphPath.replace('supergraph.graphql', `${s.name}.graphql`), 'utf8').trim();
      expect({ file: `${s.name}.graphql`, sdl: committed, hint: stale }).toEqual({ file: `${s.name}.graphql`, sdl: s.sdl.trim(), hint: stale });
    }
  });
});
