import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, currentApiSdl } from '@prometric/testing';

/**
 * `pnpm schema:release`: the API schema as it is today becomes the released one clients build
 * against (schema/api.released.graphql), and the changelog's Unreleased section gets today's date,
 * with a fresh Unreleased section above it. Run it when a version of the API is published.
 */
function main(): void {
  const released = join(REPO_ROOT, 'schema', 'api.released.graphql');
  const header = readFileSync(released, 'utf8').split('\n').filter((l) => l.startsWith('#')).join('\n');
  writeFileSync(released, `${header}\n${currentApiSdl()}`);
  const changelogPath = join(REPO_ROOT, 'schema', 'CHANGELOG.md');
  const today = new Date().toISOString().slice(0, 10);
  const changelog = readFileSync(changelogPath, 'utf8').replace('## Unreleased\n', `## Unreleased\n\n## ${today}\n`);
  writeFileSync(changelogPath, changelog);
  process.stdout.write(`released the API schema of ${today}\n`);
}

main();
