import {
  Kind,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import type { Permission } from './roles';
import type { Principal } from './principal';

/**
 * Who may read a field. One declaration per field, in each subgraph's `permissions.ts`; it becomes
 * the field's `@authenticated` / `@requiresScopes` in the SDL, which the gateway and the subgraph's
 * shield both enforce.
 */
export type AccessRule = (
  | { kind: 'public' }
  | { kind: 'authenticated' }
  /** Satisfied by any one group; a group needs all its scopes (Apollo's `requiresScopes` semantics). */
  | { kind: 'scopes'; anyOf: Permission[][] }
) & {
  /**
   * What the resolver checks beyond the directive (the employee's own user, the manager, never one's
   * own request), said in the field's description: a client cannot see it anywhere else.
   */
  checkedInResolver?: string;
};

export const isPublic: AccessRule = { kind: 'public' };
export const isAuthenticated: AccessRule = { kind: 'authenticated' };

/** Requires every one of `scopes`. */
export function hasPermission(...scopes: Permission[]): AccessRule {
  return { kind: 'scopes', anyOf: [scopes] };
}

/** Requires all the scopes of at least one group. */
export function anyOf(...groups: Permission[][]): AccessRule {
  return { kind: 'scopes', anyOf: groups };
}

/**
 * A rule the resolver completes from the row it reads: `rule` is what the schema carries, `note`
 * (a sentence) says who else may, or who may not, as clients read it in the field's description.
 */
export function checkedInResolver(rule: AccessRule, note: string): AccessRule {
  return { ...rule, checkedInResolver: note };
}

const code = (scope: string) => `\`${scope}\``;

/** `a`, `b` or `c` (the last two joined by `word`). */
function listed(items: string[], word: 'and' | 'or'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/**
 * The sentence a field's description gets for its `@requiresScopes` (OR of AND groups):
 * "Requires scope `invoices:read`.", "Requires scopes `hr:write` and `hr:salary`.",
 * "Requires one of the scopes `a` or `b`.", "Requires scopes `a` and `b`, or scope `c`."
 */
export function scopeSentence(anyOf: readonly (readonly string[])[]): string {
  const groups = anyOf.filter((g) => g.length);
  if (groups.length === 1) return `Requires ${groups[0].length === 1 ? 'scope' : 'scopes'} ${listed(groups[0].map(code), 'and')}.`;
  if (groups.every((g) => g.length === 1)) return `Requires one of the scopes ${listed(groups.map((g) => code(g[0])), 'or')}.`;
  const alternatives = groups.map((g) => `${g.length === 1 ? 'scope' : 'scopes'} ${listed(g.map(code), 'and')}`);
  return `Requires ${alternatives.slice(0, -1).join(', ')}, or ${alternatives[alternatives.length - 1]}.`;
}

/** What a rule adds to its field's description: the scope sentence, then what the resolver checks. */
export function ruleDescription(rule: AccessRule): string {
  return [rule.kind === 'scopes' ? scopeSentence(rule.anyOf) : '', rule.checkedInResolver ?? ''].filter(Boolean).join(' ');
}

/** `description` with `addition` appended (once). */
function described(description: string | undefined, addition: string): string | undefined {
  if (!addition) return description;
  if (!description) return addition;
  if (description.includes(addition)) return description;
  return `${description.trimEnd()}${/[.!?)]$/.test(description.trimEnd()) ? '' : '.'} ${addition}`;
}

export type AccessDecision = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** Decides a rule for a principal (null: anonymous). */
export function decide(rule: AccessRule | undefined, principal: Principal | null): AccessDecision {
  if (!rule || rule.kind === 'public') return 'ALLOWED';
  if (!principal) return 'UNAUTHENTICATED';
  if (rule.kind === 'authenticated') return 'ALLOWED';
  return rule.anyOf.some((group) => group.every((scope) => principal.permissions.includes(scope))) ? 'ALLOWED' : 'FORBIDDEN';
}

export interface PermissionMap {
  Query?: Record<string, AccessRule>;
  Mutation?: Record<string, AccessRule>;
  Subscription?: Record<string, AccessRule>;
  /** Field rules of object types, for fields that need more than the operation that reached them. */
  types?: Record<string, Record<string, AccessRule>>;
}

/** Rules of a map by schema coordinate (`Type.field`). */
export function rulesOfMap(map: PermissionMap): Map<string, AccessRule> {
  const rules = new Map<string, AccessRule>();
  for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
    for (const [field, rule] of Object.entries(map[root] ?? {})) rules.set(`${root}.${field}`, rule);
  }
  for (const [type, fields] of Object.entries(map.types ?? {})) {
    for (const [field, rule] of Object.entries(fields)) rules.set(`${type}.${field}`, rule);
  }
  return rules;
}

function directiveOf(rule: AccessRule): ConstDirectiveNode | null {
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
  if (rule.kind === 'public') return null;
  if (rule.kind === 'authenticated') return { kind: Kind.DIRECTIVE, name: name('authenticated'), arguments: [] };
  return {
    kind: Kind.DIRECTIVE,
    name: name('requiresScopes'),
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: name('scopes'),
        value: {
          kind: Kind.LIST,
          values: rule.anyOf.map((group) => ({ kind: Kind.LIST, values: group.map((scope) => ({ kind: Kind.STRING, value: scope })) })),
        },
      },
    ],
  };
}

