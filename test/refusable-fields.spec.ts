import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type ConstDirectiveNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';

// Bug: a refused nested field erased its parent (`Order.invoices: [Invoice!]!` nulled the whole order
// for a SALES_REP). A field that can be refused, or that another subgraph resolves, must be nullable,
// so that null stops at the field itself. Read from the committed supergraph: what clients get.

const supergraph = parse(readFileSync(join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8'));
const objects = supergraph.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
const argument = (d: ConstDirectiveNode, name: string) => {
  const value = d.arguments?.find((a) => a.name.value === name)?.value;
  return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : undefined;
};
const GATES = new Set(['requiresScopes', 'authenticated']);

describe('fields that can be refused or come from another subgraph are nullable', () => {
  it('every field with @requiresScopes or @authenticated (root fields included) is nullable', () => {
    const gated = objects.flatMap((type) =>
      (type.fields ?? []).filter((f) => [...(f.directives ?? []), ...(type.directives ?? [])].some((d) => GATES.has(d.name.value))).map((f) => ({ type, f })),
    );
    expect(gated.length).toBeGreaterThan(100);
    expect(gated.filter(({ f }) => f.type.kind === Kind.NON_NULL_TYPE).map(({ type, f }) => `${type.name.value}.${f.name.value}: ${print(f.type)}`)).toEqual([]);
  });

  it('every field returning an entity with non-null fields from another subgraph is nullable', () => {
    // Where those fields come from another subgraph, that subgraph may answer null for the entity
    // (not found, refused); a non-null field returning it would then erase its own parent too.
    const byName = new Map(objects.map((t) => [t.name.value, t]));
    const graphsOf = (type: ObjectTypeDefinitionNode, f: FieldDefinitionNode) => {
      const joins = (f.directives ?? []).filter((d) => d.name.value === 'join__field');
      const directives = joins.length ? joins : (type.directives ?? []).filter((d) => d.name.value === 'join__type');
      return directives.map((d) => argument(d, 'graph')!);
    };
    const offenders: string[] = [];
    let references = 0;
    for (const type of objects) {
      for (const f of type.fields ?? []) {
        const target = byName.get(print(f.type).replace(/[[\]!]/g, ''));
        if (!target?.directives?.some((d) => d.name.value === 'join__type' && argument(d, 'key'))) continue;
        const from = graphsOf(type, f);
        const foreign = (target.fields ?? []).filter((tf) => tf.type.kind === Kind.NON_NULL_TYPE && !graphsOf(target, tf).some((g) => from.includes(g)));
        if (!foreign.length) continue;
        references += 1;
        if (f.type.kind === Kind.NON_NULL_TYPE) offenders.push(`${type.name.value}.${f.name.value}: ${print(f.type)}`);
      }
    }
    // Invoice.customer, Shipment.order, Reservation.product, …: the check is not vacuous.
    expect(references).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
