import { createHash, randomUUID } from 'node:crypto';
import type http from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { Redis } from 'ioredis';
import { decodeJwt } from 'jose';
import type { Logger } from 'pino';
import {
  EVENTS_CHANNEL,
  InvalidTokenError,
  MAX_BODY_BYTES,
  bearerToken,
  checkQueryCost,
  decide,
  formatError,
  parseOptionsOf,
  queryLimitRules,
  type AccessRule,
  type DomainEvent,
  type Principal,
  type QueryLimits,
  type TokenVerifier,
} from '@prometric/core';
import { SubscriptionHub, type ReadEntity } from './subscription-hub';
import { lookupQuery } from './lookup-query';
import { SUBSCRIPTION_FIELDS } from './subscriptions.config';

/** What a WebSocket connection carries once its `connection_init` was accepted. */
type ConnectionState = {
  principal?: Principal;
  /** This connection's lease in its user's set (see ConnectionLeases). */
  lease?: string;
  authorization?: string;
  expiresAt?: number;
  expiryTimer?: NodeJS.Timeout;
};

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: () => GraphQLSchema;
  rules: Map<string, AccessRule>;
  /** The same limits as a query over HTTP. */
  queryLimits: QueryLimits;
  /** Open connections one user may hold across every gateway (default 50). */
  connectionsPerUser?: number;
  /** In enforce mode, the only documents that may subscribe (by sha256 of their text). */
  trustedDocuments?: Map<string, string> | null;
  verifier: TokenVerifier;
  read: ReadEntity;
  redisUrl: string;
  logger: Logger;
  concurrency?: number;
}

const CLOSE_FORBIDDEN = 4403;
const PREPARED_CACHE_SIZE = 500;

const preparedCache = new WeakMap<GraphQLSchema, Map<string, DocumentNode | readonly GraphQLError[]>>();

/**
 * Parses and validates a subscription against the API schema and the query limits (as over HTTP),
 * remembering the outcome by query text. A refusal is a coded error (QUERY_TOO_COMPLEX with its limit).
 */
function prepare(schema: GraphQLSchema, query: string, limits: QueryLimits): DocumentNode | readonly GraphQLError[] {
  let cache = preparedCache.get(schema);
  if (!cache) {
    cache = new Map();
    preparedCache.set(schema, cache);
  }
  let prepared = cache.get(query);
  if (!prepared) {
    try {
      const document = parse(query, parseOptionsOf(limits));
      const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules(limits)]);
      prepared = errors.length ? errors.map((error) => asClientError(error)) : document;
    } catch (e) {
      prepared = [e instanceof GraphQLError ? asClientError(e, 'GRAPHQL_PARSE_FAILED') : new GraphQLError('Invalid query')];
    }
    if (cache.size >= PREPARED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(query, prepared);
  }
  return prepared;
}

/**
 * Open WebSocket connections per user, counted on Redis for every gateway process and replica: each
 * connection holds a lease (a sorted-set member scored by its expiry) renewed while it is open and
 * dropped when it closes; a gateway that dies leaves leases that lapse within LEASE_MS.
 */
class ConnectionLeases {
  private static readonly LEASE_MS = 60_000;
  private readonly open = new Map<string, string>();
  private readonly renewal: NodeJS.Timeout;

  constructor(private readonly redis: Redis, private readonly max: number) {
    this.renewal = setInterval(() => void this.renew(), ConnectionLeases.LEASE_MS / 3).unref();
  }

  private key = (userId: string) => `prometric:ws:${userId}`;

  /** Takes a lease for `userId`, or null when the user holds `max` already. */
  async acquire(userId: string): Promise<string | null> {
    const key = this.key(userId);
    const now = Date.now();
    const lease = randomUUID();
    const [, [, held]] = (await this.redis.multi().zremrangebyscore(key, '-inf', now).zcard(key).exec()) as [unknown, [unknown, number]];
    if (held >= this.max) return null;
    await this.redis.multi().zadd(key, now + ConnectionLeases.LEASE_MS, lease).pexpire(key, ConnectionLeases.LEASE_MS).exec();
    this.open.set(lease, userId);
    return lease;
  }

  async release(lease: string): Promise<void> {
    const userId = this.open.get(lease);
    if (!userId) return;
    this.open.delete(lease);
    await this.redis.zrem(this.key(userId), lease);
  }

  private async renew(): Promise<void> {
    const until = Date.now() + ConnectionLeases.LEASE_MS;
    const batch = this.redis.multi();
    for (const [lease, userId] of this.open) batch.zadd(this.key(userId), until, lease).pexpire(this.key(userId), ConnectionLeases.LEASE_MS);
    if (this.open.size) await batch.exec().catch(() => undefined);
  }

  close(): void {
    clearInterval(this.renewal);
    this.redis.disconnect();
  }
}

/** What a client is told of a refused subscription: the same shape as over HTTP (formatError). */
function asClientError(error: GraphQLError, fallbackCode = 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  const formatted = formatError({ message: error.message, extensions: { code: error.extensions?.code ?? fallbackCode } }, error);
  return new GraphQLError(formatted.message, { extensions: formatted.extensions });
}

