import { fork, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** Where `pnpm start` finds Redis, and how to stop it when it started one. */
export interface ResolvedRedis {
  url: string;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * Redis at `url` when one answers; else, when a `redis-server` binary is installed, one started here
 * on that URL's port with its files under `.data/redis` and no persistence (queues and pub/sub only
 * need it while the stack runs), stopped with the stack. Else null: the caller says what to do.
 */
export async function resolveRedis(url: string, repoRoot: string, log: (msg: string) => void): Promise<ResolvedRedis | null> {
  if (await answers(url)) return { url, stop: async () => undefined };
  const { hostname, port } = new URL(url);
  if (!['127.0.0.1', 'localhost', '::1'].includes(hostname)) return null;
  if (spawnSync('redis-server', ['--version']).status !== 0) return null;
  const dir = join(repoRoot, '.data/redis');
  mkdirSync(dir, { recursive: true });
  log(`no Redis at ${url}; starting redis-server on port ${port || 6379} under .data/redis (no persistence)`);
  // Through a small Node parent of its own, so it stops with the stack even if the stack is killed.
  const child = fork(join(repoRoot, 'scripts/redis-child.cjs'), ['--port', port || '6379', '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50 && child.exitCode === null; i++) {
    if (await answers(url)) {
      return {
        url,
        stop: () =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  return null;
}
