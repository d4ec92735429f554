import type { Dictionary } from '@mikro-orm/core';

/**
 * SQL compiled once per statement shape. MikroORM's query builder turns a `where` object into SQL
 * through its criteria nodes and knex on every call, and that was the largest part of a list read's
 * CPU (profiled on the products page: ~15 % of the sales subgraph's samples). The SQL depends only
 * on the object's shape (keys, operators, array lengths, which values are null), not on its values,
 * so it is built once per shape and its bindings are refilled from the new values.
 *
 * The first build of a shape maps each binding to the one value of the walk it equals. A shape is
 * not kept when that map is not certain: a binding equal to no value (MikroORM converted it) or to
 * several (which one it came from cannot be told), a value bound to nothing (written into the SQL),
 * or a value that is not a plain string, number, boolean or null (a Date, an entity). Those reads
 * keep building through the query builder.
 */
interface Compiled {
  sql: string;
  /** Binding i is `values[slots[i]]`. */
  slots: number[];
}

/** Most shapes kept; past it the cache starts over (shapes come from code, so few exist). */
const MAX_SHAPES = 2000;
const compiled = new Map<string, Compiled | null>();

/** What builds a statement: MikroORM's query builder (its knex query, `?` placeholders). */
interface StatementBuilder {
  toQuery(): { _sql: Statement };
}

export interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

/** The shape of `value` (primitives as their type), its primitive values appended in walk order; null when not cacheable. */
function shapeOf(value: unknown, values: unknown[]): string | null {
  if (value === null) return 'N';
  switch (typeof value) {
    case 'string':
    case 'number':
      values.push(value);
      return (typeof value)[0];
    case 'boolean':
      // Two values only, and some operators write theirs into the SQL (`$exists`): part of the shape.
      return String(value);
    case 'undefined':
      return 'U';
    case 'object':
      break;
    default:
      return null;
  }
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      const part = shapeOf(item, values);
      if (part === null) return null;
      parts.push(part);
    }
    return `[${parts.join(',')}]`;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return null;
  const parts: string[] = [];
  for (const key of Object.keys(value)) {
    // A raw SQL condition (MikroORM's `raw()` as a key) keeps its values outside the object.
    if (key.startsWith('[raw]')) return null;
    const part = shapeOf((value as Dictionary)[key], values);
    if (part === null) return null;
    parts.push(`${JSON.stringify(key)}:${part}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * Where each binding comes from in `values`, or null when that is not certain. Every value must be
 * bound: one that is not went into the SQL text itself, which then holds for this value only.
 */
function slotsOf(bindings: readonly unknown[], values: unknown[]): number[] | null {
  const slots: number[] = [];
  const used = new Set<number>();
  for (const binding of bindings) {
    const first = values.indexOf(binding);
    if (first < 0 || values.indexOf(binding, first + 1) >= 0) return null;
    slots.push(first);
    used.add(first);
  }
  return used.size === values.length ? slots : null;
}

/**
 * The statement `build` makes for `input` (a where object, and the limit), from the cache when its
 * shape was built before. `key` names everything else `build` depends on: the entity, the kind of
 * statement, the order.
 */
export function cachedStatement(key: string, input: unknown, build: () => StatementBuilder): Statement {
  const values: unknown[] = [];
  const shape = shapeOf(input, values);
  const cacheKey = shape === null ? null : `${key}|${shape}`;
  const hit = cacheKey === null ? undefined : compiled.get(cacheKey);
  if (hit) return { sql: hit.sql, bindings: hit.slots.map((slot) => values[slot]) };
  const { sql, bindings } = build().toQuery()._sql;
  if (cacheKey !== null && hit === undefined) {
    if (compiled.size >= MAX_SHAPES) compiled.clear();
    const slots = slotsOf(bindings, values);
    compiled.set(cacheKey, slots && { sql, slots });
  }
  return { sql, bindings };
}

/** For tests: how many shapes are kept (null entries included). */
export function cachedShapeCount(): number {
  return compiled.size;
}
