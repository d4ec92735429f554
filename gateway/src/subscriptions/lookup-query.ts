import {
  Kind,
  getOperationAST,
  print,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { SubscriptionField } from './subscriptions.config';

/** Prefix of the aliases of the version fields added to every re-read; removed before delivery. */
export const VERSION_KEY = '__subscriptionVersion';

/** The composite version of a re-read entity (the sum of its version fields), or null when one is missing. */
export function versionOf(entity: Record<string, unknown>, config: SubscriptionField): number | null {
  let sum = 0;
  for (let i = 0; i < config.versionFields.length; i++) {
    const v = entity[`${VERSION_KEY}${i}`];
    if (typeof v !== 'number') return null;
    sum += v;
  }
  return sum;
}

/** The entity as delivered: without the version fields. */
export function withoutVersions(entity: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entity).filter(([key]) => !key.startsWith(VERSION_KEY)));
}
/** Variable carrying the id of the entity an event is about. */
export const ENTITY_ID_VARIABLE = '__entityId';

export interface LookupQuery {
  config: SubscriptionField;
  /** The query that re-reads one entity with the subscriber's selection. */
  document: DocumentNode;
  /** Response key of the subscription field (its alias or name). */
  responseKey: string;
  /** Variables the query needs besides the entity id. */
  variables: Record<string, unknown>;
  /** Only events about this entity, when the subscription names one. */
  entityId: string | null;
  /** Same text for subscribers that would get the same answer: the sharing key. */
  normalized: string;
}

/**
 * Turns `subscription { orderUpdated(id: $id) { …selection } }` into
 * `query { orderUpdated: order(id: $__entityId) { …selection, __subscriptionVersion: version } }`:
 * the re-read runs through the normal federated query path (plans, every subgraph, authorization).
 */
export function lookupQuery(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, fields: SubscriptionField[]): LookupQuery | { error: string } {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'subscription') return { error: 'Not a subscription operation' };
  const roots = operation.selectionSet.selections;
  if (roots.length !== 1 || roots[0].kind !== Kind.FIELD) return { error: 'A subscription selects exactly one field' };
  const field = roots[0];
  const config = fields.find((f) => f.field === field.name.value);
  if (!config) return { error: `Subscription field ${field.name.value} is not served` };

  const idArgument = field.arguments?.find((a) => a.name.value === config.idArgument);
  const rawId = idArgument ? valueFromASTUntyped(idArgument.value, variables) : null;
  const entityId = rawId == null ? null : String(rawId);
  const responseKey = field.alias?.value ?? field.name.value;

  const lookupField: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: responseKey },
    name: { kind: Kind.NAME, value: config.lookup },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'id' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: ENTITY_ID_VARIABLE } } }],
    directives: field.directives,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        ...(field.selectionSet?.selections ?? []),
        ...config.versionFields.map((name, i): FieldNode => ({ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: `${VERSION_KEY}${i}` }, name: { kind: Kind.NAME, value: name } })),
      ],
    },
  };
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const used = new Set<string>();
  const collect = { Variable: (node: { name: { value: string } }) => void used.add(node.name.value) };
  visit(lookupField, collect);
  for (const f of fragments) visit(f, collect);
  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: operation.name,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter((v) => used.has(v.variable.name.value)),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: ENTITY_ID_VARIABLE } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
      },
    ],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [lookupField] },
  };
  const lookup: DocumentNode = { kind: Kind.DOCUMENT, definitions: [query, ...fragments] };
  const ownVariables = Object.fromEntries(
    Object.entries(variables)
      .filter(([name]) => used.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { config, document: lookup, responseKey, variables: ownVariables, entityId, normalized: `${print(lookup)}\n${JSON.stringify(ownVariables)}\n${entityId ?? '*'}` };
}
