import { GraphQLError, isListType, isNonNullType, type GraphQLOutputType } from 'graphql';
import { PLACEHOLDER_KEY, type PathStep, type Refusal } from './filter-operation';

type Data = Record<string, unknown>;
type Path = (string | number)[];

const MESSAGES = { FORBIDDEN: 'Not allowed', UNAUTHENTICATED: 'Authentication required' } as const;

/** A refusal error. No stack: it is expected data, and capturing one per list item is most of the cost. */
function refusalError(code: Refusal['code'], path: Path): GraphQLError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(MESSAGES[code], { path, extensions: { code } });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Writes `null` and one FORBIDDEN/UNAUTHENTICATED error at every place a refused field would have
 * been in the response, bubbling null to the nearest nullable parent as GraphQL itself would for a
 * non-null field. Returns the (possibly nulled) data and the errors to add.
 */
export function applyRefusals(data: Data | null | undefined, refusals: Refusal[]): { data: Data | null; errors: GraphQLError[] } {
  const errors: GraphQLError[] = [];
  if (!data) return { data: data ?? null, errors };

  const atObject = (obj: Data, steps: PathStep[], i: number, path: Path, refusal: Refusal): boolean => {
    const step = steps[i];
    const here = [...path, step.key];
    if (i === steps.length - 1) {
      obj[step.key] = null;
      errors.push(refusalError(refusal.code, here));
      return isNonNullType(step.type);
    }
    if (atValue(obj[step.key], step.type, steps, i, here, refusal)) {
      obj[step.key] = null;
      return isNonNullType(step.type);
    }
    return false;
  };

  // True when `value` itself must become null.
  const atValue = (value: unknown, type: GraphQLOutputType, steps: PathStep[], i: number, path: Path, refusal: Refusal): boolean => {
    if (value == null) return false;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      const items = value as unknown[];
      for (let index = 0; index < items.length; index++) {
        if (atValue(items[index], inner.ofType, steps, i, [...path, index], refusal)) {
          if (isNonNullType(inner.ofType)) return true;
          items[index] = null;
        }
      }
      return false;
    }
    return atObject(value as Data, steps, i + 1, path, refusal);
  };

  let result: Data | null = data;
  for (const refusal of refusals) {
    if (result) {
      if (atObject(result, refusal.path, 0, [], refusal)) result = null;
    } else if (refusal.path.length === 1) {
      // Data already nulled by an earlier root field; each refused root field still reports its error.
      errors.push(refusalError(refusal.code, [refusal.path[0].key]));
    }
  }
  return { data: result, errors };
}

/** Removes the placeholder `__typename`s that kept emptied selection sets valid. */
export function removePlaceholders(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) removePlaceholders(item);
  } else if (value && typeof value === 'object') {
    const obj = value as Data;
    delete obj[PLACEHOLDER_KEY];
    for (const child of Object.values(obj)) removePlaceholders(child);
  }
}
