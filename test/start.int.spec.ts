import { Redis } from 'ioredis';
import { eventually, freePort, gql, isAlive, startProcessStack, type StartedStack } from '@prometric/testing';

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * `pnpm start` runs every service in a process of its own (the gateway as two workers on one port),
 * starts a Redis of its own when none answers, serves the demo, and leaves nothing behind when it
 * stops, even when it is killed outright.
 */
describe('pnpm start', () => {
  let stack: StartedStack | null = null;
  afterAll(() => stack?.child.kill('SIGKILL'));

  it('runs each service in its own process, and takes them all down with it', async () => {
    // Nothing answers on this port: the stack must start a Redis of its own there.
    const redisUrl = `redis://127.0.0.1:${await freePort()}`;
    stack = await startProcessStack('start', { REDIS_URL: redisUrl, GATEWAY_WORKERS: '2' });
    expect(stack.output()).toContain('Prometric ERP is up: 8 services in their own processes (gateway: 2 workers)');
    expect(await redisAnswers(redisUrl)).toBe(true);
    const services = stack.services();
    expect(services.map((s) => s.name).sort()).toEqual(['finance', 'gateway', 'gateway-worker', 'gateway-worker', 'hr', 'identity', 'operations', 'orchestrator', 'production', 'sales']);
    expect(new Set(services.map((s) => s.pid)).size).toBe(10);

    // The demo answers through the gateway workers.
    const login = await gql(stack.url, 'mutation { login(input: { email: "demo@prometric.dev", password: "prometric-demo" }) { accessToken } }');
    const token = login.data!.login.accessToken as string;
    for (let i = 0; i < 6; i++) expect((await gql(stack.url, '{ orders(first: 5) { totalCount } }', {}, token)).data!.orders.totalCount).toBeGreaterThan(0);

    // Killed outright, it cannot stop anyone: each service notices its parent is gone and exits.
    stack.child.kill('SIGKILL');
    await eventually('every service has exited', async () => services.filter((s) => isAlive(s.pid)), (left) => left.length === 0, { timeoutMs: 30_000 });
    await eventually('the Redis it started has stopped', () => redisAnswers(redisUrl), (up) => !up, { timeoutMs: 10_000 });
    stack = null;
  }, 240_000);
});
