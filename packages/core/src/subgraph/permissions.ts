import { allow, deny, rule, shield, type IRules } from 'graphql-shield';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { decide, type AccessRule } from '../auth/access-rules';

export * from '../auth/access-rules';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
const FEDERATION_FIELDS = new Set(['_service', '_entities']);

function shieldRule(coordinate: string, access: AccessRule) {
  return rule(`rule:${coordinate}`, { cache: 'no_cache' })((_parent, _args, ctx: RequestContext) => {
    const decision = decide(access, ctx.principal);
    if (decision === 'ALLOWED') return true;
    return decision === 'UNAUTHENTICATED' ? new UnauthenticatedError() : new ForbiddenError();
  });
}

/**
 * The subgraph's shield, generated from the `@authenticated`/`@requiresScopes` rules its own SDL
 * carries. Deny by default: a root field (Query/Mutation) without a rule is refused unless it was
 * declared public. Object fields are reachable only through root fields or `_entities` (which needs
 * a principal), so they default to allow unless their SDL restricts them.
 */
export function buildShield(schema: GraphQLSchema, rules: Map<string, AccessRule>, publicFields: Set<string>) {
  const tree: Record<string, Record<string, unknown>> = {
    Query: { _service: allow, _entities: shieldRule('Query._entities', { kind: 'authenticated' }) },
    _Service: { '*': allow },
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === '_Service') continue;
    const fields: Record<string, unknown> = tree[type.name] ?? (ROOTS.has(type.name) ? {} : { '*': allow });
    for (const name of Object.keys(type.getFields())) {
      const coordinate = `${type.name}.${name}`;
      if (FEDERATION_FIELDS.has(name) && type.name === 'Query') continue;
      const access = rules.get(coordinate);
      if (access) fields[name] = shieldRule(coordinate, access);
      else if (publicFields.has(coordinate)) fields[name] = allow;
    }
    tree[type.name] = fields;
  }
  return shield(tree as IRules, {
    fallbackRule: deny,
    fallbackError: () => new ForbiddenError(),
    allowExternalErrors: true,
  });
}
