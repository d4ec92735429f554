import { allow, and, deny, rule, shield, type IRules } from 'graphql-shield';

/** Any graphql-shield rule (plain or logic). */
export type IRule = Parameters<typeof and>[0];
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import type { Permission } from '../auth/roles';
import { ForbiddenError, UnauthenticatedError } from '../errors';

/** Any verified principal. */
export const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, ctx: RequestContext) =>
  ctx.principal ? true : new UnauthenticatedError(),
);

const permissionRules = new Map<Permission, IRule>();

/** The principal's role grants `permission`. One rule instance per permission (shield requires unique names). */
export function hasPermission(permission: Permission): IRule {
  let r = permissionRules.get(permission);
  if (!r) {
    r = rule(`has:${permission}`, { cache: 'contextual' })((_parent, _args, ctx: RequestContext) => {
      if (!ctx.principal) return new UnauthenticatedError();
      return ctx.principal.permissions.includes(permission) ? true : new ForbiddenError();
    });
    permissionRules.set(permission, r);
  }
  return r;
}

/** Public: only signUp, login and refreshToken may use it. */
export const isPublic = allow;

export interface PermissionMap {
  Query?: Record<string, IRule>;
  Mutation?: Record<string, IRule>;
  /** Field rules of object types; fields not listed fall back to the type's `*` or to allow. */
  types?: Record<string, Record<string, IRule>>;
}

const FEDERATION_TYPES = new Set(['_Service']);

/**
 * Builds the shield of a subgraph. Deny by default: a Query or Mutation field without a rule is
 * refused. Object fields are reachable only through those operations (or `_entities`, which
 * requires a principal), so their fields default to allow unless the map restricts them.
 */
export function buildShield(schema: GraphQLSchema, map: PermissionMap) {
  const tree: IRules = {
    Query: { _service: allow, _entities: isAuthenticated, ...(map.Query ?? {}) },
    Mutation: { ...(map.Mutation ?? {}) },
    _Service: { '*': allow },
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || FEDERATION_TYPES.has(type.name)) continue;
    if (['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
    (tree as Record<string, unknown>)[type.name] = { '*': allow, ...(map.types?.[type.name] ?? {}) };
  }
  return shield(tree, {
    fallbackRule: deny,
    fallbackError: () => new ForbiddenError(),
    allowExternalErrors: true,
  });
}
