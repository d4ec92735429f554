import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { SubgraphTimeoutError } from '@prometric/core';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * Carries a request's deadline (epoch ms) from the data source to the fetcher; never sent on. The
 * data source knows the request (its context), the fetcher only the call: a header is what both see.
 */
export const DEADLINE_HEADER = 'x-prometric-deadline';

/**
 * Every call to `subgraph` ends by its deadline: `timeoutMs` per call, and never later than the
 * request's own deadline. A call past it is aborted (its socket freed, nothing left hanging) and fails
 * with SUBGRAPH_TIMEOUT, which the gateway reports beside whatever the other subgraphs answered.
 */
export function withDeadline(fetcher: Fetcher, subgraph: string, timeoutMs: number): Fetcher {
  return async (url, init) => {
    const headers = { ...init?.headers };
    const requestDeadline = Number(headers[DEADLINE_HEADER]);
    delete headers[DEADLINE_HEADER];
    const budget = Math.min(timeoutMs, Number.isFinite(requestDeadline) ? requestDeadline - Date.now() : Infinity);
    if (budget <= 0) throw new SubgraphTimeoutError(subgraph, 0);
    const signal = AbortSignal.timeout(budget);
    try {
      return await fetcher(url, { ...init, headers, signal });
    } catch (e) {
      if (signal.aborted) throw new SubgraphTimeoutError(subgraph, Math.round(budget));
      throw e;
    }
  };
}