/**
 * GraphQL subscriptions over graphql-ws (`graphql-transport-ws`) on the gateway's own port and path.
 * The token comes in `connection_init`; events come from the outbox relays over Redis pub/sub, so a
 * mutation through any gateway replica reaches subscribers connected to every other.
 */
export async function startSubscriptionServer(options: SubscriptionServerOptions) {
  const { logger } = options;
  const hub = new SubscriptionHub(options.read, logger, options.concurrency);
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: MAX_BODY_BYTES });

  const subscriber = new Redis(options.redisUrl, { lazyConnect: true });
  subscriber.on('message', (_channel, message) => {
    try {
      hub.onEvent(JSON.parse(message) as DomainEvent);
    } catch (err) {
      logger.warn({ err }, 'unreadable event on the events channel');
    }
  });
  subscriber.on('error', (err) => logger.warn({ err }, 'events subscriber error'));
  await subscriber.connect();
  await subscriber.subscribe(EVENTS_CHANNEL);
  const leaseRedis = new Redis(options.redisUrl, { lazyConnect: false });
  leaseRedis.on('error', (err) => logger.warn({ err }, 'connection leases redis error'));
  const leases = new ConnectionLeases(leaseRedis, options.connectionsPerUser ?? 50);

  const server = useServer<Record<string, unknown>, ConnectionState>(
    {
      schema: () => options.schema(),
      connectionInitWaitTimeout: 3000,
      async onConnect(ctx) {
        const token = bearerToken(ctx.connectionParams?.authorization as string | undefined);
        if (!token) return false;
        try {
          ctx.extra.principal = await options.verifier.verify(token);
        } catch (e) {
          if (e instanceof InvalidTokenError) return false;
          throw e;
        }
        const lease = await leases.acquire(ctx.extra.principal.userId);
        // graphql-ws closes a refused connection with 4403 Forbidden.
        if (!lease) return false;
        ctx.extra.lease = lease;
        ctx.extra.authorization = `Bearer ${token}`;
        ctx.extra.expiresAt = (decodeJwt(token).exp ?? 0) * 1000;
        // The token's end is the connection's end: the client reconnects with a fresh one.
        ctx.extra.expiryTimer = setTimeout(() => ctx.extra.socket.close(CLOSE_FORBIDDEN, 'Token expired'), Math.max(0, ctx.extra.expiresAt - Date.now()));
        return true;
      },
      onClose(ctx) {
        clearTimeout(ctx.extra.expiryTimer);
        if (ctx.extra.lease) void leases.release(ctx.extra.lease).catch((err) => logger.warn({ err }, 'connection lease not released'));
      },
      // Refusals are `error` messages (the operation never starts), not a result with errors.
      onSubscribe(ctx, _id, payload) {
        const schema = options.schema();
        if (options.trustedDocuments && !options.trustedDocuments.has(createHash('sha256').update(payload.query).digest('hex'))) {
          return [new GraphQLError('Only registered documents run on this gateway', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', reason: 'DOCUMENT_NOT_TRUSTED' } })];
        }
        const prepared = prepare(schema, payload.query, options.queryLimits);
        if (!('kind' in prepared)) return prepared;
        try {
          checkQueryCost(options.queryLimits, ctx.extra.principal, schema, prepared, payload.variables ?? {}, payload.operationName ?? undefined);
        } catch (e) {
          if (e instanceof GraphQLError) return [asClientError(e)];
          throw e;
        }
        const lookup = lookupQuery(prepared, payload.operationName, payload.variables ?? {}, SUBSCRIPTION_FIELDS);
        if ('error' in lookup) return [new GraphQLError(lookup.error, { extensions: { code: 'BAD_USER_INPUT' } })];
        const decision = decide(options.rules.get(`Subscription.${lookup.config.field}`), ctx.extra.principal ?? null);
        if (decision !== 'ALLOWED') return [new GraphQLError(decision === 'FORBIDDEN' ? 'Not allowed' : 'Authentication required', { path: [lookup.responseKey], extensions: { code: decision } })];
        // Parsed and validated once per distinct query text (dashboards send the same one thousands of times).
        return { schema, document: prepared, operationName: payload.operationName, variableValues: payload.variables, contextValue: ctx.extra };
      },
      subscribe(args): ExecutionResult | AsyncGenerator<ExecutionResult> {
        const state = args.contextValue as ConnectionState;
        const lookup = lookupQuery(args.document, args.operationName, args.variableValues ?? {}, SUBSCRIPTION_FIELDS);
        if ('error' in lookup) return { errors: [new GraphQLError(lookup.error, { extensions: { code: 'BAD_USER_INPUT' } })] };
        return hub.subscribe(lookup, state.principal!, state.authorization!, state.expiresAt!);
      },
      context: (ctx) => ctx.extra,
    },
    wss,
    15_000,
  );

  return {
    hub,
    async close() {
      // graphql-ws's dispose closes the WebSocket server itself (and tells clients 1001 Going away).
      await server.dispose();
      for (const client of wss.clients) client.terminate();
      subscriber.disconnect();
      leases.close();
    },
  };
}
