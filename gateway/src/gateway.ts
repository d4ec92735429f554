import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { keepAliveFetcher } from './subgraph-http/keep-alive-fetcher';
import { DEADLINE_HEADER, withDeadline } from './subgraph-http/deadline-fetcher';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import {
  DEFAULT_QUERY_LIMITS,
  InvalidTokenError,
  UnauthenticatedError,
  bearerToken,
  formatError,
  handleGraphQLHttp,
  sendJson,
  parseOptionsOf,
  queryCostPlugin,
  queryLimitRules,
  type Principal,
  type QueryLimits,
  type TokenVerifier,
} from '@prometric/core';
import { checkSubgraphs, subgraphsOf } from './health';
import { passThroughRoutes, subgraphPassThrough } from './edge/subgraph-passthrough';
import { corsHandler, type CorsSettings } from './edge/cors';
import { RateLimits, rateLimitPlugin, type RateLimitSettings, type RateLimitedContext } from './edge/rate-limits';
import { Redis } from 'ioredis';
import { persistedQueriesOf, trustedDocumentsPlugin, type TrustedDocuments, type TrustedDocumentsMode } from './edge/trusted-documents';
import { createMetrics } from './metrics';
import { servePage } from './pages/pages';
import { AuthorizedGateway, supergraphForEnforcingGateway, type AuthorizationMode } from './authorization/authorized-gateway';
import { startSubscriptionServer } from './subscriptions/websocket-server';
import type { SubscriptionHub } from './subscriptions/subscription-hub';
import { ApiKeyCredentials, presentedApiKey } from './api-keys/api-key-credentials';
import { serveApiSchema } from './api-schema/api-schema';

/** What the gateway knows about a request. */
export interface GatewayContext {
  requestId: string;
  /** The raw Authorization header, forwarded to subgraphs (which verify it again). */
  authorization: string | null;
  principal: Principal | null;
  /** When the request must be answered (epoch ms): no subgraph call outlives it. */
  deadline?: number;
  /** The client's address, rate limits' third budget. */
  address?: string;
  /** Set by the rate limits (see RateLimitedContext). */
  rateLimit?: RateLimitedContext['rateLimit'];
  login?: RateLimitedContext['login'];
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL overrides by subgraph name. */
  subgraphUrls?: Record<string, string>;
  verifier: TokenVerifier;
  logger: Logger;
  introspection: boolean;
  healthTimeoutMs?: number;
  /** `partial` (default): refused fields are null + FORBIDDEN; `reject`: the whole operation fails. */
  authorizationMode?: AuthorizationMode;
  /** Redis carrying the outbox events that drive subscriptions (shared by every replica). */
  redisUrl: string;
  /** Most subscription re-reads running at once, so HTTP traffic keeps flowing during a fan-out. */
  subscriptionConcurrency?: number;
  /** Depth, aliases, directives, tokens and cost of a query (HTTP and subscriptions). Default DEFAULT_QUERY_LIMITS. */
  queryLimits?: QueryLimits;
  /** Longest wait for one subgraph call (default 10 s); a late subgraph's fields are null with SUBGRAPH_TIMEOUT. */
  subgraphTimeoutMs?: number;
  /** Longest a request may take in all (default 30 s): no subgraph call outlives it. */
  requestTimeoutMs?: number;
  /** Largest upload body passed on to a subgraph (`PUT /files/…`), in bytes. Default 10 MB (ATTACHMENT_MAX_BYTES). */
  maxUploadBytes?: number;
  /** Open WebSocket connections one user may hold across every gateway (default 50). */
  wsConnectionsPerUser?: number;
  /** Persisted queries: `apq` (default), `enforce` (only `documents` run) or `off`. */
  trustedDocuments?: { mode: TrustedDocumentsMode; documents: TrustedDocuments };
  /** Cost-weighted budgets per user, workspace and address, and the login throttle, on Redis (off when absent). */
  rateLimits?: RateLimitSettings;
  /** Take the client address from X-Forwarded-For's last entry (only behind one proxy that appends it). */
  trustProxy?: boolean;
  /** Which browser origins may call the API (none when absent). */
  cors?: CorsSettings;
  /** Called before each subgraph fetch (observability; tests count calls with it). */
  onSubgraphRequest?: (subgraph: string) => void;
}

export interface RunningGateway {
  url: string;
  port: number;
  httpServer: http.Server;
  subscriptions: SubscriptionHub;
  close(): Promise<void>;
}

