import { createHash, randomInt } from 'node:crypto';
import { DEFAULT_RATE_LIMITS, type RunningGateway } from '@prometric/gateway';
import { signUpTenant, startPrivateRedis, useStack, type PrivateRedis, startExtraGateway } from '@prometric/testing';

const PAGE = 'query { products(first: 5) { totalCount } }';
const LOGIN = 'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }';

async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const started = Date.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  const json = (await res.json()) as { data?: Record<string, any> | null; errors?: { extensions?: Record<string, unknown> }[] };
  return { status: res.status, ms: Date.now() - started, ...json };
}

/**
 * The edge's Redis (rate limits, persisted queries) going away must not take the API with it: the
 * budgets and the login throttle fall back to each gateway's memory (rate-limiter-flexible's
 * insurance limiter) at once, and persisted queries to "send the text".
 */
describe('the edge without its Redis', () => {
  const fx = useStack();
  let redis: PrivateRedis;
  let gateway: RunningGateway;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    gateway = await startExtraGateway(fx.stack, {
      redisUrl: redis.url,
      rateLimits: { ...DEFAULT_RATE_LIMITS, loginFailuresPerEmailAndAddress: 3 },
      trustProxy: true,
    });
  });
  afterAll(async () => {
    // Back first, so that every client of the gateway closes as it would in production.
    await redis.start();
    await gateway.close();
    await redis.stop();
  });

  it('keeps answering at once, still throttles logins in memory, and asks for the text of a persisted query', async () => {
    const auth = { authorization: `Bearer ${fx.owner.token}` };
    expect((await post(gateway.url, { query: PAGE }, auth)).status).toBe(200);
    await redis.kill();

    const page = await post(gateway.url, { query: PAGE }, auth);
    expect(page.status).toBe(200);
    expect(page.ms).toBeLessThan(2000);

    const member = await signUpTenant(fx.url);
    const attacker = { 'x-forwarded-for': `10.9.${randomInt(256)}.${randomInt(1, 255)}` };
    const guesses = [];
    for (let i = 0; i < 5; i++) guesses.push(await post(gateway.url, { query: LOGIN, variables: { email: member.email, password: `wrong-${i}` } }, attacker));
    expect(guesses.map((g) => g.status)).toEqual([200, 200, 200, 429, 429]);
    expect(Math.max(...guesses.map((g) => g.ms))).toBeLessThan(2000);
    const own = await post(gateway.url, { query: LOGIN, variables: { email: member.email, password: member.password } }, { 'x-forwarded-for': '10.8.0.1' });
    expect(own.data!.login.accessToken).toEqual(expect.any(String));

    const query = `query Outage${randomInt(1e9)} { products(first: 1) { totalCount } }`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const miss = await post(gateway.url, { extensions: { persistedQuery } }, auth);
    expect(miss.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.ms).toBeLessThan(2000);
    expect((await post(gateway.url, { query, extensions: { persistedQuery } }, auth)).status).toBe(200);
  }, 30_000);
});
