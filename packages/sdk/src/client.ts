import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLResponseError, HttpError, NetworkError, PrometricError, type GraphQLErrorShape } from './errors';
import { DEFAULT_RETRY, REFUSED_BEFORE_RUNNING, RETRYABLE_FOR_QUERIES, retryAfterMs, retryDelayMs, sleep, type ResolvedRetryOptions, type RetryOptions } from './retry';
import { TokenSession, type Credentials, type Tokens } from './session';

/** Variables as a call takes them: none for a document without variables, required otherwise. */
export type VariablesArg<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

/** A response as the gateway sent it: data (possibly partial) and its errors, typed by the document. */
export interface ExecutionResult<TData> {
  data?: TData | null;
  errors?: GraphQLErrorShape[];
  /** The HTTP status. */
  status: number;
  /** How many times the request was sent. */
  attempts: number;
}

/** Reported before each retry (for logs and metrics). */
export interface RetryEvent {
  operationName: string | undefined;
  /** The attempt that failed (1 for the first). */
  attempt: number;
  delayMs: number;
  /** The HTTP status that asked for the retry, or `NETWORK_ERROR`. */
  reason: number | 'NETWORK_ERROR';
}

export interface ClientOptions {
  /** The gateway's HTTP endpoint, e.g. `https://api.example.com/graphql`. */
  url: string;
  /** Its WebSocket endpoint for subscriptions; by default `url` with `http` → `ws`. */
  wsUrl?: string;
  /** How to authenticate: email and password, saved tokens, or an API key. */
  credentials?: Credentials;
  /** Called with every new token pair (after login and after each refresh): persist them here. */
  onTokens?: (tokens: Tokens) => void;
  retry?: RetryOptions;
  onRetry?: (event: RetryEvent) => void;
  /** Headers sent with every HTTP request (e.g. `x-request-id`). */
  headers?: Record<string, string>;
  /** A fetch of your own (defaults to the global fetch of Node ≥ 18). */
  fetch?: typeof fetch;
  /** Seconds before its `exp` at which an access token is refreshed ahead of use (default 30). */
  tokenRefreshSkewSeconds?: number;
  /** How many times the subscription socket reconnects before its iterators fail (default 5). */
  wsRetryAttempts?: number;
}

export interface PrometricClient {
  /**
   * Logs in (with the given email and password, or those of `credentials`) and keeps the token pair.
   * Not needed before `request`: the first request logs in by itself.
   */
  login(email?: string, password?: string): Promise<Tokens>;
  /**
   * Sends one operation and returns its data, typed by the document. Throws `GraphQLResponseError`
   * when the response carries any error (its `data` holds the partial answer), `HttpError` or
   * `NetworkError` when there is no GraphQL answer at all.
   */
  request<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<TData>;
  /** Like `request`, but returns data and errors side by side instead of throwing on errors. */
  execute<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): Promise<ExecutionResult<TData>>;
  /**
   * Subscribes over graphql-ws; each result's data is one value of the iterator. `break` (or
   * `return()`) ends the subscription. An error result ends it with a `GraphQLResponseError`. The
   * socket is shared, opened on first use, and reconnects with a fresh token (the gateway closes it
   * when the token it was opened with expires).
   */
  subscribe<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesArg<TVariables>): AsyncIterableIterator<TData>;
  /** The current tokens (after login or refresh), if any. */
  readonly tokens: Partial<Tokens>;
  /** Closes the subscription socket (pending iterators end). */
  close(): Promise<void>;
}

interface Operation {
  query: string;
  name: string | undefined;
  kind: OperationDefinitionNode['operation'];
}

/** Each document printed once: clients send the same few over and over. */
const operations = new WeakMap<DocumentNode, Operation>();
function operationOf(document: DocumentNode): Operation {
  let op = operations.get(document);
  if (!op) {
    const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (!definition) throw new PrometricError('the document has no operation', 'BAD_DOCUMENT');
    // The text the gateway's trusted-document list registers (`pnpm trust` hashes `print` of it).
    op = { query: print(document), name: definition.name?.value, kind: definition.operation };
    operations.set(document, op);
  }
  return op;
}

/**
 * A client of the Prometric gateway.
 *
 * ```ts
 * const client = createClient({ url: 'http://localhost:4000/graphql', credentials: { email, password } });
 * const { order } = await client.request(OrderDocument, { id });
 * for await (const { orderUpdated } of client.subscribe(OrderUpdatedDocument, { id })) …
 * ```
 */
