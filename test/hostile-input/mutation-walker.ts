import { randomUUID } from 'node:crypto';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';

/**
 * Walks every mutation of the public API with hostile values, one input leaf at a time, the rest of
 * the input a plausible baseline made of the walker's own fixture objects (ids of the right type),
 * so that a hostile value gets as far into the service as a client's would.
 */

/** One GraphQL response as the walker sees it. */
export interface WalkResponse {
  status: number;
  body: { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] } | null;
}

/** Sends one operation; the walker only needs the status and the body. */
export type Send = (query: string, variables: Record<string, unknown>) => Promise<WalkResponse>;

/** Object ids per GraphQL type name (`Customer` → id), of one workspace. */
export type Fixture = Map<string, string>;

/** One request of the walk: which mutation, which leaf, which hostile value. */
export interface Probe {
  mutation: string;
  /** Path of the leaf: argument name, then input fields (list items as `0`). */
  path: string[];
  label: string;
  variables: Record<string, unknown>;
}

/** What a probe got back when it was our fault. */
export interface Failure {
  probe: string;
  status: number;
  errors: string[];
}

export async function introspect(send: Send): Promise<GraphQLSchema> {
  const r = await send(getIntrospectionQuery(), {});
  if (!r.body?.data) throw new Error(`introspection failed: ${JSON.stringify(r.body)}`);
  return buildClientSchema(r.body.data as IntrospectionQuery);
}

const hex = () => randomUUID().slice(0, 8);

/** Which fixture type an id field points at, from its name (`customerId` → Customer). */
const ID_ALIASES: Record<string, string> = {
  manager: 'Employee',
  assignedEmployee: 'Employee',
  inspector: 'Employee',
  employee: 'Employee',
  user: 'User',
  line: 'PurchaseOrderLine',
  orderLine: 'OrderLine',
  invoiceLine: 'InvoiceLine',
};

function idTypeOf(field: string, owner: string): string {
  if (field === 'id') return owner;
  const base = field.replace(/Id$/, '');
  return ID_ALIASES[base] ?? base.charAt(0).toUpperCase() + base.slice(1);
}

/** A plausible value of a String field, by its name. */
function baselineString(name: string): string {
  if (/email/i.test(name)) return `walker-${hex()}@example.com`;
  if (name === 'currency') return 'USD';
  if (name === 'password') return 'long enough password';
  if (/^(period|month)$/.test(name)) return '2026-03';
  if (/(Date|On)$|^(from|to)$/.test(name)) return '2026-03-02';
  if (/^(code|sku)$/.test(name)) return `W-${hex()}`;
  return `walk ${hex()}`;
}

const ENUM_CHOICE: Record<string, string> = { LeaveType: 'UNPAID' };

/** The plausible value of an input of `type` for the field `name`, owned by a mutation on `owner`. */
export function baseline(type: GraphQLInputType, name: string, owner: string, fixture: Fixture, schema: GraphQLSchema): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [baseline(inner.ofType, name, owner, fixture, schema)];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) value[f.name] = baseline(f.type, f.name, owner, fixture, schema);
    return value;
  }
  if (isEnumType(inner)) return ENUM_CHOICE[inner.name] ?? inner.getValues()[0].value;
  switch (inner.name) {
    case 'ID':
      return fixture.get(idTypeOf(name, owner)) ?? randomUUID();
    case 'String':
      return /Id$/.test(name) || name === 'id' ? (fixture.get(idTypeOf(name, owner)) ?? randomUUID()) : baselineString(name);
    case 'Int':
      return name === 'max' ? 10 : name === 'plannedMinutes' || name === 'actualMinutes' ? 30 : 1;
    case 'Decimal':
      // A discount off each unit stays below the other baseline amounts (10.00), or the line would go negative.
      return name === 'taxRate' ? '0.10' : name === 'days' ? '1' : name === 'discountAmount' ? '1.00' : '10.00';
    case 'DateTime':
      return '2026-03-02T10:00:00Z';
    case 'Boolean':
      return false;
    case 'JSON':
      return {};
    default:
      return null;
  }
}

