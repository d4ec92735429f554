import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, print, visit } from 'graphql';
import { REPO_ROOT, breakingChanges, breakingEntries, composeApiSdl, currentApiSdl, releasedApiSdl, schemaCheck, unlistedChanges, withBreakingEntry } from '@prometric/testing';

const changelog = () => readFileSync(join(REPO_ROOT, 'schema', 'CHANGELOG.md'), 'utf8');
const SUBGRAPHS = ['identity', 'sales', 'operations', 'finance', 'production', 'hr', 'orchestrator'];
/** The subgraph SDLs as `pnpm compose` committed them (schema/<name>.graphql). */
const committedSubgraphs = () => SUBGRAPHS.map((name) => ({ name, sdl: readFileSync(join(REPO_ROOT, 'schema', `${name}.graphql`), 'utf8') }));

/** A subgraph's SDL without one field of one of its object types (definition or extension). */
function subgraphWithoutField(sdl: string, type: string, field: string): string {
  const drop = <N extends { name: { value: string }; fields?: readonly { name: { value: string } }[] }>(node: N) =>
    node.name.value === type ? { ...node, fields: node.fields?.filter((f) => f.name.value !== field) } : undefined;
  return print(visit(parse(sdl), { ObjectTypeDefinition: drop, ObjectTypeExtension: drop }));
}

/** The API schema without one field: what removing it from a subgraph would give clients. */
function withoutField(sdl: string, type: string, field: string): string {
  return print(
    visit(parse(sdl), {
      ObjectTypeDefinition: (node) => (node.name.value === type ? { ...node, fields: node.fields?.filter((f) => f.name.value !== field) } : undefined),
    }),
  );
}

/**
 * Every deprecated field, argument, input field and enum value, and those whose reason does not say
 * what to use instead and when the element goes ("Use `dueOn`; removed after 2027-06-30").
 */
function deprecations(schema: GraphQLSchema): { deprecated: number; problems: string[] } {
  const problems: string[] = [];
  let deprecated = 0;
  const check = (coordinate: string, reason: string | null | undefined) => {
    if (reason == null) return;
    deprecated++;
    const [, guidance, date] = /^(.*?)[;.,]?\s*removed after (\d{4}-\d{2}-\d{2})\b/i.exec(reason) ?? [];
    const realDate = !!date && !Number.isNaN(Date.parse(date)) && new Date(date).toISOString().startsWith(date);
    if (!guidance?.trim() || !realDate) problems.push(`${coordinate}: ${reason}`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const f of Object.values(type.getFields())) {
        check(`${type.name}.${f.name}`, f.deprecationReason);
        for (const a of f.args) check(`${type.name}.${f.name}(${a.name})`, a.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) check(`${type.name}.${f.name}`, f.deprecationReason);
    } else if (isEnumType(type)) {
      for (const v of type.getValues()) check(`${type.name}.${v.name}`, v.deprecationReason);
    }
  }
  return { deprecated, problems };
}

describe('schema changes', () => {
  it('names every breaking change since the last release in schema/CHANGELOG.md, with a migration note', async () => {
    const { breaking, unlisted } = await schemaCheck(releasedApiSdl(), currentApiSdl(), changelog());
    expect(breaking.length).toBeGreaterThan(100);
    expect(unlisted.map((c) => `${c.path}: ${c.message}`)).toEqual([]);
    // Every entry of the Unreleased Breaking list tells clients what to do.
    const entries = breakingEntries(changelog());
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => !e.hasMigrationNote).map((e) => e.text)).toEqual([]);
  });

  it('composes the committed subgraph SDLs into exactly the committed API schema (the check sees what clients get)', () => {
    expect(composeApiSdl(committedSubgraphs())).toBe(currentApiSdl());
  });

  it('fails when a field is removed from a subgraph, until the changelog names it under Breaking with a migration note', async () => {
    const subgraphs = committedSubgraphs().map((s) => (s.name === 'sales' ? { ...s, sdl: subgraphWithoutField(s.sdl, 'Order', 'notes') } : s));
    const after = composeApiSdl(subgraphs);
    const today = currentApiSdl();

    const check = (log: string) => schemaCheck(today, after, log).then((r) => r.unlisted.map((c) => c.path));
    expect((await schemaCheck(today, after, changelog())).breaking.map((c) => c.path)).toEqual(['Order.notes']);
    expect(await check(changelog())).toEqual(['Order.notes']);
    // Named, but with no migration note: still refused.
    expect(await check(withBreakingEntry(changelog(), '- `Order.notes` removed.'))).toEqual(['Order.notes']);
    // Named with a note, but in another section (Deprecated) or another release: still refused.
    expect(await check(`${changelog()}\n- \`Order.notes\` removed. Migration: use \`Order.metadata\`.\n`)).toEqual(['Order.notes']);
    expect(await check(changelog().replace('## Unreleased\n', '## Unreleased\n\n## 2026-01-01\n\n### Breaking\n\n- `Order.notes` removed. Migration: use `Order.metadata`.\n'))).toEqual(['Order.notes']);
    // Named under Unreleased → Breaking with a migration note: accepted.
    expect(await check(withBreakingEntry(changelog(), '- `Order.notes` removed. Migration: keep delivery instructions in `Order.metadata`.'))).toEqual([]);
  });

  it('sees a field removed from the API schema itself the same way', async () => {
    const today = currentApiSdl();
    const changes = await breakingChanges(today, withoutField(today, 'Order', 'notes'));
    expect(changes.map((c) => c.path)).toEqual(['Order.notes']);
    expect(unlistedChanges(changes, changelog())).toHaveLength(1);
  });

  it('gives every deprecation a reason with a removal date', () => {
    const { deprecated, problems } = deprecations(buildSchema(currentApiSdl()));
    expect(deprecated).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('refuses a deprecation without guidance or without a real removal date', () => {
    const { deprecated, problems } = deprecations(
      buildSchema(`
        type Query {
          a: Int @deprecated(reason: "Use b; removed after 2027-06-30.")
          b(old: Int @deprecated(reason: "no longer read"), x: Int): Int
          c: Int @deprecated(reason: "removed after 2027-06-30")
          d: Int @deprecated(reason: "Use a; removed after 2027-02-31")
          e: Int @deprecated
        }`),
    );
    expect(deprecated).toBe(5);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['Query.b(old)', 'Query.c', 'Query.d', 'Query.e']);
  });

  it('describes every type, field and argument of the API schema', () => {
    const schema = buildSchema(currentApiSdl());
    const undescribed: string[] = [];
    let described = 0;
    const note = (coordinate: string, description: string | null | undefined) => (description?.trim() ? described++ : undescribed.push(coordinate));
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      note(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const f of Object.values(type.getFields())) {
          note(`${type.name}.${f.name}`, f.description);
          for (const a of f.args) note(`${type.name}.${f.name}(${a.name})`, a.description);
        }
      } else if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) note(`${type.name}.${f.name}`, f.description);
      }
    }
    expect(described).toBeGreaterThan(1500);
    expect(undescribed).toEqual([]);
  });
});
