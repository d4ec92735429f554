import 'reflect-metadata';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, composeSupergraph, currentApiSdl } from '@prometric/testing';

/**
 * `pnpm compose`: writes each subgraph's SDL, the composed supergraph and the API schema clients see
 * (`api.graphql`, what the gateway serves at /schema.graphql) under schema/.
 */
async function main(): Promise<void> {
  const { supergraphSdl, subgraphs } = await composeSupergraph();
  const dir = join(REPO_ROOT, 'schema');
  mkdirSync(dir, { recursive: true });
  for (const s of subgraphs) writeFileSync(join(dir, `${s.name}.graphql`), `${s.sdl.trim()}\n`);
  writeFileSync(join(dir, 'supergraph.graphql'), supergraphSdl);
  // Printed from the file just written (api-schema.cjs reads it when first required).
  writeFileSync(join(dir, 'api.graphql'), `${currentApiSdl()}\n`);
  process.stdout.write(`composed ${subgraphs.map((s) => s.name).join(', ')} → schema/supergraph.graphql, schema/api.graphql\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
