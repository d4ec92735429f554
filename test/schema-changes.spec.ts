import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, print, visit } from 'graphql';
import { REPO_ROOT, breakingChanges, currentApiSdl, releasedApiSdl, unlistedChanges } from '@prometric/testing';

const changelog = () => readFileSync(join(REPO_ROOT, 'schema', 'CHANGELOG.md'), 'utf8');

/** The API schema without one field: what removing it from a subgraph would give clients. */
function withoutField(sdl: string, type: string, field: string): string {
  return print(
    visit(parse(sdl), {
      ObjectTypeDefinition: (node) => (node.name.value === type ? { ...node, fields: node.fields?.filter((f) => f.name.value !== field) } : undefined),
    }),
  );
}

describe('schema changes', () => {
  it('names every breaking change since the last release in schema/CHANGELOG.md', async () => {
    const changes = await breakingChanges(releasedApiSdl(), currentApiSdl());
    expect(unlistedChanges(changes, changelog()).map((c) => `${c.path}: ${c.message}`)).toEqual([]);
  });

  it('fails when a field is removed, until the changelog names it', async () => {
    const today = currentApiSdl();
    const removed = withoutField(today, 'Order', 'notes');
    const changes = await breakingChanges(today, removed);
    expect(changes.map((c) => c.path)).toEqual(['Order.notes']);
    expect(unlistedChanges(changes, changelog())).toHaveLength(1);
    expect(unlistedChanges(changes, `${changelog()}\n- \`Order.notes\` removed: use \`Order.metadata\`.\n`)).toEqual([]);
  });

  it('gives every deprecation a reason with a removal date', () => {
    const schema = buildSchema(currentApiSdl());
    const missing: string[] = [];
    const check = (coordinate: string, reason: string | null | undefined) => {
      if (reason != null && !/removed after \d{4}-\d{2}-\d{2}/.test(reason)) missing.push(`${coordinate}: ${reason}`);
    };
    let deprecated = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (f.deprecationReason) deprecated++;
          check(`${type.name}.${f.name}`, f.deprecationReason);
          for (const a of f.args) check(`${type.name}.${f.name}(${a.name})`, a.deprecationReason);
        }
      } else if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          if (f.deprecationReason) deprecated++;
          check(`${type.name}.${f.name}`, f.deprecationReason);
        }
      } else if (isEnumType(type)) {
        for (const v of type.getValues()) check(`${type.name}.${v.name}`, v.deprecationReason);
      }
    }
    expect(deprecated).toBeGreaterThan(10);
    expect(missing).toEqual([]);
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