const LONG = 'x'.repeat(100_000);
const nested = (depth: number): unknown => (depth === 0 ? 'deep' : { a: nested(depth - 1) });

/** Hostile values of a leaf of `type` (its named type), labelled. */
export function hostileValues(type: GraphQLInputType, foreignId: string | undefined): [string, unknown][] {
  const named = getNamedType(type);
  const values: [string, unknown][] = [['null', null]];
  if (isEnumType(named)) return [...values, ['unknown enum value', 'NOT_A_VALUE'], ['enum as number', 1]];
  if (isInputObjectType(named)) return values;
  switch (named.name) {
    case 'String':
      return [...values, ['empty', ''], ['100,000 characters', LONG], ['NUL', 'a\u0000b'], ['lone surrogate', 'a\ud800b'], ['emoji', '😀 👍🏽 日本'],
        ['SQL fragment', "x'); drop table product; --"], ['year 0000 date', '0000-01-01'], ['malformed date', '2026-13-45'], ['number', 42]];
    case 'ID':
      return [...values, ['empty', ''], ['malformed', 'not-an-id'], ['unknown uuid', randomUUID()], ...(foreignId ? [['foreign', foreignId] as [string, unknown]] : []),
        ['100,000 characters', LONG], ['NUL', 'a\u0000b'], ['SQL fragment', "' or 1=1 --"]];
    case 'Int':
      return [...values, ['negative', -1], ['zero', 0], ['min int', -2147483648], ['max int', 2147483647], ['beyond int', 2 ** 53], ['float', 1.5], ['string', '1']];
    case 'Decimal':
      return [...values, ['negative', '-1'], ['zero', '0'], ['huge', '999999999999999999'], ['too many digits', '9999999999999999999.99'], ['tiny', '0.0000001'],
        ['malformed', '12,5'], ['exponent', '1e400'], ['NaN', 'NaN'], ['empty', ''], ['float number', 1.5]];
    case 'DateTime':
      return [...values, ['year 0000', '0000-01-01T00:00:00Z'], ['year 9999', '9999-12-31T23:59:59Z'], ['year 1899', '1899-12-31T00:00:00Z'],
        ['malformed', 'not-a-date'], ['impossible day', '2026-02-30T00:00:00Z'], ['empty', ''], ['number', 0]];
    case 'Boolean':
      return [...values, ['string', 'yes']];
    case 'JSON':
      return [...values, ['NUL in a value', { a: 'x\u0000y' }], ['NUL in a key', { 'a\u0000': 1 }], ['lone surrogate', { a: '\ud800' }], ['100,000 characters', LONG],
        ['array', [1, 2]], ['deep', nested(60)], ['huge value', { a: LONG }]];
    default:
      return values;
  }
}

interface Leaf {
  path: string[];
  type: GraphQLInputType;
  idOwner: string;
}

/** Every leaf under an argument (list items through their first element), with the input objects themselves. */
function leavesOf(arg: GraphQLArgument, owner: string): Leaf[] {
  const out: Leaf[] = [];
  const visit = (type: GraphQLInputType, path: string[], depth: number) => {
    out.push({ path, type, idOwner: owner });
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) {
      out.push({ path: [...path, '*'], type: inner, idOwner: owner });
      return visit(inner.ofType, [...path, '0'], depth);
    }
    if (isInputObjectType(inner) && depth < 4) for (const f of Object.values(inner.getFields())) visit(f.type, [...path, f.name], depth + 1);
  };
  visit(arg.type, [arg.name], 0);
  return out;
}

/** The entity a mutation is about: the type of its payload's first field that has an id. */
export function subjectOf(field: GraphQLField<unknown, unknown>): string {
  const payload = getNamedType(field.type);
  if (isObjectType(payload)) {
    if (payload.getFields().id) return payload.name;
    for (const f of Object.values(payload.getFields())) {
      const t = getNamedType(f.type);
      if (isObjectType(t) && t.getFields().id) return t.name;
    }
  }
  return field.name;
}

