import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { decide, type AccessRule, type Principal } from '@prometric/core';

/** One field on the way from the operation root to a refused field. */
export interface PathStep {
  /** Response key (alias or name). */
  key: string;
  type: GraphQLOutputType;
}

/** A field the principal may not read, with where it would sit in the response. */
export interface Refusal {
  path: PathStep[];
  coordinate: string;
  code: 'FORBIDDEN' | 'UNAUTHENTICATED';
}

/** Alias of the `__typename` kept where refusals would leave a selection set empty; removed from the result. */
export const PLACEHOLDER_KEY = '__authz_placeholder';

export interface FilteredOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  refusals: Refusal[];
  /** No field of the operation is left to execute. */
  empty: boolean;
  placeholders: boolean;
}

const placeholder: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: PLACEHOLDER_KEY },
  name: { kind: Kind.NAME, value: '__typename' },
};

/**
 * Removes from an operation every field the principal may not read, as the schema's
 * `@authenticated`/`@requiresScopes` rules say, and records where each would have been. Fragment
 * spreads are inlined first so a refused field inside a fragment is refused at each place it is
 * used. Returns null when nothing is refused (the original document then runs untouched).
 */
export function filterOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rules: Map<string, AccessRule>,
  principal: Principal | null,
): FilteredOperation | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const refusals: Refusal[] = [];
  let placeholders = false;

  const filterSet = (set: SelectionSetNode, parent: GraphQLCompositeType, path: PathStep[]): SelectionSetNode => {
    const kept: SelectionNode[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const inline = { kind: Kind.INLINE_FRAGMENT, typeCondition: fragment.typeCondition, directives: selection.directives, selectionSet: fragment.selectionSet } as const;
        const type = schema.getType(fragment.typeCondition.name.value);
        kept.push({ ...inline, selectionSet: filterSet(fragment.selectionSet, isCompositeType(type) ? type : parent, path) });
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        kept.push({ ...selection, selectionSet: filterSet(selection.selectionSet, isCompositeType(type) ? type : parent, path) });
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) {
        kept.push(selection);
        continue;
      }
      const field = parent.getFields()[name];
      if (!field) {
        kept.push(selection);
        continue;
      }
      const step: PathStep = { key: selection.alias?.value ?? name, type: field.type };
      const coordinate = `${parent.name}.${name}`;
      const decision = decide(rules.get(coordinate), principal);
      if (decision !== 'ALLOWED') {
        refusals.push({ path: [...path, step], coordinate, code: decision });
        continue;
      }
      const named = getNamedType(field.type);
      kept.push(selection.selectionSet && isCompositeType(named) ? { ...selection, selectionSet: filterSet(selection.selectionSet, named, [...path, step]) } : selection);
    }
    if (!kept.some((s) => s.kind === Kind.FIELD || (s.kind === Kind.INLINE_FRAGMENT && s.selectionSet.selections.length > 0))) {
      placeholders = true;
      kept.push(placeholder);
    }
    return { ...set, selections: kept };
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return null;
  const selectionSet = filterSet(operation.selectionSet, root, []);
  if (refusals.length === 0) return null;
  const filtered: OperationDefinitionNode = { ...operation, selectionSet };
  return {
    document: { kind: Kind.DOCUMENT, definitions: [filtered] },
    operation: filtered,
    refusals,
    empty: selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.alias?.value === PLACEHOLDER_KEY),
    placeholders,
  };
}
