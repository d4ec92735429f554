import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { REPO_ROOT, eventually, freePort, gql, testConfig } from '@prometric/testing';

/** Pids of the live processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

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
 * stops: on SIGTERM in order, and even when it is killed outright.
 */
describe('pnpm start', () => {
  let stack: ChildProcess | null = null;
  afterAll(() => stack?.kill('SIGKILL'));

  it('runs each service in its own process, and takes them all down with it', async () => {
    const ports = { GATEWAY_PORT: await freePort(), IDENTITY_PORT: await freePort(), SALES_PORT: await freePort(), OPERATIONS_PORT: await freePort(), FINANCE_PORT: await freePort(), PRODUCTION_PORT: await freePort(), HR_PORT: await freePort() };
    const redisUrl = `redis://127.0.0.1:${await freePort()}`;
    const database = new URL(testConfig.databaseUrl);
    database.pathname = `${database.pathname}_start`;
    let output = '';
    stack = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
        NODE_ENV: 'development',
        DATABASE_URL: database.toString(),
        REDIS_URL: redisUrl,
        AUTH_KEYS_DIR: mkdtempSync(join(tmpdir(), 'start-keys-')),
        GATEWAY_WORKERS: '2',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stack.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stack.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually('the stack is up', async () => output, (o) => o.includes('Prometric ERP is up') || stack!.exitCode !== null, { timeoutMs: 150_000 });
    expect(output).toContain('Prometric ERP is up: 8 services in their own processes (gateway: 2 workers)');

    // No Redis answered on that port: the stack started one.
    expect(await redisAnswers(redisUrl)).toBe(true);
    const services = childrenOf(stack.pid!).filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.ts'));
    expect(services).toHaveLength(8);
    const gatewayPrimary = services.find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('gateway/src/main.ts'))!;
    const gatewayWorkers = childrenOf(gatewayPrimary);
    expect(gatewayWorkers).toHaveLength(2);

    // The demo answers through the gateway workers.
    const url = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
    const login = await gql(url, 'mutation { login(input: { email: "demo@prometric.dev", password: "prometric-demo" }) { accessToken } }');
    const token = login.data!.login.accessToken as string;
    for (let i = 0; i < 6; i++) expect((await gql(url, '{ orders(first: 5) { totalCount } }', {}, token)).data!.orders.totalCount).toBeGreaterThan(0);

    // Killed outright, it cannot stop anyone: each service notices its parent is gone and exits.
    stack.kill('SIGKILL');
    const everyone = [...services, ...gatewayWorkers];
    await eventually('every service has exited', async () => everyone.filter(alive), (left) => left.length === 0, { timeoutMs: 30_000 });
    await eventually('the Redis it started has stopped', () => redisAnswers(redisUrl), (up) => !up, { timeoutMs: 10_000 });
    stack = null;
  }, 240_000);
});
