import 'reflect-metadata';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, composeSupergraph } from '@prometric/testing';

/** `pnpm compose`: writes each subgraph's SDL and the composed supergraph under schema/. */
async function main(): Promise<void> {
  const { supergraphSdl, subgraphs } = await composeSupergraph();
  const dir = join(REPO_ROOT, 'schema');
  mkdirSync(dir, { recursive: true });
  for (const s of subgraphs) writeFileSync(join(dir, `${s.name}.graphql`), `${s.sdl.trim()}\n`);
  writeFileSync(join(dir, 'supergraph.graphql'), supergraphSdl);
  process.stdout.write(`composed ${subgraphs.map((s) => s.name).join(', ')} → schema/supergraph.graphql\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
