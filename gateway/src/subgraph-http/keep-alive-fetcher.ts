import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, fetch } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** A fetcher for subgraph calls, and the connection pool behind it to close with the gateway. */
export interface SubgraphFetcher {
  fetcher: Fetcher;
  close(): Promise<void>;
}

/**
 * Subgraph calls over undici with keep-alive pools (one per subgraph origin, up to `connections`
 * sockets each). @apollo/gateway's default fetcher is make-fetch-happen, built for npm's registry
 * calls: a retrying, caching client whose agent inspects a fresh Error's stack on every request to
 * tell HTTP from HTTPS; profiled on the deep page it cost about 7 % of the whole process.
 */
export function keepAliveFetcher(connections = 64): SubgraphFetcher {
  const agent = new Agent({ connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 });
  const fetcher: Fetcher = (url, init) => {
    return fetch(url, { method: init?.method, headers: init?.headers, body: init?.body, signal: init?.signal, dispatcher: agent });
  };
  return { fetcher, close: () => agent.close() };
}
