import { createHash } from 'node:crypto';
import { GraphQLError, parse, print, type GraphQLSchema } from 'graphql';
import type { GatewayExecutor, GatewayInterface, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { ApolloGateway } from '@apollo/gateway';
import { PerDocument, rulesOfSdl, type AccessRule, type Principal } from '@prometric/core';
import { filterOperation, type FilteredOperation } from './filter-operation';
import { applyRefusals, removePlaceholders } from './apply-refusals';

/** An operation's filtered form, with the text and hash it is planned by. */
type Filtered = FilteredOperation & { source: string; queryHash: string };

/** What to do with an operation that asks for fields the caller may not read. */
export type AuthorizationMode = 'partial' | 'reject';

const SECURITY_LINK = /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes|policy)\/v[\d.]+"), for: SECURITY\)/g;

/**
 * @apollo/gateway refuses a supergraph whose authorization features are linked `for: SECURITY`
 * (only Apollo's Router implements them). This gateway enforces them itself, so it loads the SDL
 * with that purpose removed — in memory only, and only together with `AuthorizedGateway`.
 */
export function supergraphForEnforcingGateway(supergraphSdl: string): string {
  return supergraphSdl.replace(SECURITY_LINK, '$1)');
}

/**
 * Wraps the gateway's executor with field-level authorization from the supergraph's
 * `@authenticated`/`@requiresScopes`: refused fields are removed before planning, the smaller
 * operation runs through the normal query plan, and each refused field comes back as null with a
 * FORBIDDEN (or UNAUTHENTICATED) error at its path. An operation with nothing left to run makes no
 * subgraph call. In `reject` mode any refusal fails the whole operation instead.
 */
export class AuthorizedGateway implements GatewayInterface {
  readonly rules: Map<string, AccessRule>;
  /**
   * Filterings already worked out, per document, operation and permission set (at most 64 a
   * document): what is refused depends on nothing else, and a client repeats its operations with the
   * same token.
   */
  private readonly filterings = new PerDocument<Filtered | null>(64);

  constructor(
    private readonly inner: ApolloGateway,
    supergraphSdl: string,
    private readonly mode: AuthorizationMode,
    private readonly principalOf: (context: unknown) => Principal | null,
  ) {
    this.rules = rulesOfSdl(parse(supergraphSdl));
    if (this.rules.size === 0) throw new Error('The supergraph carries no authorization rules; refusing to serve it unenforced');
  }

  async load(options: Parameters<GatewayInterface['load']>[0]) {
    const loaded = await this.inner.load(options);
    return { ...loaded, executor: loaded.executor ? this.wrap(loaded.executor) : null };
  }

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]) {
    return this.inner.onSchemaLoadOrUpdate(callback);
  }

  stop() {
    return this.inner.stop();
  }

  /** Runs `filterOperation` + the inner executor; exposed for the subscription path as well. */
  wrap(executor: GatewayExecutor): GatewayExecutor {
    return async (requestContext: GatewayGraphQLRequestContext) => {
      const filtered = this.filtered(requestContext);
      if (!filtered) return executor(requestContext);
      if (this.mode === 'reject') {
        const code = filtered.refusals.every((r) => r.code === 'UNAUTHENTICATED') ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        return { errors: [new GraphQLError(code === 'FORBIDDEN' ? 'Not allowed' : 'Authentication required', { extensions: { code } })] };
      }
      let result: Awaited<ReturnType<GatewayExecutor>> = { data: {} };
      if (!filtered.empty) {
        result = await executor({ ...requestContext, document: filtered.document, operation: filtered.operation, source: filtered.source, queryHash: filtered.queryHash });
      }
      const applied = applyRefusals(result.data ? structuredClone(result.data) : result.data, filtered.refusals);
      if (filtered.placeholders) removePlaceholders(applied.data);
      return { ...result, data: applied.data, errors: [...(result.errors ?? []), ...applied.errors] };
    };
  }

  /** `filterOperation` of the request's operation for its principal, worked out once per document, operation and permissions. */
  private filtered(requestContext: GatewayGraphQLRequestContext): Filtered | null {
    const principal = this.principalOf(requestContext.context);
    const { document, operation } = requestContext;
    const key = `${operation.name?.value ?? ''}|${principal ? principal.permissions.join(',') : '-'}`;
    return this.filterings.get(document, key, () => {
      const filtered = filterOperation(requestContext.schema as GraphQLSchema, document, operation, this.rules, principal);
      if (!filtered) return null;
      const source = print(filtered.document);
      return { ...filtered, source, queryHash: createHash('sha256').update(source).digest('hex') };
    });
  }
}
