import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** One service of the stack running in a process of its own. */
export interface ServiceProcess {
  name: string;
  pid: number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface ServiceSpec {
  name: string;
  /** The service's main module, relative to the repository root (e.g. `subgraphs/sales/src/main.ts`). */
  entry: string;
  env: NodeJS.ProcessEnv;
  /** Polled until it answers 200; without one, the service counts as up once it has run for a second. */
  healthUrl?: string;
  timeoutMs?: number;
}

/** Each semi-space of a service's young generation, in MB (the new space is two of them). */
const SEMI_SPACE_MB = 16;

/**
 * With SERVICE_CPU_PROFILE_DIR set, every service writes a V8 CPU profile there when it exits
 * (`--cpu-prof`; Node refuses the flag in NODE_OPTIONS): how the gateway's own cost was found, apart
 * from the subgraph it calls. See bench/README.md.
 */
const profileFlags = (): string[] => (process.env.SERVICE_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVICE_CPU_PROFILE_DIR}`] : []);

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/**
 * Starts a service in its own Node process (TypeScript through @swc-node/register, as docker-compose
 * runs them) and waits until it is up. The child is tied to this process: it exits when this one
 * goes, however it goes (scripts/exit-with-parent.cjs watches the IPC channel).
 */
export async function startService(repoRoot: string, spec: ServiceSpec): Promise<ServiceProcess> {
  const child = fork(join(repoRoot, spec.entry), [], {
    cwd: repoRoot,
    env: spec.env,
    // The young generation at its full size from the start (V8's default maximum, 2 × 16 MB): V8
    // otherwise grows it only once a process allocates fast enough, so a lightly loaded service
    // (production in the soak) gained ~25 MB of RSS minutes into a steady load, with a flat live
    // heap. Sized up front, a service's RSS is what it will be under load.
    execArgv: [...profileFlags(), `--min-semi-space-size=${SEMI_SPACE_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, '-r', '@swc-node/register', '-r', join(repoRoot, 'scripts/exit-with-parent.cjs')],
    stdio: 'inherit',
  });
  const deadline = Date.now() + (spec.timeoutMs ?? 60_000);
  const died = exited(child).then(() => {
    throw new Error(`${spec.name} exited during start (code ${child.exitCode ?? child.signalCode})`);
  });
  const up = (async () => {
    if (!spec.healthUrl) return new Promise((resolve) => setTimeout(resolve, 1000));
    while (Date.now() < deadline) {
      try {
        if ((await fetch(spec.healthUrl, { signal: AbortSignal.timeout(1000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${spec.name} did not answer ${spec.healthUrl} within ${spec.timeoutMs ?? 60_000} ms`);
  })();
  try {
    await Promise.race([up, died]);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  died.catch(() => undefined);
  return {
    name: spec.name,
    pid: child.pid!,
    async stop(graceMs = 10_000) {
      const gone = exited(child);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await gone;
      clearTimeout(timer);
    },
  };
}
