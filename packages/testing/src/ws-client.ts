import WebSocket from 'ws';
import { createClient, type Client, type FormattedExecutionResult as ExecutionResult } from 'graphql-ws';

export interface LiveSubscription {
  results: ExecutionResult<Record<string, any>, unknown>[];
  /** Resolves once `count` results arrived (rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<ExecutionResult<Record<string, any>, unknown>[]>;
  /** Errors the server sent for the subscription itself (e.g. FORBIDDEN). */
  error: Promise<unknown>;
  dispose(): void;
}

export interface WsClient {
  client: Client;
  /** Resolves when the server acknowledged `connection_init`. */
  connected: Promise<void>;
  /** Resolves with the close code and reason when the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription;
  dispose(): Promise<void>;
}

/** The official graphql-ws client against the gateway's WebSocket endpoint (ws://…/graphql). */
export function wsClient(httpUrl: string, token: string | null, options: { lazy?: boolean } = {}): WsClient {
  let onConnected!: () => void;
  let onClosed!: (v: { code: number; reason: string }) => void;
  const connected = new Promise<void>((r) => (onConnected = r));
  const closed = new Promise<{ code: number; reason: string }>((r) => (onClosed = r));
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: options.lazy ?? false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as { code: number; reason: string };
        onClosed({ code: e.code, reason: String(e.reason) });
      },
    },
    onNonLazyError: () => undefined,
  });
  return {
    client,
    connected,
    closed,
    subscribe(query, variables = {}) {
      const results: ExecutionResult<Record<string, any>, unknown>[] = [];
      let onError!: (e: unknown) => void;
      const error = new Promise<unknown>((r) => (onError = r));
      const waiters: (() => void)[] = [];
      const dispose = client.subscribe<Record<string, any>>(
        { query, variables },
        {
          next: (value) => {
            results.push(value);
            waiters.splice(0).forEach((w) => w());
          },
          error: (e) => onError(e),
          complete: () => undefined,
        },
      );
      return {
        results,
        error,
        dispose,
        async waitFor(count, ms = 5000) {
          const deadline = Date.now() + ms;
          while (results.length < count) {
            if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} results; got ${JSON.stringify(results)}`);
            await new Promise<void>((resolve) => {
              waiters.push(resolve);
              setTimeout(resolve, 50);
            });
          }
          return results;
        },
      };
    },
    async dispose() {
      await client.dispose();
    },
  };
}
