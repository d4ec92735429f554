import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { BadUserInputError } from '../errors';

/**
 * Text no field of this API stores: a NUL character (PostgreSQL cannot hold one in text or jsonb)
 * or a lone UTF-16 surrogate (not a character at all, it cannot be written as UTF-8).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate, which is not a character';
  return null;
}

function walkValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem && `${path} ${problem}`;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walkValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return `A key of ${path} ${keyProblem}`;
      const found = walkValue(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The first piece of text in a request that no field can store, described for the client (which
 * variable or literal, and why), or null. Pure: looks at the variables and the document's string
 * literals, whatever their types, so it holds for every argument of every operation.
 */
export function unstorableInput(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = walkValue(value, `Variable $${name}`);
    if (found) return found;
  }
  return literalProblem(document);
}

/** Per parsed document (the server caches them): its string literals never change. */
const literalProblems = new WeakMap<DocumentNode, string | null>();

function literalProblem(document: DocumentNode): string | null {
  const known = literalProblems.get(document);
  if (known !== undefined) return known;
  let found: string | null = null;
  visit(document, {
    [Kind.STRING](node) {
      const problem = found ? null : textProblem(node.value);
      if (problem) found = `A string literal ${problem}`;
    },
  });
  literalProblems.set(document, found);
  return found;
}

/**
 * Refuses, before anything runs, a request carrying text no field can store (see unstorableInput):
 * one BAD_USER_INPUT naming the variable path, instead of the database's refusal deep inside a
 * transaction surfacing as an internal error.
 */
export function inputGuardPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const problem = unstorableInput(document, request.variables);
          // 200 like any answered request: the gateway reads a subgraph's non-2xx as its failure.
          if (problem) throw new BadUserInputError(`${problem}; nothing was changed`, { http: { status: 200 } });
        },
      };
    },
  };
}
