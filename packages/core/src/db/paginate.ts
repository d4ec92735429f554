import type { EntityName, FilterQuery, QueryOrderMap, FindByCursorOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors';
import { pageSize, type Connection } from '../graphql/connection';
import { listFilterWhere, orderByOf, type ListArgsValue, type ListFilter, type OrderByValue } from '../graphql/list-options';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * One page of a Relay connection by keyset (MikroORM's cursor pagination): `orderBy` must end with
 * a unique key, `first` is capped, cursors are opaque. `totalCount` counts the whole filter.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageArgs,
  orderBy: QueryOrderMap<T>[],
  options: Omit<FindByCursorOptions<T, never>, 'first' | 'after' | 'orderBy'> = {},
): Promise<Connection<T>> {
  const first = pageSize(page.first);
  let cursor;
  try {
    cursor = await em.findByCursor(entity, where, { ...options, first, after: page.after ?? undefined, orderBy } as FindByCursorOptions<T, never>);
  } catch (e) {
    if (page.after && (e instanceof SyntaxError || /cursor/i.test((e as Error).message))) {
      throw new BadUserInputError('Invalid cursor', { argumentName: 'after' });
    }
    throw e;
  }
  const items = cursor.items as T[];
  return {
    edges: items.map((node) => ({ node, cursor: cursor.from(node) })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount ?? 0,
  };
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
export function listPage<T extends object>(em: EntityManager, entity: EntityName<T>, args: ListArgsValue<ListFilter>, spec: ListSpec<T>): Promise<Connection<T>> {
  const conditions = [...(spec.where ?? []).filter((w): w is FilterQuery<T> => !!w), ...listFilterWhere<T>(args.filter)];
  const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<T>;
  return paginate(em, entity, where, args, orderByOf<T>(args.orderBy, spec.defaultOrder));
}
