import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Principal } from '../auth/principal';
import { isServiceRole } from '../auth/roles';
import { QueryTooComplexError, type QueryLimitName } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';
import { PerDocument } from './per-document';

/** How large a query may be. Every refusal names the limit and what the query measured. */
export interface QueryLimits {
  /** Nesting of selections (fragments counted where they are spread). */
  depth: number;
  /** Aliased fields in one operation (the "alias overloading" attack asks one field hundreds of times). */
  aliases: number;
  /** Directives in one operation. */
  directives: number;
  /** Lexical tokens of the document: bounds the parse itself. */
  tokens: number;
  /** Estimated work: every field 1, times the size of the lists around it (`first`, else a default). */
  cost: number;
  /** Times one field may be asked again under the same name in one selection (the "field duplication" attack repeats one 500 times). */
  duplicates: number;
}


/**
 * The defaults fit every operation of the public contract, the saga's and the dashboard's with room
 * to spare (the deep page of 50 orders costs ~11,000) and refuse the 200-alias page of the attack.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { depth: 12, aliases: 30, directives: 10, tokens: 3000, cost: 25_000, duplicates: 10 };

/** Service principals (the orchestrator) read whole documents at once: their cost budget is larger. */
export const SERVICE_COST_FACTOR = 4;

/** A library rule's refusal ("… limit of N exceeded, found M."), turned into ours. */
function refusal(limit: QueryLimitName, max: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message);
    context?.reportError(new QueryTooComplexError(limit, max, found ? Number(found[1]) : null));
  };
}

/**
 * Depth, aliases and directives, as validation rules (graphql-armor's, reporting our coded error):
 * they run with graphql's own rules, once per distinct document (Apollo keeps validated documents).
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.depth, exposeLimits: true, propagateOnRejection: false, onReject: [refusal('depth', limits.depth)] }),
    // allowList: [] counts aliases of __typename too (the library lets them through by default; graphql-cop's probe uses them).
    maxAliasesRule({ n: limits.aliases, allowList: [], exposeLimits: true, propagateOnRejection: false, onReject: [refusal('aliases', limits.aliases)] }),
    maxDirectivesRule({ n: limits.directives, exposeLimits: true, propagateOnRejection: false, onReject: [refusal('directives', limits.directives)] }),
    duplicateFieldsRule(limits.duplicates),
  ];
}

/**
 * The same response key selected more than `max` times in one selection set (graphql-armor has no
 * rule for it; graphs merge such repeats, so they cost the server work and give the client nothing).
 */
function duplicateFieldsRule(max: number): ValidationRule {
  return (context) => ({
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const most = Math.max(0, ...counts.values());
      if (most > max) context.reportError(new QueryTooComplexError('duplicates', max, most));
    },
  });
}

/** Assumed length of a list the query cannot bound (an order's lines, a customer's invoices). */
export const ASSUMED_LIST_SIZE = 10;

/**
 * The list multiplier of a field: a connection's `first` (default page size, capped as the server
 * caps it), `_entities`' representations, another list's `first`/`limit`, else the assumed size; 1
 * for the edges/nodes inside a connection (the connection field already counted them) and for objects.
 * Introspection costs nothing.
 */
const listCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection reads the schema, whose size is ours (and it is off in production): no cost.
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const nullable = getNullableType(field.type);
  const named = getNamedType(field.type);
  const first = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : null;
  let size = 1;
  if (field.name === '_entities' && Array.isArray(args.representations)) size = args.representations.length;
  else if (named.name.endsWith('Connection') && !isListType(nullable)) size = Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  else if (isListType(nullable)) size = type.name.endsWith('Connection') ? 1 : Math.min(first ?? ASSUMED_LIST_SIZE, MAX_PAGE_SIZE);
  return 1 + size * childComplexity;
};

/**
 * Costs already worked out, per parsed document and per variables: a dashboard repeats one query with
 * one set of variables.
 */
const knownCosts = new PerDocument<number>(100, 2000);

/** The estimated cost of running `document` with `variables` (see QueryLimits.cost). */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return knownCosts.get(document, `${operationName ?? ''}|${JSON.stringify(variables)}`, () =>
    getComplexity({ schema, query: document, variables, operationName, estimators: [listCostEstimator] }),
  );
}

/** The cost budget of a principal: services get SERVICE_COST_FACTOR times the limit. */
export function costLimitOf(limits: QueryLimits, principal: Principal | null | undefined): number {
  return isServiceRole(principal?.role) ? limits.cost * SERVICE_COST_FACTOR : limits.cost;
}

/** Refuses an operation whose cost is over the caller's budget, or returns its cost. */
export function checkQueryCost(limits: QueryLimits, principal: Principal | null | undefined, schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string): number {
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch (e) {
    // Variables that do not fit the operation: execution refuses them (BAD_USER_INPUT) before any work.
    if (e instanceof GraphQLError) return 0;
    throw e;
  }
  const max = costLimitOf(limits, principal);
  if (cost > max) throw new QueryTooComplexError('cost', max, cost);
  return cost;
}

/**
 * The cost check of every operation once its document is known (it depends on the variables, so it
 * is not a validation rule): refused with one QUERY_TOO_COMPLEX error before anything executes.
 * `onCost` sees each admitted operation's cost (rate limits spend it).
 */
export function queryCostPlugin<C extends { principal: Principal | null }>(limits: QueryLimits, onCost?: (context: C, cost: number) => void): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, request, operationName, schema }) {
          const cost = checkQueryCost(limits, contextValue.principal, schema, document, request.variables, operationName ?? undefined);
          onCost?.(contextValue, cost);
        },
      };
    },
  };
}

/** Apollo Server's parse options for the token limit (the parse stops at the limit). */
export function parseOptionsOf(limits: QueryLimits): { maxTokens: number } {
  return { maxTokens: limits.tokens };
}