/**
 * Writes each rule of `map` onto its field in `doc` as `@authenticated` or `@requiresScopes`, and makes
 * that field nullable (`[Invoice!]!` becomes `[Invoice!]`): a refused field is answered with `null` and
 * a FORBIDDEN error at its own path, which GraphQL would otherwise bubble up to erase the parent (and
 * at a root field, every sibling). The rule that can refuse a field is what makes it nullable, so no
 * gated field can be declared non-null by accident. The field's description gets what the rule
 * requires (`scopeSentence`, then what the resolver checks), so clients see it in the printed API
 * schema and in introspection, which drop the directives.
 */
export function annotateWithRules(doc: DocumentNode, map: PermissionMap): DocumentNode {
  const rules = rulesOfMap(map);
  const seen = new Set<string>();
  const annotate = (node: ObjectTypeDefinitionNode | ObjectTypeExtensionNode) => ({
    ...node,
    fields: node.fields?.map((field): FieldDefinitionNode => {
      const coordinate = `${node.name.value}.${field.name.value}`;
      const rule = rules.get(coordinate);
      if (!rule) return field;
      seen.add(coordinate);
      const description = described(field.description?.value, ruleDescription(rule));
      const withDescription = description === undefined ? field : { ...field, description: { kind: Kind.STRING, value: description, block: false } as const };
      const directive = directiveOf(rule);
      if (!directive) return withDescription;
      const type = field.type.kind === Kind.NON_NULL_TYPE ? field.type.type : field.type;
      return { ...withDescription, type, directives: [...(field.directives ?? []), directive] };
    }),
  });
  const annotated = visit(doc, { ObjectTypeDefinition: annotate, ObjectTypeExtension: annotate });
  const unknown = [...rules.keys()].filter((c) => !seen.has(c));
  if (unknown.length) throw new Error(`Permission rules name fields the schema does not have: ${unknown.join(', ')}`);
  return annotated;
}

function ruleOfDirectives(directives: readonly ConstDirectiveNode[] | undefined): AccessRule | undefined {
  for (const d of directives ?? []) {
    if (d.name.value === 'authenticated') return isAuthenticated;
    if (d.name.value === 'requiresScopes') {
      const arg = d.arguments?.find((a) => a.name.value === 'scopes');
      if (arg?.value.kind !== Kind.LIST) continue;
      const anyOf = arg.value.values.map((group) =>
        group.kind === Kind.LIST ? group.values.map((s) => (s.kind === Kind.STRING ? (s.value as Permission) : ('' as Permission))) : [],
      );
      return { kind: 'scopes', anyOf };
    }
  }
  return undefined;
}

/**
 * Reads the rules back from an SDL (a subgraph's or the composed supergraph's): the field's own
 * directive, else its type's. The gateway and the subgraphs enforce exactly what the schema shows.
 */
export function rulesOfSdl(doc: DocumentNode): Map<string, AccessRule> {
  const rules = new Map<string, AccessRule>();
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const typeRule = ruleOfDirectives(def.directives);
    for (const field of def.fields ?? []) {
      const rule = ruleOfDirectives(field.directives) ?? typeRule;
      if (rule) rules.set(`${def.name.value}.${field.name.value}`, rule);
    }
  }
  return rules;
}
