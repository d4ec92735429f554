import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { REPO_ROOT } from './config';

/** The API schema clients see (the supergraph minus federation machinery), as printed SDL. */
export function currentApiSdl(): string {
  return require(join(REPO_ROOT, 'schema', 'api-schema.cjs')) as string;
}

/** The API schema as last released (`pnpm schema:release` renews it). */
export function releasedApiSdl(): string {
  return readFileSync(join(REPO_ROOT, 'schema', 'api.released.graphql'), 'utf8');
}

/** The changes from `before` to `after` that can break a client (graphql-inspector's BREAKING). */
export async function breakingChanges(before: string | GraphQLSchema, after: string | GraphQLSchema): Promise<Change[]> {
  const schema = (s: string | GraphQLSchema) => (typeof s === 'string' ? buildSchema(s) : s);
  return (await diff(schema(before), schema(after))).filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}

/** The coordinates schema/CHANGELOG.md names, in backticks (`Order.invoices`, `Query.products.orderBy`). */
export function changelogCoordinates(changelog: string): Set<string> {
  return new Set([...changelog.matchAll(/`([A-Za-z_][\w.]*)`/g)].map((m) => m[1]));
}

/**
 * The breaking changes the changelog does not name: each must appear with its coordinate (its path,
 * or for a type-level change the type's name), so a client reading the changelog finds it.
 */
export function unlistedChanges(changes: Change[], changelog: string): Change[] {
  const named = changelogCoordinates(changelog);
  return changes.filter((c) => !(c.path && named.has(c.path)));
}
