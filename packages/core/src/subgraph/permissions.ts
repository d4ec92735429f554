import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { decide, type AccessRule } from '../auth/access-rules';

export * from '../auth/access-rules';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Wraps one field's resolver (or subscribe) in its rule: the resolver runs only for an allowed
 * principal, otherwise the field is answered with UNAUTHENTICATED or FORBIDDEN at its own path.
 */
function guarded(field: GraphQLFieldConfig<unknown, RequestContext>, access: AccessRule): GraphQLFieldConfig<unknown, RequestContext> {
  const check = (ctx: RequestContext) => {
    const decision = decide(access, ctx.principal);
    if (decision !== 'ALLOWED') throw decision === 'UNAUTHENTICATED' ? new UnauthenticatedError() : new ForbiddenError();
  };
  const resolve = field.resolve ?? defaultFieldResolver;
  const subscribe = field.subscribe;
  return {
    ...field,
    resolve(parent, args, ctx, info) {
      check(ctx);
      return resolve(parent, args, ctx, info);
    },
    ...(subscribe && {
      subscribe(parent, args, ctx, info) {
        check(ctx);
        return subscribe(parent, args, ctx, info);
      },
    }),
  };
}

const refused: GraphQLFieldResolver<unknown, RequestContext> = () => {
  throw new ForbiddenError();
};

/**
 * The subgraph's field rules, generated from the `@authenticated`/`@requiresScopes` rules its own
 * SDL carries and applied to the schema. Deny by default: a root field (Query/Mutation/Subscription)
 * without a rule is refused unless it was declared public. Object fields are reachable only through
 * root fields or `_entities` (which needs a principal), so they default to allow unless their SDL
 * restricts them. Only the fields with a rule are wrapped: the others keep their own resolver, so a
 * page of 20 objects does not pay a permission check on each of its hundred plain fields (it did
 * under graphql-shield, whose middleware wraps every field of the schema).
 */
export function enforceFieldRules(schema: GraphQLSchema, rules: Map<string, AccessRule>, publicFields: Set<string>): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const coordinate = `${typeName}.${fieldName}`;
      if (coordinate === 'Query._service' || typeName === '_Service') return field;
      const access = coordinate === 'Query._entities' ? ({ kind: 'authenticated' } as const) : rules.get(coordinate);
      if (access) return guarded(field, access);
      if (ROOTS.has(typeName) && !publicFields.has(coordinate)) return { ...field, resolve: refused, subscribe: field.subscribe && refused };
      return field;
    },
  });
}
