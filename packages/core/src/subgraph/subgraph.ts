import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLScalarType, Kind, isObjectType, parse, print, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, createResolversMap, type ContainerType, type NonEmptyArray } from 'type-graphql';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { createRequestContext, type RequestContext } from '../context';
import { formatError } from '../errors';
import { inputGuardPlugin } from '../graphql/input-guard';
import { DEFAULT_QUERY_LIMITS, parseOptionsOf, queryCostPlugin, queryLimitRules, type QueryLimits } from '../graphql/query-limits';
import { withoutPlainResolvers } from './plain-fields';
import { createSubgraphMetrics } from './metrics';
import { handleGraphQLHttp, sendJson } from '../graphql/http';
import { DecimalScalar, DateTimeScalar, JSONScalar } from '../graphql/scalars';
import { DateScalar } from '../graphql/date';
import type { TokenVerifier } from '../auth/jwt';
import { annotateWithRules, enforceFieldRules, rulesOfMap, rulesOfSdl, type PermissionMap } from './permissions';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@extends", "@inaccessible", "@tag", "@override", "@interfaceObject", "@authenticated", "@requiresScopes"])`;

/** `__resolveReference` per entity type name. */
export type ReferenceResolvers = Record<string, (reference: { id: string } & Record<string, unknown>, ctx: RequestContext) => unknown>;

export interface SubgraphSchemaOptions {
  // type-graphql's own signature for resolver classes.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  references?: ReferenceResolvers;
  permissions: PermissionMap;
  /** Supplies resolver instances (constructed with their services). */
  container?: ContainerType;
}

/** Prints the federation SDL of type-graphql resolvers (what `schema/<name>.graphql` holds). */
export async function buildSubgraphTypeDefs(options: SubgraphSchemaOptions): Promise<{ sdl: string; base: GraphQLSchema }> {
  const base = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: options.container,
    // Subgraphs declare subscriptions but never run them: the gateway does (over WebSocket).
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('Subscriptions are served by the gateway');
      },
    },
    skipCheck: true,
    validate: false,
    scalarsMap: [],
    emitSchemaFile: false,
  });
  const annotated = describeRoots(annotateWithRules(parse(printSchemaWithDirectives(base)), options.permissions));
  return { sdl: `${FEDERATION_LINK}\n\n${print(annotated)}`, base };
}

const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query: 'What a client can read: one object by id, or a page of a list.',
  Mutation: 'What a client can change: each mutation returns a payload with `errors` for expected refusals.',
  Subscription: 'Live updates, served by the gateway over graphql-ws (graphql-transport-ws).',
};

/** Describes the root operation types (type-graphql gives them no description of their own). */
function describeRoots(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    ObjectTypeDefinition: (node) =>
      ROOT_DESCRIPTIONS[node.name.value] && !node.description ? { ...node, description: { kind: Kind.STRING, value: ROOT_DESCRIPTIONS[node.name.value], block: false } } : undefined,
  });
}

/** Root fields that have neither a rule nor a public declaration: a subgraph with any refuses to start. */
export function unruledOperations(schema: GraphQLSchema, rules: Map<string, unknown>, publicFields: Set<string>): string[] {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root || !isObjectType(root)) continue;
    for (const name of Object.keys(root.getFields())) {
      const coordinate = `${root.name}.${name}`;
      if (name.startsWith('_')) continue;
      if (!rules.has(coordinate) && !publicFields.has(coordinate)) missing.push(coordinate);
    }
  }
  return missing;
}

/** type-graphql → Apollo subgraph schema → field rules (deny by default). */
export async function buildSubgraph(options: SubgraphSchemaOptions): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const { sdl, base } = await buildSubgraphTypeDefs(options);
  const resolvers = withoutPlainResolvers({ ...(createResolversMap(base) as GraphQLResolverMap<RequestContext>) });
  for (const [typeName, resolve] of Object.entries(options.references ?? {})) {
    const fields = resolvers[typeName];
    resolvers[typeName] = { ...(fields && !(fields instanceof GraphQLScalarType) ? fields : {}), __resolveReference: resolve };
  }
  // Scalars are resolved by their GraphQLScalarType instances, not by type-graphql's map.
  resolvers.Decimal = DecimalScalar;
  resolvers.DateTime = DateTimeScalar;
  resolvers.JSON = JSONScalar;
  if (base.getType('Date')) resolvers.Date = DateScalar;
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  // Enforce what the SDL shows, read back from it: the schema is the one source of truth.
  const rules = rulesOfSdl(parse(sdl));
  const publicFields = new Set([...rulesOfMap(options.permissions)].filter(([, r]) => r.kind === 'public').map(([c]) => c));
  const missing = unruledOperations(subgraph, rules, publicFields);
  if (missing.length) throw new Error(`Operations without a permission rule (deny by default; add them to permissions.ts): ${missing.join(', ')}`);
  return { schema: enforceFieldRules(subgraph, rules, publicFields), sdl };
}

/** The largest callback body a subgraph reads, in bytes. */
const CALLBACK_BODY_LIMIT = 64 * 1024;

