import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Redis } from 'ioredis';
import { CodedError } from '@prometric/core';
import { redisReady } from './redis-limiter';

/**
 * `off`: only full documents; `apq` (default): automatic persisted queries, a client may send the
 * sha256 alone once the gateway has seen the text (kept in Redis for every replica); `enforce`
 * (production): only the registered documents run (`pnpm trust`), by hash or by their exact text.
 */
export type TrustedDocumentsMode = 'off' | 'apq' | 'enforce';

/** The registered documents: sha256 (hex) of the exact text a client sends → that text. */
export type TrustedDocuments = Map<string, string>;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** APQ's store (@apollo/utils.keyvaluecache's KeyValueCache, as Apollo Server takes it). */
type DocumentStore = NonNullable<Exclude<ApolloServerOptions<object>['persistedQueries'], false | undefined>['cache']>;

/** A document the gateway does not run in enforce mode. */
export class DocumentNotTrustedError extends CodedError {
  // Clients of persisted queries know this code: send the text of a registered document instead.
  readonly code = 'PERSISTED_QUERY_NOT_FOUND';

  constructor() {
    super('Only registered documents run on this gateway (TRUSTED_DOCUMENTS=enforce); register it with `pnpm trust`', {
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
    });
  }

  override get publicExtensions(): Record<string, unknown> {
    return { reason: 'DOCUMENT_NOT_TRUSTED' };
  }
}

/** Each operation of a file as its own document (the operation and the fragments it spreads), printed as clients send it. */
export function operationDocuments(source: string): string[] {
  const definitions = parse(source).definitions;
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Map<string, DefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(fragment.name.value)) {
              used.set(fragment.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(operation);
      return print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] });
    });
}

/** The manifest `pnpm trust` writes (schema/trusted-documents.json). */
export function readTrustedDocuments(path: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { documents: Record<string, string> };
  return new Map(Object.entries(manifest.documents));
}

/**
 * APQ's store on Redis: shared by every replica, each document kept `ttl` seconds after its last
 * registration. While Redis is away nothing is known (clients send the text) and nothing kept.
 */
class RedisDocumentStore implements DocumentStore {
  constructor(private readonly redis: Redis) {}

  /**
   * A command sent while the connection was ready may still fail as it drops ("Connection is
   * closed"): that is Redis being away too, not the request's fault.
   */
  private async whileReachable<T>(command: () => Promise<T>, away: T): Promise<T> {
    if (!redisReady(this.redis)) return away;
    try {
      return await command();
    } catch {
      return away;
    }
  }

  async get(key: string): Promise<string | undefined> {
    return this.whileReachable(async () => (await this.redis.get(`prometric:${key}`)) ?? undefined, undefined);
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    await this.whileReachable(() => (options?.ttl ? this.redis.set(`prometric:${key}`, value, 'EX', options.ttl) : this.redis.set(`prometric:${key}`, value)), null);
  }

  async delete(key: string): Promise<void> {
    await this.whileReachable(() => this.redis.del(`prometric:${key}`), 0);
  }
}

/** The registered documents as APQ's store: read-only (nothing a client sends is added). */
class ManifestStore implements DocumentStore {
  constructor(private readonly documents: TrustedDocuments) {}

  async get(key: string): Promise<string | undefined> {
    return this.documents.get(key.replace(/^apq:/, ''));
  }

  async set(): Promise<void> {}

  async delete(): Promise<void> {}
}

/** Apollo Server's `persistedQueries` for a mode. */
export function persistedQueriesOf(mode: TrustedDocumentsMode, redis: Redis | null, documents: TrustedDocuments): ApolloServerOptions<object>['persistedQueries'] {
  if (mode === 'off') return false;
  if (mode === 'enforce') return { cache: new ManifestStore(documents) };
  if (!redis) throw new Error('TRUSTED_DOCUMENTS=apq needs Redis');
  return { cache: new RedisDocumentStore(redis), ttl: 7 * 24 * 3600 };
}

/**
 * Enforce mode: a document whose hash is not registered is refused before it runs (queryHash is
 * Apollo's sha256 of the text). The gateway's own re-reads of subscriptions (in process, no HTTP
 * request; derived from a registered subscription) run.
 */
export function trustedDocumentsPlugin<C extends object>(documents: TrustedDocuments): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash, request }) {
          if (request.http !== undefined && !documents.has(queryHash)) throw new DocumentNotTrustedError();
        },
      };
    },
  };
}
