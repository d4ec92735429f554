import { Kind, valueFromAST, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { BadUserInputError } from '@prometric/core';

/** The root fields of a selection set, through inline fragments and fragment spreads (each fragment once). */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/**
 * The `login` of a mutation, wherever it sits (under an alias, in a fragment): whose email it tries
 * and under which response key its answer comes. More than one login in a request is refused, so
 * that every guess is counted on its own. An email the input does not give (it will fail its own
 * validation) is counted under "".
 */
export function loginAttempt(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): { email: string; responseKey: string } | null {
  if (operation.operation !== 'mutation') return null;
  const field = schema.getMutationType()?.getFields().login;
  if (!field) return null;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const logins = rootFields(operation.selectionSet, fragments).filter((f) => f.name.value === 'login');
  if (!logins.length) return null;
  if (logins.length > 1) throw new BadUserInputError('One login per request');
  const [login] = logins;
  const argument = login.arguments?.find((a) => a.name.value === 'input');
  const inputType = field.args.find((a) => a.name === 'input')?.type;
  const input = argument && inputType ? (valueFromAST(argument.value, inputType, variables) as { email?: unknown } | undefined) : undefined;
  return { email: typeof input?.email === 'string' ? input.email.trim().toLowerCase() : '', responseKey: login.alias?.value ?? 'login' };
}

/**
 * How a login went, from its answer whatever the client selected: any token, user or workspace is
 * only given on success; an answer without them is a failed guess; no answer (refused before it ran)
 * is no guess at all.
 */
export function loginOutcome(answer: unknown): 'succeeded' | 'failed' | 'unanswered' {
  if (answer === null || typeof answer !== 'object') return 'unanswered';
  const { accessToken, refreshToken, user, workspace } = answer as Record<string, unknown>;
  return accessToken || refreshToken || user || workspace ? 'succeeded' : 'failed';
}
