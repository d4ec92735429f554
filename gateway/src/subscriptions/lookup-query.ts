import {
  Kind,
  getOperationAST,
  print,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type VariableDefinitionNode,
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
/** Alias of the status field added to a list-level (membership) re-read; removed before delivery. */
export const STATUS_KEY = '__subscriptionStatus';

/** Variable carrying the value of key argument `argument` of the entity an event is about. */
export const keyVariable = (argument: string): string => `__key_${argument}`;

/** Whether a status is in a list-level subscription's filter (no statuses: every status is). */
export function inFilter(statuses: Set<string> | null, status: unknown): boolean {
  return typeof status === 'string' && (!statuses || statuses.has(status));
}

/** The response keys of a list-level subscription's selection (`{ change order { … } __typename }`). */
export interface ChangeShape {
  changeKeys: string[];
  entityKeys: string[];
  typenameKeys: string[];
}

export interface LookupQuery {
  config: SubscriptionField;
  /** The query that re-reads one entity with the subscriber's selection, printed once (every re-read sends it). */
  text: string;
  /** Response key of the subscription field (its alias or name). */
  responseKey: string;
  /** Variables the query needs besides the entity's key. */
  variables: Record<string, unknown>;
  /** Key arguments the subscription names (`orderUpdated(id:)`): only events about such entities. */
  narrowedTo: Record<string, string>;
  /** A list-level subscription's statuses (null: every status), and the shape of its answer. */
  membership: { statuses: Set<string> | null; shape: ChangeShape } | null;
  /** Same text for subscribers that would get the same answer: the sharing key. */
  normalized: string;
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

/** `{ change order { …selection } __typename }` split by response key; fragments are refused (one type, three fields). */
function changeShape(field: FieldNode, entityField: string): { shape: ChangeShape; entitySelections: readonly SelectionNode[] } | { error: string } {
  const shape: ChangeShape = { changeKeys: [], entityKeys: [], typenameKeys: [] };
  let entitySelections: readonly SelectionNode[] = [];
  for (const selection of field.selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) return { error: `${field.name.value} selects its fields directly (no fragments)` };
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === 'change') shape.changeKeys.push(key);
    else if (selection.name.value === '__typename') shape.typenameKeys.push(key);
    else if (selection.name.value === entityField) {
      if (shape.entityKeys.length > 0 && print(selection.selectionSet!) !== print({ kind: Kind.SELECTION_SET, selections: entitySelections })) {
        return { error: `${field.name.value} selects ${entityField} once` };
      }
      shape.entityKeys.push(key);
      entitySelections = selection.selectionSet?.selections ?? [];
    } else return { error: `${field.name.value} has no field ${selection.name.value}` };
  }
  return { shape, entitySelections };
}

/**
 * Turns `subscription { orderUpdated(id: $id) { …selection } }` into
 * `query { orderUpdated: order(id: $__key_id) { …selection, __subscriptionVersion0: version } }`:
 * the re-read runs through the normal federated query path (plans, every subgraph, authorization).
 * A list-level subscription (`ordersChanged(filter:) { change order { …selection } }`) re-reads the
 * entity with the `order` selection and its status.
 */
export function lookupQuery(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, fields: SubscriptionField[]): LookupQuery | { error: string } {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'subscription') return { error: 'Not a subscription operation' };
  const roots = operation.selectionSet.selections;
  if (roots.length !== 1 || roots[0].kind !== Kind.FIELD) return { error: 'A subscription selects exactly one field' };
  const field = roots[0];
  const config = fields.find((f) => f.field === field.name.value);
  if (!config) return { error: `Subscription field ${field.name.value} is not served` };

  const argument = (argumentName: string): unknown => {
    const node = field.arguments?.find((a) => a.name.value === argumentName);
    return node ? valueFromASTUntyped(node.value, variables) : null;
  };
  const narrowedTo: Record<string, string> = {};
  for (const keyArgument of Object.keys(config.key)) {
    const value = argument(keyArgument);
    if (value != null) narrowedTo[keyArgument] = String(value);
  }
  const responseKey = field.alias?.value ?? field.name.value;

  let selections: readonly SelectionNode[] = field.selectionSet?.selections ?? [];
  let membership: LookupQuery['membership'] = null;
  if (config.membership) {
    const split = changeShape(field, config.membership.entityField);
    if ('error' in split) return split;
    selections = [...split.entitySelections, { kind: Kind.FIELD, alias: name(STATUS_KEY), name: name(config.membership.statusField) }];
    const filter = argument(config.membership.filterArgument) as { status?: unknown } | null;
    const statuses = Array.isArray(filter?.status) ? new Set(filter.status.map(String)) : null;
    membership = { statuses, shape: split.shape };
  }

  const lookupField: FieldNode = {
    kind: Kind.FIELD,
    alias: name(responseKey),
    name: name(config.lookup),
    arguments: Object.keys(config.key).map((keyArgument) => ({
      kind: Kind.ARGUMENT,
      name: name(keyArgument),
      value: { kind: Kind.VARIABLE, name: name(keyVariable(keyArgument)) },
    })),
    directives: field.directives,
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        ...selections,
        ...config.versionFields.map((versionField, i): FieldNode => ({ kind: Kind.FIELD, alias: name(`${VERSION_KEY}${i}`), name: name(versionField) })),
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
      ...Object.keys(config.key).map((keyArgument): VariableDefinitionNode => ({
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: name(keyVariable(keyArgument)) },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('ID') } },
      })),
    ],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [lookupField] },
  };
  const lookup: DocumentNode = { kind: Kind.DOCUMENT, definitions: [query, ...fragments] };
  const ownVariables = Object.fromEntries(
    Object.entries(variables)
      .filter(([variable]) => used.has(variable))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const text = print(lookup);
  const sharing = { narrowedTo, statuses: membership?.statuses ? [...membership.statuses].sort() : null, shape: membership?.shape ?? null };
  return {
    config,
    text,
    responseKey,
    variables: ownVariables,
    narrowedTo,
    membership,
    normalized: `${text}\n${JSON.stringify(ownVariables)}\n${JSON.stringify(sharing)}`,
  };
}
