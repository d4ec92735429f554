import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { operationDocuments, readTrustedDocuments, sha256 } from '@prometric/gateway';

/**
 * `pnpm trust [file.graphql …] [--prune]`: registers every operation of schema/operations/ (the
 * contract, the saga's, the dashboard's) and of the given files (a partner's) in
 * schema/trusted-documents.json, by the sha256 of the text a client sends (`print` of the operation
 * and its fragments, as TypedDocumentNode clients and the SDK send it). What was registered before
 * stays unless `--prune`. With TRUSTED_DOCUMENTS=enforce the gateway runs only these.
 */
const ROOT = resolve(__dirname, '..');
const MANIFEST = join(ROOT, 'schema/trusted-documents.json');

function main(): void {
  const args = process.argv.slice(2);
  const prune = args.includes('--prune');
  const files = [
    ...readdirSync(join(ROOT, 'schema/operations'))
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => join(ROOT, 'schema/operations', f)),
    ...args.filter((a) => a !== '--prune').map((f) => resolve(f)),
  ];
  const documents = prune || !existsSync(MANIFEST) ? new Map<string, string>() : readTrustedDocuments(MANIFEST);
  const before = documents.size;
  for (const file of files) for (const text of operationDocuments(readFileSync(file, 'utf8'))) documents.set(sha256(text), text);
  const sorted = Object.fromEntries([...documents.entries()].sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(MANIFEST, `${JSON.stringify({ documents: sorted }, null, 2)}\n`);
  process.stdout.write(`${documents.size} trusted documents (${documents.size - before} new) in schema/trusted-documents.json\n`);
}

main();
