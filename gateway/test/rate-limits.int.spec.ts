import { DEFAULT_RATE_LIMITS, type GatewayOptions, type RunningGateway } from '@prometric/gateway';
import { eventually, signUpTenant, startExtraGateway, useStack, wsClient } from '@prometric/testing';

const PAGE = 'query { products(first: 20) { totalCount edges { node { id sku name } } } }';
const LOGIN = 'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken errors { code } } }';

/** One POST with its own headers: the body, the status and the headers that matter here. */
async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, any> | null; errors?: { extensions?: Record<string, unknown> }[] };
  return { status: res.status, body, retryAfter: res.headers.get('retry-after'), remaining: res.headers.get('ratelimit-remaining') };
}

describe('rate limits on Redis', () => {
  const fx = useStack();
  const gateways: RunningGateway[] = [];

  const gatewayWith = async (options: Partial<GatewayOptions>) => {
    const gateway = await startExtraGateway(fx.stack, options);
    gateways.push(gateway);
    return gateway;
  };

  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
  });

  it('bounds the WebSocket connections of one user across two gateways, and frees a place when one closes', async () => {
    const [a, b] = [await gatewayWith({ wsConnectionsPerUser: 2 }), await gatewayWith({ wsConnectionsPerUser: 2 })];
    const tenant = await signUpTenant(fx.url);
    const first = wsClient(a.url, tenant.token);
    const second = wsClient(b.url, tenant.token);
    await Promise.all([first.connected, second.connected]);
    const third = wsClient(a.url, tenant.token);
    expect((await third.closed).code).toBe(4403);
    // Another user is not counted against this one.
    const other = wsClient(b.url, (await signUpTenant(fx.url)).token);
    await other.connected;
    await first.dispose();
    await eventually('a place is free again', async () => {
      const retry = wsClient(b.url, tenant.token);
      const outcome = await Promise.race([retry.connected.then(() => 'connected'), retry.closed.then((c) => `closed ${c.code}`)]);
      await retry.dispose();
      return outcome;
    }, (outcome) => outcome === 'connected', { timeoutMs: 5000, intervalMs: 100 });
    await Promise.all([second.dispose(), third.dispose(), other.dispose()]);
  });

  it('spends query cost from one budget shared by two gateways, then answers 429 with Retry-After and RATE_LIMITED', async () => {
    const settings = { ...DEFAULT_RATE_LIMITS, userPointsPerMinute: 2000 };
    const [a, b] = [await gatewayWith({ rateLimits: settings, trustProxy: true }), await gatewayWith({ rateLimits: settings, trustProxy: true })];
    const tenant = await signUpTenant(fx.url);
    const headers = { authorization: `Bearer ${tenant.token}`, 'x-forwarded-for': '192.0.2.10' };
    const seen: { gateway: string; status: number; remaining: number | null }[] = [];
    let refused: Awaited<ReturnType<typeof post>> | null = null;
    for (let i = 0; i < 40 && !refused; i++) {
      const [name, gateway] = i % 2 ? ['b', b] : ['a', a];
      const r = await post(gateway.url, PAGE, {}, headers);
      if (r.status === 429) refused = r;
      else seen.push({ gateway: name, status: r.status, remaining: r.remaining === null ? null : Number(r.remaining) });
    }
    expect(refused).not.toBeNull();
    // Both gateways spent from the same budget: what one reports left, the other continues from.
    expect(new Set(seen.map((s) => s.gateway))).toEqual(new Set(['a', 'b']));
    const remaining = seen.map((s) => s.remaining!);
    expect(remaining.every((r, i) => i === 0 || r < remaining[i - 1])).toBe(true);
    expect(seen.length).toBeLessThan(40);
    expect(Number(refused!.retryAfter)).toBeGreaterThan(0);
    expect(refused!.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', budget: 'user' });
    // Another member of another workspace is not held back by this one's spending.
    const other = await signUpTenant(fx.url);
    expect((await post(a.url, PAGE, {}, { authorization: `Bearer ${other.token}`, 'x-forwarded-for': '192.0.2.11' })).status).toBe(200);
  });

  it('slows a 1,000-attempt login brute force from one address to the configured rate, while the member still logs in from another', async () => {
    const gateway = await gatewayWith({ rateLimits: DEFAULT_RATE_LIMITS, trustProxy: true });
    const member = await signUpTenant(fx.url);
    const attacker = { 'x-forwarded-for': '203.0.113.7' };
    let checked = 0;
    let throttled = 0;
    for (let i = 0; i < 1000; i++) {
      // The attacker forges a new X-Forwarded-For each time; the proxy's own entry (the last) still tells.
      const r = await post(gateway.url, LOGIN, { email: member.email, password: `guess-${i}` }, { 'x-forwarded-for': `10.0.${i % 250}.${i % 7}, ${attacker['x-forwarded-for']}` });
      if (r.status === 429) throttled++;
      else if (r.body.data?.login?.errors?.[0]?.code === 'INVALID_CREDENTIALS') checked++;
    }
    expect(checked).toBe(DEFAULT_RATE_LIMITS.loginFailuresPerEmailAndAddress);
    expect(throttled).toBe(1000 - checked);
    // Even the right password waits at the attacker's address ...
    expect((await post(gateway.url, LOGIN, { email: member.email, password: member.password }, attacker)).status).toBe(429);
    // ... but not at the member's own.
    const own = await post(gateway.url, LOGIN, { email: member.email, password: member.password }, { 'x-forwarded-for': '198.51.100.2' });
    expect(own.status).toBe(200);
    expect(own.body.data!.login.accessToken).toEqual(expect.any(String));
  }, 120_000);
});