/** Client-caused codes a subgraph may answer with a 4xx; they reach the client as they are. */
const CLIENT_ERROR_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** Forwards the caller's credentials and request id to every subgraph. */
class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly subgraph: string,
    private readonly onRequest?: (subgraph: string) => void,
  ) {
    super(config);
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]): void {
    this.onRequest?.(this.subgraph);
    if (context?.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context?.deadline) request.http?.headers.set(DEADLINE_HEADER, String(context.deadline));
  }

  /**
   * A subgraph refuses bad input (a float for a Decimal, say) with HTTP 400 and a coded error; keep
   * that code instead of letting it become an opaque INTERNAL_SERVER_ERROR.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await response.clone().json().catch(() => null)) as { errors?: { message?: string; extensions?: { code?: string } }[] } | null;
    const first = body?.errors?.[0];
    const code = first?.extensions?.code;
    if (response.status < 500 && code && CLIENT_ERROR_CODES.has(code)) return new GraphQLError(first?.message ?? code, { extensions: { code } });
    return super.errorFromResponse(response);
  }
}

/**
 * The client's address: the socket's, or behind a trusted proxy the last entry of X-Forwarded-For,
 * the one that proxy added (earlier entries come from the client and prove nothing).
 */
function clientAddress(req: http.IncomingMessage, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? (req.headers['x-forwarded-for'] as string | undefined)?.split(',').pop()?.trim() : undefined;
  return forwarded || req.socket.remoteAddress;
}

/**
 * Verifies the token once at the edge: a request with a present but invalid token is refused as a
 * whole (UNAUTHENTICATED); an anonymous one reaches only public operations, which subgraphs decide.
 */
export async function gatewayContext(headers: http.IncomingHttpHeaders, verifier: TokenVerifier, apiKeys?: ApiKeyCredentials): Promise<GatewayContext> {
  const requestId = (headers['x-request-id'] as string | undefined) ?? randomUUID();
  const apiKey = apiKeys && presentedApiKey(headers);
  if (apiKey) {
    const { token, principal } = await apiKeys.authenticate(apiKey);
    return { requestId, authorization: `Bearer ${token}`, principal };
  }
  const token = bearerToken(headers.authorization);
  if (!token) return { requestId, authorization: null, principal: null };
  try {
    return { requestId, authorization: `Bearer ${token}`, principal: await verifier.verify(token) };
  } catch (e) {
    if (e instanceof InvalidTokenError) throw new UnauthenticatedError('Invalid or expired token', { http: { status: 401 } });
    throw e;
  }
}