export function createClient(options: ClientOptions): PrometricClient {
  const retry: ResolvedRetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const fetchImpl = options.fetch ?? fetch;
  const wsUrl = options.wsUrl ?? options.url.replace(/^http/, 'ws');
  let ws: WsClient | null = null;

  /** One HTTP exchange, sent again while the server says to come back later (and for queries, on transient failures). */
  async function send<TData>(op: Operation, variables: unknown, authorization: Record<string, string>): Promise<ExecutionResult<TData>> {
    const body = JSON.stringify({ query: op.query, variables: variables ?? {}, ...(op.name ? { operationName: op.name } : {}) });
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= retry.maxAttempts;
      let response: Response;
      try {
        response = await fetchImpl(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options.headers, ...authorization },
          body,
        });
      } catch (cause) {
        // A mutation that may have reached the server is never sent twice.
        if (op.kind === 'mutation' || last) throw new NetworkError(cause, attempt);
        const delayMs = retryDelayMs(attempt, undefined, retry);
        options.onRetry?.({ operationName: op.name, attempt, delayMs, reason: 'NETWORK_ERROR' });
        await sleep(delayMs);
        continue;
      }
      const retryable = REFUSED_BEFORE_RUNNING.has(response.status) || (op.kind !== 'mutation' && RETRYABLE_FOR_QUERIES.has(response.status));
      const after = retryAfterMs(response.headers.get('retry-after'));
      if (retryable && !last && (after === undefined || after <= retry.maxRetryAfterMs)) {
        await response.body?.cancel();
        const delayMs = retryDelayMs(attempt, after, retry);
        options.onRetry?.({ operationName: op.name, attempt, delayMs, reason: response.status });
        await sleep(delayMs);
        continue;
      }
      const text = await response.text();
      let parsed: { data?: TData | null; errors?: GraphQLErrorShape[] } | null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
      if (!parsed || typeof parsed !== 'object' || (!('data' in parsed) && !Array.isArray(parsed.errors))) throw new HttpError(response.status, text, attempt);
      return { data: parsed.data, errors: parsed.errors, status: response.status, attempts: attempt };
    }
  }

  const session = new TokenSession(options.credentials ?? {}, options.onTokens, (document, variables) => send(operationOf(document), variables, {}), options.tokenRefreshSkewSeconds);

  /** The request with the session's token; a token the gateway refuses is renewed once and the request sent again. */
  async function execute<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables | undefined): Promise<ExecutionResult<TData>> {
    const op = operationOf(document);
    const token = await session.authorization();
    const result = await send<TData>(op, variables, token.headers);
    // 401: the edge refused the token before running anything, so even a mutation may go again.
    if (result.status === 401 && token.bearer && session.canRenew()) {
      const renewed = await session.renew(token.bearer);
      return send<TData>(op, variables, renewed.headers);
    }
    return result;
  }

  return {
    login: (email, password) => session.login(email, password),
    get tokens() {
      return session.tokens();
    },
    execute: (document, ...[variables]) => execute(document, variables),
    async request(document, ...[variables]) {
      const result = await execute(document, variables);
      if (result.errors?.length || result.data == null) {
        throw new GraphQLResponseError(result.errors?.length ? result.errors : [{ message: 'no data', extensions: { code: 'UNKNOWN' } }], result.status, result.data, result.attempts);
      }
      return result.data;
    },
    subscribe<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...[variables]: VariablesArg<TVariables>) {
      const op = operationOf(document);
      if (session.usesApiKey()) throw new PrometricError('subscriptions take a member login (email and password or tokens), not an API key', 'UNAUTHENTICATED');
      ws ??= createWsClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: true,
        retryAttempts: options.wsRetryAttempts ?? 5,
        retryWait: (retries) => sleep(retryDelayMs(retries + 1, undefined, retry)),
        // Asked on every (re)connection: a token about to expire is refreshed first.
        connectionParams: async () => {
          const { bearer } = await session.authorization();
          return bearer ? { authorization: `Bearer ${bearer}` } : {};
        },
      });
      const results = ws.iterate<TData>({ query: op.query, variables: (variables ?? {}) as Record<string, unknown>, operationName: op.name });
      const failure = (e: unknown): PrometricError => {
        if (e instanceof PrometricError) return e;
        // graphql-ws rejects with the server's `error` message (a list of GraphQL errors) or a CloseEvent.
        if (Array.isArray(e)) return new GraphQLResponseError(e as GraphQLErrorShape[], 200, null);
        const close = e as { code?: number; reason?: string } | null;
        return new PrometricError(`subscription socket closed${close?.code ? ` (${close.code} ${close.reason ?? ''})` : ''}`, 'SUBSCRIPTION_CLOSED');
      };
      // Not an async generator: its return() would wait for the next event; this one ends the subscription at once.
      const iterator: AsyncIterableIterator<TData> = {
        async next() {
          let step: IteratorResult<{ data?: TData | null; errors?: readonly GraphQLErrorShape[] }>;
          try {
            step = await results.next();
          } catch (e) {
            throw failure(e);
          }
          if (step.done) return { done: true, value: undefined };
          const { data, errors } = step.value;
          if (errors?.length || data == null) {
            await results.return?.();
            throw new GraphQLResponseError(errors ?? [], 200, data);
          }
          return { done: false, value: data };
        },
        async return() {
          await results.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    async close() {
      await ws?.dispose();
      ws = null;
    },
  };
}