/** A selection that reads back every id the payload offers (two levels deep), for the fixture. */
export function harvestSelection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const t = getNamedType(f.type);
    if (f.name === 'id' || (f.name === 'errors' && depth === 0)) parts.push(f.name === 'errors' ? 'errors { code field message }' : 'id');
    else if (isObjectType(t) && depth < 2 && (t.getFields().id || depth === 0) && f.name !== 'errors') {
      const sub = harvestSelection(t, depth + 1);
      if (sub) parts.push(`${f.name} { ${sub} }`);
    }
  }
  return parts.join(' ');
}

/** Collects `id`s by `__typename` from a response. */
export function harvest(data: unknown, into: Fixture): void {
  if (Array.isArray(data)) return data.forEach((d) => harvest(d, into));
  if (!data || typeof data !== 'object') return;
  const o = data as Record<string, unknown>;
  if (typeof o.__typename === 'string' && typeof o.id === 'string' && !into.has(o.__typename)) into.set(o.__typename, o.id);
  for (const v of Object.values(o)) harvest(v, into);
}

/** The operation text of a mutation: every argument a variable, a selection of `selection`. */
export function mutationText(field: GraphQLField<unknown, unknown>, selection: string): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const call = field.args.length ? `${field.name}(${args})` : field.name;
  return `mutation Walk${vars ? `(${vars})` : ''} { ${call}${selection ? ` { ${selection} }` : ''} }`;
}

/** Baseline variables of a mutation. */
export function baselineVariables(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, fixture: Fixture): Record<string, unknown> {
  const owner = subjectOf(field);
  return Object.fromEntries(field.args.map((a) => [a.name, baseline(a.type, a.name, owner, fixture, schema)]));
}

function setAt(root: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let cursor: Record<string, unknown> | unknown[] = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (next === '*') {
      (cursor as Record<string, unknown>)[key] = value;
      return copy;
    }
    const child = (cursor as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object') return copy;
    cursor = child as Record<string, unknown>;
  }
  (cursor as Record<string, unknown>)[path[path.length - 1]] = value;
  return copy;
}

/** Every probe of every mutation: each leaf of each argument, each hostile value of its type. */
export function probesOf(schema: GraphQLSchema, fixture: Fixture, foreign: Fixture): Probe[] {
  const mutation = schema.getMutationType() as GraphQLObjectType;
  const probes: Probe[] = [];
  for (const field of Object.values(mutation.getFields())) {
    const owner = subjectOf(field);
    const base = baselineVariables(schema, field, fixture);
    for (const arg of field.args) {
      for (const leaf of leavesOf(arg, owner)) {
        const last = leaf.path[leaf.path.length - 1];
        if (last === '*') {
          probes.push({ mutation: field.name, path: leaf.path.slice(0, -1), label: 'empty list', variables: setAt(base, leaf.path, []) });
          continue;
        }
        const named = getNamedType(leaf.type);
        const idLike = isScalarType(named) && (named.name === 'ID' || (named.name === 'String' && (/Id$/.test(last) || last === 'id')));
        const foreignId = idLike ? foreign.get(idTypeOf(/^\d+$/.test(last) ? leaf.path[leaf.path.length - 2] : last, owner)) : undefined;
        const values = hostileValues(leaf.type, foreignId);
        if (idLike && named.name === 'String') values.push(['malformed id', 'not-an-id'], ...(foreignId ? [['foreign id', foreignId] as [string, unknown]] : []));
        // Input objects themselves: only null (their fields are walked one by one).
        for (const [label, value] of isInputObjectType(named) ? values.slice(0, 1) : values) {
          probes.push({ mutation: field.name, path: leaf.path, label, variables: setAt(base, leaf.path, value) });
        }
      }
    }
  }
  return probes;
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
export async function pool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

/** Our fault, as a client sees it: a 5xx, or an INTERNAL_SERVER_ERROR anywhere in the answer. */
export function failureOf(probe: Probe, r: WalkResponse): Failure | null {
  const internal = (r.body?.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code);
  if (r.status < 500 && !internal.length && r.body) return null;
  return { probe: `${probe.mutation}.${probe.path.join('.')} = ${probe.label}`, status: r.status, errors: (r.body?.errors ?? []).map((e) => `${e.extensions?.code ?? '-'}: ${e.message}`) };
}
