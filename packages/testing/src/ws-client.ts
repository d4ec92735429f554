import WebSocket from 'ws';
import { createClient, type Client, type FormattedExecutionResult as ExecutionResult } from 'graphql-ws';
import { eventually } from './eventually';

/** One result a subscription delivered. */
export type LiveResult = ExecutionResult<Record<string, any>, unknown>;

export interface LiveSubscription {
  results: LiveResult[];
  /** Resolves once `count` results arrived (rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<LiveResult[]>;
  /**
   * Resolves with the first result (already delivered or still to come) that `match` accepts; rejects
   * after `ms` with `<what> never arrived within <ms> ms` and every result seen so far.
   */
  waitForResult(what: string, match: (result: LiveResult) => boolean, ms?: number): Promise<LiveResult>;
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
      const results: LiveResult[] = [];
      let onError!: (e: unknown) => void;
      const error = new Promise<unknown>((r) => (onError = r));
      // Waits re-check on every delivery: no polling, and a timeout only when nothing matching came.
      const watchers = new Set<() => void>();
      const until = <T>(what: string, found: () => T | undefined, ms: number) =>
        new Promise<T>((resolve, reject) => {
          const check = () => {
            const value = found();
            if (value === undefined) return;
            finish();
            resolve(value);
          };
          const timer = setTimeout(() => {
            finish();
            reject(new Error(`${what} never arrived within ${ms} ms; got ${JSON.stringify(results)}`));
          }, ms);
          const finish = () => {
            clearTimeout(timer);
            watchers.delete(check);
          };
          watchers.add(check);
          check();
        });
      const dispose = client.subscribe<Record<string, any>>(
        { query, variables },
        {
          next: (value) => {
            results.push(value);
            for (const watch of [...watchers]) watch();
          },
          error: (e) => onError(e),
          complete: () => undefined,
        },
      );
      return {
        results,
        error,
        dispose,
        waitFor: (count, ms = 5000) => until(`${count} results`, () => (results.length >= count ? results : undefined), ms),
        waitForResult: (what, match, ms = 5000) => until(what, () => results.find(match), ms),
      };
    },
    async dispose() {
      await client.dispose();
    },
  };
}

/** What `subscribed` counts on: the gateway's subscription hub (`stack.gateway.subscriptions`). */
export interface SubscriberCount {
  statsNow(): { subscribers: number };
}

/**
 * Runs `start` (which subscribes) and resolves with what it returned once `hub` counts `count` more
 * live subscribers. graphql-ws acknowledges no `subscribe`, so this is how a test knows that an event
 * published from now on reaches the new subscriptions. Rejects after `ms`.
 */
export async function subscribed<T>(hub: SubscriberCount, start: () => T | Promise<T>, count = 1, ms = 10_000): Promise<T> {
  const before = hub.statsNow().subscribers;
  const started = await start();
  await eventually(`${count} new subscription(s) registered on the hub`, async () => hub.statsNow().subscribers - before, (added) => added >= count, { timeoutMs: ms, intervalMs: 10 });
  return started;
}
