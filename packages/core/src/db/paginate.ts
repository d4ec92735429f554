import { Cursor, QueryOrderNumeric, RawQueryFragment, Utils, helper, type Dictionary, type EntityClass, type FilterQuery, type QueryOrderKeys, type QueryOrderMap } from '@mikro-orm/core';
import { countRows, countStatement, filteredWhere, readRows } from './read-rows';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors';
import { pageSize, type Connection } from '../graphql/connection';
import { listFilterWhere, orderByOf, type ListArgsValue, type ListFilter, type OrderByValue } from '../graphql/list-options';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A cursor's values, one per ordering key, or null when `after` is not one of our cursors. */
function cursorValues(after: string, keys: number): unknown[] | null {
  try {
    const values: unknown = Cursor.decode(after);
    return Array.isArray(values) && values.length === keys && values.every((v) => v !== null) ? values : null;
  } catch {
    return null;
  }
}

/**
 * The rows after a cursor in a keyset order: `(a, b) > (x, y)` written per key with each key's
 * direction (what MikroORM's findByCursor builds: `a >= x and (a > x or <the rest after y>)`).
 */
function afterCondition(definition: (readonly [string, QueryOrderKeys<unknown>])[], values: unknown[]): Dictionary {
  const [[key, direction], ...rest] = definition;
  const [value, ...restValues] = values;
  const op = String(direction).toLowerCase().startsWith('desc') || direction === QueryOrderNumeric.DESC ? '$lt' : '$gt';
  if (!rest.length) return { [key]: { [op]: value } };
  return { [key]: { [`${op}e`]: value }, $or: [{ [key]: { [op]: value } }, afterCondition(rest, restValues)] };
}

/**
 * One page of a Relay connection by keyset: `orderBy` must end with a unique key, `first` is capped,
 * cursors are opaque (MikroORM's cursor encoding). `totalCount` counts the whole filter, and only
 * when a client asks for it.
 *
 * A page is read, never written: its rows come back through `readRows` (objects of the entity's
 * class outside the unit of work).
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  page: PageArgs,
  orderBy: QueryOrderMap<T>[],
): Promise<Connection<T>> {
  const first = pageSize(page.first);
  const meta = em.getMetadata().get<T>(entity.name);
  const definition = Cursor.getDefinition(meta, orderBy);
  let keyset: Dictionary | null = null;
  if (page.after) {
    const values = cursorValues(page.after, definition.length);
    if (!values) throw new BadUserInputError('Invalid cursor', { argumentName: 'after' });
    keyset = afterCondition(definition, values);
  }
  // The tenant and soft-delete filters, as em.find applies them (computed once for both statements).
  const filtered = await filteredWhere(em, entity, where);
  const rows = () => readRows(em, entity, keyset ? { $and: [filtered, keyset] } : filtered, { orderBy, limit: first + 1, filtered: true });
  // MikroORM knows a raw condition (`raw()` as a key, e.g. a custom field filter) until one statement
  // is built with it: the count's statement is then built now, in the same scope as the rows', and
  // run only when asked for.
  const [items, counted] = hasRawCondition(filtered)
    ? await RawQueryFragment.run(async () => {
        const statement = countStatement(em, entity, filtered);
        return [await rows(), statement] as const;
      })
    : [await rows(), undefined];
  let total: Promise<number> | null = null;
  const count = () => (total ??= countRows(em, entity, filtered, counted));
  const hasNextPage = items.length > first;
  const nodes = hasNextPage ? items.slice(0, first) : items;
  const edges = nodes.map((node) => ({ node, cursor: cursorOf(definition, node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: !!page.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return count();
    },
  };
}

/** Conditions are plain objects and arrays; a Date or an entity in one is a value, never walked. */
const isPlainObject = (value: unknown): value is Dictionary => value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** Whether `where` holds a raw SQL condition (MikroORM's `raw()` used as a key). */
export function hasRawCondition(where: unknown): boolean {
  if (Array.isArray(where)) return where.some(hasRawCondition);
  if (!isPlainObject(where)) return false;
  return Object.entries(where).some(([key, value]) => key.startsWith('[raw]') || hasRawCondition(value));
}

/**
 * Forgets the raw conditions of `where` MikroORM still knows (a statement that was not built,
 * because the request was refused first), so a refused list leaves nothing behind.
 */
function forgetRawConditions(where: unknown): void {
  if (Array.isArray(where)) return where.forEach(forgetRawConditions);
  if (!isPlainObject(where)) return;
  for (const [key, value] of Object.entries(where)) {
    if (key.startsWith('[raw]') && RawQueryFragment.isKnownFragment(key)) RawQueryFragment.getKnownFragment(key);
    forgetRawConditions(value);
  }
}

/** The cursor of a row: its values of the ordering keys (a relation by its id), MikroORM's encoding. */
function cursorOf<T extends object>(definition: (readonly [string, unknown])[], node: T): string {
  return Cursor.encode(
    definition.map(([key]) => {
      const value: unknown = (node as Dictionary)[key];
      return Utils.isEntity(value) ? helper(value).getPrimaryKey() : value;
    }),
  );
}

/** What a root list adds to the common filters: its own conditions and its default order. */
export interface ListSpec<T> {
  /** The list's own conditions (its filter's fields); undefined entries are skipped. */
  where?: (FilterQuery<T> | undefined | null | false)[];
  /** The order when the client gives none. */
  defaultOrder: OrderByValue[];
}

/**
 * One page of a root list: the list's own conditions, the common filters (`createdAt`/`updatedAt`
 * ranges, metadata), the client's `orderBy` (or the list's default) made unique by the id, and
 * `first`/`after`. What every root list of every subgraph resolves through.
 */
export async function listPage<T extends object>(em: EntityManager, entity: EntityClass<T>, args: ListArgsValue<ListFilter>, spec: ListSpec<T>): Promise<Connection<T>> {
  const own = (spec.where ?? []).filter((w): w is FilterQuery<T> => !!w);
  try {
    const conditions = [...own, ...listFilterWhere<T>(args.filter)];
    const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<T>;
    return await paginate(em, entity, where, args, orderByOf<T>(args.orderBy, spec.defaultOrder));
  } finally {
    forgetRawConditions(own);
  }
}
