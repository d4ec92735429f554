import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, apiSdlAt, apiSdlOf, composeSupergraph, releasedApiSdl, schemaCheck } from '@prometric/testing';

/**
 * `pnpm schema:check [--against <git revision>]`: composes the subgraphs as the code defines them
 * now and compares the API schema clients would get with the released one (schema/api.released.graphql),
 * or with the committed schema/api.graphql of a revision (`--against origin/main`, `--against HEAD~1`).
 * Exits 1 when a breaking change is not named in schema/CHANGELOG.md's Unreleased `### Breaking`
 * list with a migration note; test/schema-changes.spec.ts runs the same check in CI.
 */
async function main(): Promise<void> {
  const at = process.argv.indexOf('--against');
  const revision = at >= 0 ? process.argv[at + 1] : undefined;
  if (at >= 0 && !revision) throw new Error('--against needs a git revision');
  const before = revision ? apiSdlAt(revision) : releasedApiSdl();
  const after = apiSdlOf((await composeSupergraph()).supergraphSdl);
  const changelog = readFileSync(join(REPO_ROOT, 'schema', 'CHANGELOG.md'), 'utf8');
  const { breaking, unlisted } = await schemaCheck(before, after, changelog);
  const against = revision ?? 'the released schema';
  process.stdout.write(`${breaking.length} breaking change(s) since ${against}, ${unlisted.length} not in schema/CHANGELOG.md\n`);
  for (const c of unlisted) process.stdout.write(`  ${c.path}: ${c.message}\n`);
  if (unlisted.length) {
    process.stdout.write('Name each under "## Unreleased" → "### Breaking" in schema/CHANGELOG.md, in backticks, with "Migration: …".\n');
    process.exitCode = 1;
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
