import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';
import { composeServices } from '@apollo/composition';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { REPO_ROOT } from './config';
import { committedSupergraph } from './compose';

/** The API schema clients see (the supergraph minus federation machinery), as printed SDL. */
export function currentApiSdl(): string {
  return require(join(REPO_ROOT, 'schema', 'api-schema.cjs')) as string;
}

/** The API schema as last released (`pnpm schema:release` renews it). */
export function releasedApiSdl(): string {
  return readFileSync(join(REPO_ROOT, 'schema', 'api.released.graphql'), 'utf8');
}

/** The API schema as committed at a git revision (`HEAD~1`, `origin/main`): what clients of that commit built against. */
export function apiSdlAt(revision: string): string {
  return execFileSync('git', ['show', `${revision}:schema/api.graphql`], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The API schema of a supergraph, printed as `schema/api-schema.cjs` prints the committed one
 * (federation-internals' `apiSchema()`: no join__/link machinery, no @inaccessible elements).
 */
export function apiSdlOf(supergraphSdl: string): string {
  // pnpm is strict: federation-internals and the graphql it was built against come through @apollo/gateway.
  const gatewayRequire = createRequire(require.resolve('@apollo/gateway', { paths: [join(REPO_ROOT, 'gateway')] }));
  const { Supergraph } = gatewayRequire('@apollo/federation-internals') as { Supergraph: { build(sdl: string): { apiSchema(): { toGraphQLJSSchema(): unknown } } } };
  const { printSchema } = gatewayRequire('graphql') as { printSchema(schema: unknown): string };
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

/** Composes subgraph SDLs (as schema/<name>.graphql holds them) into the API schema clients would see. */
export function composeApiSdl(subgraphs: { name: string; url?: string; sdl: string }[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url ?? `http://${s.name}/graphql`, typeDefs: parse(s.sdl) })));
  if (result.errors?.length) throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  return apiSdlOf(committedSupergraph(result.supergraphSdl!));
}

/** The changes from `before` to `after` that can break a client (graphql-inspector's BREAKING). */
export async function breakingChanges(before: string | GraphQLSchema, after: string | GraphQLSchema): Promise<Change[]> {
  const schema = (s: string | GraphQLSchema) => (typeof s === 'string' ? buildSchema(s) : s);
  return (await diff(schema(before), schema(after))).filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}

/** One bullet of a `### Breaking` list of schema/CHANGELOG.md, with its sub-bullets. */
export interface BreakingEntry {
  text: string;
  /** The coordinates it names, in backticks (`Order.invoices`, `Query.products.orderBy`). */
  coordinates: Set<string>;
  /** Whether it tells clients what to do (`Migration: …`). */
  hasMigrationNote: boolean;
}

/**
 * The breaking entries of one section of the changelog (`## Unreleased` by default: what changed
 * since the last release): the top-level bullets under its `### Breaking` heading.
 */
export function breakingEntries(changelog: string, section = 'Unreleased'): BreakingEntry[] {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${section}`);
  if (start < 0) return [];
  const entries: string[] = [];
  let inBreaking = false;
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    if (/^### /.test(line)) {
      inBreaking = /^### Breaking\b/i.test(line);
      continue;
    }
    if (!inBreaking) continue;
    if (/^- /.test(line)) entries.push(line);
    else if (entries.length && line.trim()) entries[entries.length - 1] += `\n${line}`;
  }
  return entries.map((text) => ({ text, coordinates: changelogCoordinates(text), hasMigrationNote: /\bMigration:/.test(text) }));
}

/** The coordinates a piece of the changelog names, in backticks. */
export function changelogCoordinates(text: string): Set<string> {
  return new Set([...text.matchAll(/`([A-Za-z_][\w.]*)`/g)].map((m) => m[1]));
}

/**
 * The breaking changes the changelog does not name: each must appear with its coordinate (its path,
 * or for a type-level change the type's name) in a `### Breaking` entry of the Unreleased section
 * that carries a migration note (`Migration: …`), so a client reading the changelog finds it and
 * knows what to change.
 */
export function unlistedChanges(changes: Change[], changelog: string): Change[] {
  const named = new Set(breakingEntries(changelog).filter((e) => e.hasMigrationNote).flatMap((e) => [...e.coordinates]));
  return changes.filter((c) => !(c.path && named.has(c.path)));
}

/** The changelog with `entry` (a markdown bullet) added to the Unreleased section's `### Breaking` list. */
export function withBreakingEntry(changelog: string, entry: string): string {
  const heading = /^## Unreleased\n+(### Breaking\n\n)?/m;
  return changelog.replace(heading, (found, breaking) => (breaking ? `${found}${entry}\n` : `${found}### Breaking\n\n${entry}\n\n`));
}

/** What the schema check found: every breaking change, and those the changelog does not name with a migration note. */
export interface SchemaCheck {
  breaking: Change[];
  unlisted: Change[];
}

/**
 * The schema check CI runs (test/schema-changes.spec.ts, `pnpm schema:check`): the breaking changes
 * from `before` (the released API schema, or another commit's) to `after`, and which of them
 * `changelog` fails to name in its Unreleased `### Breaking` list with a migration note.
 */
export async function schemaCheck(before: string, after: string, changelog: string): Promise<SchemaCheck> {
  const breaking = await breakingChanges(before, after);
  return { breaking, unlisted: unlistedChanges(breaking, changelog) };
}
