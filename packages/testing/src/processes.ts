import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, testConfig } from './config';
import { eventually } from './eventually';
import { freePort } from './isolated';

/** Pids of the live processes whose parent is `pid`. */
export function childrenOf(pid: number): number[] {
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

/** The command line of a live process (arguments joined by spaces), or '' once it is gone. */
export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** Resident memory of a live process in bytes (VmRSS), or 0 once it is gone. */
export function residentBytes(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * CPU time a live process has used so far, in milliseconds (user + system), or 0 once it is gone.
 * For this process's own pid: its main thread only (worker threads excluded).
 */
export function cpuMillis(pid: number): number {
  try {
    const file = pid === process.pid ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A `pnpm start` running on ports and a database of its own. */
export interface StartedStack {
  child: ChildProcess;
  url: string;
  ports: Record<string, number>;
  redisUrl: string;
  /** Its database (`<test db>_<suffix>`). */
  databaseUrl: string;
  /** Asks it to stop (`signal`: SIGINT as Ctrl-C by default, SIGTERM as a supervisor) and waits until it has. */
  stop(signal?: 'SIGINT' | 'SIGTERM'): Promise<void>;
  /** Everything it printed so far. */
  output(): string;
  /** Its services: name (identity, …, gateway, gateway-worker, orchestrator) and pid. */
  services(): { name: string; pid: number }[];
}

/**
 * Runs `scripts/start.ts` (what `pnpm start` runs) on free ports, a database `<test db>_<suffix>` and
 * `env`, and waits until it says it is up.
 */
export async function startProcessStack(suffix: string, env: Record<string, string> = {}): Promise<StartedStack> {
  const names = ['GATEWAY_PORT', 'IDENTITY_PORT', 'SALES_PORT', 'OPERATIONS_PORT', 'FINANCE_PORT', 'PRODUCTION_PORT', 'HR_PORT'];
  const ports: Record<string, number> = {};
  for (const name of names) ports[name] = await freePort();
  const database = new URL(testConfig.databaseUrl);
  database.pathname = `${database.pathname}_${suffix}`;
  const redisUrl = env.REDIS_URL ?? testConfig.redisUrl;
  let output = '';
  // Tied to this process as pnpm start ties its services to itself: should a bench or a test die
  // without stopping it, the IPC channel closes and the stack stops instead of holding its ports.
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-r', join(REPO_ROOT, 'scripts/exit-with-parent.cjs'), 'scripts/start.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      NODE_ENV: 'development',
      DATABASE_URL: database.toString(),
      REDIS_URL: redisUrl,
      AUTH_KEYS_DIR: mkdtempSync(join(tmpdir(), 'stack-keys-')),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await eventually('pnpm start is up', async () => output.includes('Prometric ERP is up') || child.exitCode !== null, (up) => up, { timeoutMs: 180_000, intervalMs: 200 });
  if (child.exitCode !== null) throw new Error(`pnpm start exited (${child.exitCode}):\n${output.slice(-3000)}`);
  return {
    child,
    url: `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`,
    ports,
    redisUrl,
    databaseUrl: database.toString(),
    async stop(signal = 'SIGINT') {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    },
    output: () => output,
    services() {
      const found: { name: string; pid: number }[] = [];
      for (const pid of childrenOf(child.pid!)) {
        const name = /(?:subgraphs\/(\w+)|(gateway)|(orchestrator))\/src\/main\.ts/.exec(commandOf(pid));
        if (!name) continue;
        found.push({ name: name[1] ?? name[2] ?? name[3], pid });
        if (name[2]) for (const worker of childrenOf(pid)) found.push({ name: 'gateway-worker', pid: worker });
      }
      return found;
    },
  };
}
