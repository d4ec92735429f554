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

/**
 * V8's heap flags of a service, by its main module (docker-compose's commands pass the same;
 * test/deployment.spec.ts compares them):
 * - every service: the young generation at its full size from the start (V8's default maximum,
 *   2 × 16 MB). V8 otherwise grows it only once a process allocates fast enough, so a lightly loaded
 *   service (production in the soak) gained ~25 MB of RSS minutes into a steady load, with a flat
 *   live heap;
 * - the subgraphs and the orchestrator: an old space allowed to grow 20 % past what survived the last
 *   full collection before the next (V8's own factor, from the allocation rate, is 1.1× to 4×). Left
 *   to V8, a subgraph's old space swung ~80 → ~140 MB and back over minutes at a steady load, and its
 *   RSS by 30–50 MB with it (the soak read sales +17 %, finance +15 % from minute 2 to 10);
 * - not the gateway: it allocates the most per request, and with the same flag it spent ~20 % more
 *   CPU per request on the products page (median of five runs of bench/gateway-processes.bench.ts
 *   against four without), while its RSS under V8's sizing stayed within the soak's bound.
 */
export function serviceV8Flags(entry: string): string[] {
  const youngGeneration = ['--min-semi-space-size=16', '--max-semi-space-size=16'];
  return entry.startsWith('gateway/') ? youngGeneration : [...youngGeneration, '--heap-growing-percent=20'];
}

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
    execArgv: [...profileFlags(), ...serviceV8Flags(spec.entry), '-r', '@swc-node/register', '-r', join(repoRoot, 'scripts/exit-with-parent.cjs')],
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
