import { randomInt } from 'node:crypto';
import { KeyStoreFile, TokenSigner } from '@prometric/core';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings, type RunningGateway } from '@prometric/gateway';
import { identityEnvSchema } from '@prometric/identity';
import { signUpTenant, testConfig, testEnv, useStack, type Tenant, startExtraGateway } from '@prometric/testing';

const PAGE = 'query { products(first: 20) { totalCount edges { node { id sku name } } } }';
const LOGIN = 'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken errors { code } } }';
/** What an attacker might send to dodge a throttle that looks only at root fields or at `errors`. */
const LOGIN_IN_FRAGMENT = 'mutation($email: String!, $password: String!) { ...Guess } fragment Guess on Mutation { ... on Mutation { attempt: login(input: { email: $email, password: $password }) { accessToken } } }';

/** An address of this run's own (the Redis of the tests outlives a run; per-address counts last a day). */
const freshAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, any> | null; errors?: { extensions?: Record<string, unknown> }[] };
  return { status: res.status, body, retryAfter: res.headers.get('retry-after') === null ? null : Number(res.headers.get('retry-after')) };
}

const guess = (url: string, member: Tenant, address: string, password = 'wrong', query = LOGIN) => post(url, query, { email: member.email, password }, { 'x-forwarded-for': address });
/** A guess that reached the password check: refused as INVALID_CREDENTIALS (or with no token), not 429. */
const reachedCheck = (r: Awaited<ReturnType<typeof post>>) => r.status === 200 && r.body.data != null && !Object.values(r.body.data)[0]?.accessToken;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('login throttle', () => {
  const fx = useStack();
  const gateways: RunningGateway[] = [];

  const gatewayWith = async (overrides: Partial<RateLimitSettings>) => {
    const gateway = await startExtraGateway(fx.stack, {
      rateLimits: { ...DEFAULT_RATE_LIMITS, ...overrides },
      trustProxy: true,
    });
    gateways.push(gateway);
    return gateway;
  };

  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
  });

  it('counts 1,000 guesses sent 50 at a time from one address: only the allowed few reach the password check', async () => {
    const gateway = await gatewayWith({});
    const member = await signUpTenant(fx.url);
    const address = freshAddress();
    const outcomes: Awaited<ReturnType<typeof post>>[] = [];
    for (let sent = 0; sent < 1000; sent += 50) {
      outcomes.push(...(await Promise.all(Array.from({ length: 50 }, () => guess(gateway.url, member, address)))));
    }
    const checked = outcomes.filter(reachedCheck).length;
    const throttled = outcomes.filter((r) => r.status === 429);
    expect({ checked, throttled: throttled.length }).toEqual({ checked: DEFAULT_RATE_LIMITS.loginFailuresPerEmailAndAddress, throttled: 1000 - checked });
    expect(throttled[0].body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', budget: 'login' });
    // The member, from another address, is not held back.
    const own = await guess(gateway.url, member, freshAddress(), member.password);
    expect(own.body.data!.login.accessToken).toEqual(expect.any(String));
  }, 120_000);

  it('counts a guess whatever its shape: in a fragment, under an alias, without `errors` selected; two logins in one request are refused', async () => {
    const gateway = await gatewayWith({ loginFailuresPerEmailAndAddress: 5 });
    const member = await signUpTenant(fx.url);
    const address = freshAddress();
    const outcomes = [];
    for (let i = 0; i < 8; i++) outcomes.push(await guess(gateway.url, member, address, `wrong-${i}`, LOGIN_IN_FRAGMENT));
    expect(outcomes.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(outcomes[0].body.data).toEqual({ attempt: { accessToken: null } });

    const twice = await post(
      gateway.url,
      'mutation($email: String!) { a: login(input: { email: $email, password: "one" }) { accessToken } b: login(input: { email: $email, password: "two" }) { accessToken } }',
      { email: member.email },
      { 'x-forwarded-for': freshAddress() },
    );
    expect(twice.body.data ?? null).toBeNull();
    expect(twice.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('blocks a pair for loginBlockSeconds, twice as long the next time; a success clears its count and its blocks', async () => {
    const gateway = await gatewayWith({ loginFailuresPerEmailAndAddress: 3, loginBlockSeconds: 1 });
    const member = await signUpTenant(fx.url);
    const address = freshAddress();
    const round = async () => {
      const outcomes = [];
      for (let i = 0; i < 4; i++) outcomes.push(await guess(gateway.url, member, address));
      return { checked: outcomes.filter(reachedCheck).length, retryAfter: outcomes[3].status === 429 ? outcomes[3].retryAfter : null };
    };
    expect(await round()).toEqual({ checked: 3, retryAfter: 1 });
    await sleep(1100);
    expect(await round()).toEqual({ checked: 3, retryAfter: 2 });
    // Still blocked a second later: the block grew.
    await sleep(1000);
    expect((await guess(gateway.url, member, address)).status).toBe(429);
    await sleep(1100);
    expect((await guess(gateway.url, member, address, member.password)).body.data!.login.accessToken).toEqual(expect.any(String));
    expect(await round()).toEqual({ checked: 3, retryAfter: 1 });
  }, 30_000);

  it('blocks an email guessed from many addresses only briefly, and never at an address the member logged in from', async () => {
    const gateway = await gatewayWith({ loginFailuresPerEmail: 5, loginEmailBlockSeconds: 2 });
    const member = await signUpTenant(fx.url);
    const home = freshAddress();
    expect((await guess(gateway.url, member, home, member.password)).body.data!.login.accessToken).toEqual(expect.any(String));
    // A botnet: one guess per address.
    const outcomes = [];
    for (let i = 0; i < 8; i++) outcomes.push(await guess(gateway.url, member, freshAddress()));
    expect(outcomes.filter(reachedCheck).length).toBe(5);
    const elsewhere = await guess(gateway.url, member, freshAddress(), member.password);
    expect(elsewhere.status).toBe(429);
    expect(elsewhere.retryAfter).toBeLessThanOrEqual(2);
    // At home the member gets in during the block, and anywhere once it is over.
    expect((await guess(gateway.url, member, home, member.password)).body.data!.login.accessToken).toEqual(expect.any(String));
    await sleep(2100);
    expect((await guess(gateway.url, member, freshAddress(), member.password)).body.data!.login.accessToken).toEqual(expect.any(String));
  }, 30_000);

  it('does not spend the budgets of a service principal (the saga: its work was paid for by the operation that caused it)', async () => {
    const gateway = await gatewayWith({ userPointsPerMinute: 100, workspacePointsPerMinute: 100, addressPointsPerMinute: 100 });
    const tenant = await signUpTenant(fx.url);
    const address = freshAddress();
    const member = [];
    for (let i = 0; i < 3; i++) member.push((await post(gateway.url, PAGE, {}, { authorization: `Bearer ${tenant.token}`, 'x-forwarded-for': address })).status);
    expect(member).toContain(429);

    const env = identityEnvSchema.parse(testEnv());
    const keys = await KeyStoreFile.open(testConfig.keysDir);
    const signer = new TokenSigner(() => keys.current(), { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE });
    const token = await signer.signAccessToken({ ...tenant, currency: 'USD', role: 'service:order-to-cash' }, 120);
    const service = [];
    for (let i = 0; i < 10; i++) service.push((await post(gateway.url, PAGE, {}, { authorization: `Bearer ${token}`, 'x-forwarded-for': address })).status);
    expect(service).toEqual(Array(10).fill(200));
  });
});