/** Starts the federated gateway on one plain HTTP server: /graphql, /health. */
export async function startGateway(options: GatewayOptions, port: number, host = '127.0.0.1'): Promise<RunningGateway> {
  const { logger } = options;
  const overrides = options.subgraphUrls ?? {};
  const metrics = createMetrics();
  const onSubgraphRequest = (name: string) => {
    metrics.subgraphFetch(name);
    options.onSubgraphRequest?.(name);
  };
  const subgraphHttp = keepAliveFetcher();
  const inner = new ApolloGateway({
    supergraphSdl: supergraphForEnforcingGateway(options.supergraphSdl),
    buildService: ({ name, url }) => new AuthForwardingDataSource({ url: overrides[name] ?? url, fetcher: withDeadline(subgraphHttp.fetcher, name, options.subgraphTimeoutMs ?? 10_000) }, name, onSubgraphRequest),
  });
  const gateway = new AuthorizedGateway(inner, options.supergraphSdl, options.authorizationMode ?? 'partial', (context) => (context as GatewayContext).principal);
  const limits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const trusted = options.trustedDocuments ?? { mode: 'apq', documents: new Map() };
  const edgeRedis = options.rateLimits || trusted.mode === 'apq' ? new Redis(options.redisUrl, { lazyConnect: false }) : null;
  edgeRedis?.on('error', (err) => logger.warn({ err }, 'edge redis error (rate limits, persisted queries)'));
  const rateLimits = edgeRedis && options.rateLimits ? new RateLimits(edgeRedis, options.rateLimits) : null;
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection,
    // Without introspection, "Did you mean …?" would still spell the schema out field by field.
    hideSchemaDetailsFromClientErrors: !options.introspection,
    // A query over a limit is refused before it is planned: no subgraph hears of it.
    validationRules: queryLimitRules(limits),
    parseOptions: parseOptionsOf(limits),
    persistedQueries: persistedQueriesOf(trusted.mode, edgeRedis, trusted.documents),
    plugins: [
      // No HTTP caching of GraphQL answers (they are per user): no cache policy worked out per request.
      ApolloServerPluginCacheControlDisabled(),
      ...(trusted.mode === 'enforce' ? [trustedDocumentsPlugin<GatewayContext>(trusted.documents)] : []),
      queryCostPlugin<GatewayContext>(limits),
      ...(rateLimits ? [rateLimitPlugin<GatewayContext>(rateLimits, limits)] : []),
    ],
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Shutdown is ours (main.ts / start.ts close every server in order); Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, (err) => logger.error({ err }, 'unexpected gateway error')),
  });
  let apiSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });
  await server.start();
  const subgraphs = subgraphsOf(options.supergraphSdl, overrides);
  const identity = subgraphs.find((s) => s.name === 'identity');
  const apiKeys = identity && new ApiKeyCredentials({ identityUrl: identity.url, redisUrl: options.redisUrl, verifier: options.verifier, logger });

  // Signed documents, files and provider callbacks, passed on to the subgraph that checks them.
  const passThrough = subgraphPassThrough(subgraphs, logger, passThroughRoutes({ maxUploadBytes: options.maxUploadBytes ?? 10 * 1024 * 1024 }));
  const cors = options.cors?.origins.length ? corsHandler(options.cors) : null;
  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      const done = metrics.startRequest('/graphql');
      res.on('finish', () => done(res.statusCode));
      const deadline = Date.now() + (options.requestTimeoutMs ?? 30_000);
      const address = clientAddress(req, options.trustProxy ?? false);
      handleGraphQLHttp(server, req, res, async () => ({ ...(await gatewayContext(req.headers, options.verifier, apiKeys)), deadline, address })).catch((err) => {
        logger.error({ err }, 'gateway request failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      });
      return;
    }
    if (path === '/metrics' && req.method === 'GET') {
      metrics.registry
        .metrics()
        .then((text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType });
          res.end(text);
        })
        .catch((err) => {
          logger.error({ err }, 'metrics failed');
          sendJson(res, 500, { error: 'metrics unavailable' });
        });
      return;
    }
    if (path === '/health' && req.method === 'GET') {
      checkSubgraphs(subgraphs, options.healthTimeoutMs ?? 2000).then((report) => sendJson(res, report.status === 'ok' ? 200 : 503, report));
      return;
    }
    if (passThrough(path, req, res)) return;
    if (req.method === 'GET' && serveApiSchema(path, req, res, () => apiSchema)) return;
    if (req.method === 'GET' && servePage(path, res)) return;
    sendJson(res, 404, { error: 'not found' });
  };
  const httpServer = http.createServer((req, res) => {
    // Only a browser sends Origin; a preflight is answered (and ended) by the CORS handler.
    if (!cors || req.headers.origin === undefined) return route(req, res);
    cors(req, res).then(
      (answered) => answered || route(req, res),
      (err) => {
        logger.error({ err }, 'CORS handling failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      },
    );
  });
  const subscriptions = await startSubscriptionServer({
    httpServer,
    schema: () => apiSchema!,
    rules: gateway.rules,
    queryLimits: limits,
    connectionsPerUser: options.wsConnectionsPerUser,
    trustedDocuments: trusted.mode === 'enforce' ? trusted.documents : null,
    verifier: options.verifier,
    redisUrl: options.redisUrl,
    logger,
    concurrency: options.subscriptionConcurrency,
    // The re-read of a subscription takes the same path as any query: plans, subgraphs, field rules.
    read: async (query, variables, contextValue) => {
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') return { errors: [new GraphQLError('Unexpected incremental result')] };
      const { data, errors } = response.body.singleResult;
      // graphql-ws serialises errors with toJSON(): turn Apollo's formatted errors back into GraphQLErrors.
      return { data, errors: errors?.map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions })) };
    },
  });
  metrics.watch(subscriptions.hub);
  let closing: Promise<void> | null = null;
  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    port: actualPort,
    httpServer,
    subscriptions: subscriptions.hub,
    // Idempotent: a second signal during shutdown must not close the servers twice.
    close: () =>
      (closing ??= (async () => {
        await subscriptions.close();
        const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        await closed;
        await subgraphHttp.close();
        await apiKeys?.close();
        await server.stop();
        edgeRedis?.disconnect();
      })()),
  };
}