/** A request's body, or null when it is larger than `limit` (the rest is drained, not kept). */
function readLimitedBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface SubgraphServerOptions extends SubgraphSchemaOptions {
  name: string;
  orm: MikroORM<PostgreSqlDriver>;
  verifier: TokenVerifier;
  logger: Logger;
  introspection: boolean;
  /** Extra GET routes (e.g. the JWKS document of identity). */
  routes?: Record<string, () => unknown>;
  /** Extra routes that answer a request themselves, any method (identity's API-key exchange). */
  handlers?: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>;
  /** Limits of a query sent straight to this subgraph (the gateway's own apply first). Default DEFAULT_QUERY_LIMITS. */
  queryLimits?: QueryLimits;
  /** Answers `GET /documents/…` (signed document downloads the gateway passes on). */
  documents?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  /** Answers `GET|PUT /files/…` (signed attachment uploads and downloads the gateway passes on; see `OwnerAttachments`). */
  files?: (req: http.IncomingMessage, res: http.ServerResponse, orm: MikroORM<PostgreSqlDriver>) => void;
  /**
   * Answers `POST /callbacks/…` (outside parties' notifications the gateway passes on, e.g. a payment
   * provider's signed callback) with the raw body, read here up to 64 KiB (413 beyond).
   */
  callbacks?: (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void;
}

export interface RunningSubgraph {
  name: string;
  orm: MikroORM<PostgreSqlDriver>;
  url: string;
  port: number;
  sdl: string;
  close(): Promise<void>;
}

/** Starts a subgraph on `port` (0 picks a free one): POST/GET /graphql, GET /health, GET /metrics. */
export async function startSubgraph(options: SubgraphServerOptions, port: number, host = '127.0.0.1'): Promise<RunningSubgraph> {
  const { schema, sdl } = await buildSubgraph(options);
  const logger = options.logger;
  const limits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const server = new ApolloServer<RequestContext>({
    schema,
    validationRules: queryLimitRules(limits),
    parseOptions: parseOptionsOf(limits),
    introspection: options.introspection,
    // Without introspection, "Did you mean …?" would still spell the schema out field by field.
    hideSchemaDetailsFromClientErrors: !options.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Shutdown is ours (main.ts / start.ts close every server in order); Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // Timing traces are for Apollo's hosted studio, which we do not use; they would reach clients.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are used; the default plugin would run a hook on every field of every response.
      ApolloServerPluginCacheControlDisabled(),
      inputGuardPlugin<RequestContext>(),
      queryCostPlugin<RequestContext>(limits),
      {
        // The request's transaction ends before its response leaves: what the client is told has committed.
        async requestDidStart() {
          return {
            // Opened only for an operation that passed every check and will run; read-only for a query.
            async executionDidStart({ contextValue, operation }) {
              await contextValue.begin(operation.operation === 'query' ? 'read' : 'write');
            },
            async willSendResponse({ contextValue, response }) {
              try {
                await contextValue.finish();
              } catch (err) {
                logger.error({ err }, 'request transaction failed to commit');
                if (response.body.kind === 'single') {
                  response.body.singleResult = { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
                }
              }
            },
          };
        },
      },
    ],
    formatError: (formatted, error) => formatError(formatted, error, (err) => logger.error({ err }, 'unexpected error')),
  });
  await server.start();
  const deps = { orm: options.orm, verifier: options.verifier, logger };
  const metrics = createSubgraphMetrics(options.name);
  const httpServer = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      metrics.track(res);
      let context: RequestContext | null = null;
      const createContext = async () => (context = await createRequestContext(req.headers, deps));
      handleGraphQLHttp(server, req, res, createContext)
        .catch((err) => {
          logger.error({ err }, 'request failed');
          if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        })
        // Normally a no-op (willSendResponse ended it); a request refused before execution must not
        // keep its transaction, and with it a pooled connection, open.
        .finally(() => (context as RequestContext | null)?.finish().catch((err) => logger.error({ err }, 'closing a request transaction failed')));
      return;
    }
    if (path === '/metrics' && req.method === 'GET') return metrics.serve(res);
    if (path === '/health' && req.method === 'GET') {
      options.orm
        .isConnected()
        .then((ok) => sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'database unavailable', subgraph: options.name }))
        .catch(() => sendJson(res, 503, { status: 'database unavailable', subgraph: options.name }));
      return;
    }
    const handler = options.handlers?.[path];
    if (handler) return handler(req, res);
    if (options.documents && path.startsWith('/documents/') && req.method === 'GET') return options.documents(req, res);
    if (options.files && path.startsWith('/files/') && (req.method === 'GET' || req.method === 'PUT')) return options.files(req, res, options.orm);
    if (options.callbacks && path.startsWith('/callbacks/') && req.method === 'POST') {
      const callbacks = options.callbacks;
      readLimitedBody(req, CALLBACK_BODY_LIMIT)
        .then((body) => (body === null ? sendJson(res, 413, { error: 'body too large' }) : callbacks(req, res, body)))
        .catch((err) => {
          logger.warn({ err }, 'reading a callback failed');
          if (!res.headersSent) sendJson(res, 400, { error: 'unreadable body' });
        });
      return;
    }
    const route = options.routes?.[path];
    if (route && req.method === 'GET') return sendJson(res, 200, route());
    sendJson(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    name: options.name,
    orm: options.orm,
    url: `http://${host}:${actualPort}/graphql`,
    port: actualPort,
    sdl,
    async close() {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      await server.stop();
    },
  };
}

/** A type-graphql container over pre-built resolver instances. */
export function instanceContainer(instances: object[]): ContainerType {
  const byClass = new Map<unknown, object>(instances.map((i) => [i.constructor, i]));
  return {
    get(cls) {
      const instance = byClass.get(cls);
      if (!instance) throw new Error(`No resolver instance registered for ${(cls as { name?: string }).name}`);
      return instance;
    },
  };
}
