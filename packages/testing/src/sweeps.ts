import type { TenantSweep, TenantSweepResult } from '@prometric/core';

/** What `recordSweeps` has seen, and the way to wait for it to settle. */
export interface SweepRecording {
  /** Every sweep's result, in order. */
  results: TenantSweepResult[];
  /** In how many of the recorded sweeps the workspace was done. */
  doneIn(workspaceId: string): number;
  /** In how many of the recorded sweeps the workspace was due or failed. */
  listedIn(workspaceId: string): number;
  /** Resolves once each of `workspaceIds` was done in some sweep and three sweeps more ran. */
  settle(workspaceIds: string[]): Promise<void>;
}

/**
 * Records every sweep of a subgraph's tenant sweep from now on, so a test can create the due work
 * afterwards and then check that each workspace was done exactly once, however many sweeps followed.
 * Fails with `<what> in 60 sweeps` when the workspaces given to `settle` are not all done by then.
 */
export function recordSweeps(sweep: TenantSweep, what: string): SweepRecording {
  const results: TenantSweepResult[] = [];
  let due: string[] = [];
  const doneIn = (ws: string) => results.filter((r) => r.done.some((t) => t.workspaceId === ws)).length;
  const listedIn = (ws: string) => results.filter((r) => [...r.due, ...r.failed].some((t) => t.workspaceId === ws)).length;
  const collecting = (async () => {
    let settledAt = -1;
    while (results.length < 60) {
      results.push(await sweep.nextSweep());
      if (settledAt < 0 && due.length && due.every((ws) => doneIn(ws) > 0)) settledAt = results.length;
      if (settledAt >= 0 && results.length >= settledAt + 3) return;
    }
    throw new Error(`${what} in 60 sweeps`);
  })();
  return {
    results,
    doneIn,
    listedIn,
    settle(workspaceIds) {
      due = workspaceIds;
      return collecting;
    },
  };
}
