import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, buildSchema, parse, validate, type DefinitionNode } from 'graphql';
import { REPO_ROOT, currentApiSdl } from '@prometric/testing';

/**
 * Every GraphQL example of the README (each ```graphql block, each operation in it) validates against
 * the API schema clients see: a renamed field or argument fails here before it misleads a reader.
 */
const api = buildSchema(currentApiSdl());
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
const operations = blocks.flatMap((block) => {
  const document = parse(block);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return document.definitions
    .filter((d): d is Extract<DefinitionNode, { kind: Kind.OPERATION_DEFINITION }> => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ text: block.slice(operation.loc!.start, operation.loc!.end), definitions: [operation, ...fragments] }));
});

describe("the README's example queries", () => {
  it('has examples to check (one per domain at least)', () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
  });

  it.each(operations.map((o) => [o.text.split('\n')[0].slice(0, 90), o] as const))('%s', (_title, operation) => {
    // A block may hold several operations sharing fragments; each is checked with all of them.
    const errors = validate(api, { kind: Kind.DOCUMENT, definitions: operation.definitions }).filter((e) => !/Fragment ".*" is never used/.test(e.message));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
