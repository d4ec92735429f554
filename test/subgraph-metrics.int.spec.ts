import { gql, useStack } from '@prometric/testing';

/** Every subgraph process answers /metrics for Prometheus: Node's own figures and its requests. */
describe('subgraph /metrics', () => {
  const fx = useStack();

  it('counts the GraphQL requests a subgraph answered and reports its event loop', async () => {
    const metricsOf = async () => (await fetch(new URL('/metrics', fx.stack.sales.url))).text();
    const answered = (text: string) => Number(/subgraph_http_requests_total\{status="200",subgraph="sales"\} (\d+)/.exec(text)?.[1] ?? 0);
    const before = answered(await metricsOf());
    for (let i = 0; i < 3; i++) expect((await gql(fx.stack.sales.url, '{ products(first: 1) { totalCount } }', {}, fx.owner.token)).errors).toBeUndefined();
    const text = await metricsOf();
    expect(answered(text)).toBe(before + 3);
    expect(text).toMatch(/nodejs_eventloop_lag_p99_seconds\{subgraph="sales"\} \d/);
    expect(text).toMatch(/process_resident_memory_bytes\{subgraph="sales"\} \d/);
  });
});
