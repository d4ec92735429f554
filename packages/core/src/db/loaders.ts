import type DataLoader from 'dataloader';
import type { EntityClass, EntityDictionary, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { TENANT_FILTER, type TenantParams } from './base.entity';
import { readRows } from './read-rows';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../graphql/connection';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID: anything else can name no row and never reaches SQL. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** An id for a filter: a malformed one matches nothing instead of reaching SQL as garbage. */
export function uuidOrNil(value: string): string {
  return isUuid(value) ? value : NIL_UUID;
}

/**
 * Per-request loader of rows by id: N lookups in one query, tenant-scoped by the request's fork.
 * Ids of other tenants, deleted rows and malformed ids all load as null.
 */
export function byIdLoader<T extends { id: string }>(ctx: RequestContext, entity: EntityClass<T>): DataLoader<string, T | null> {
  return ctx.loader<string, T | null>(`${entity.name}:byId`, async (ids) => {
    const where: Record<string, unknown> = { id: { $in: ids.filter(isUuid) } };
    const rows = ctx.isReadOnly() ? await readRows(ctx.em, entity, where) : await ctx.em.find(entity, where as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads one row through `byIdLoader`, or throws NOT_FOUND naming `label`. */
export async function loadOrNotFound<T extends { id: string }>(ctx: RequestContext, entity: EntityClass<T>, id: string, label: string): Promise<T> {
  const row = await byIdLoader(ctx, entity).load(id);
  if (!row) throw new NotFoundError(`${label} not found`);
  return row;
}

/** How `childrenLoader` / `childLoader` read: the order of each parent's rows, and what narrows them. */
export interface ChildrenOptions<T> {
  orderBy?: QueryOrderMap<T>;
  /** Narrows the rows (e.g. only OPEN requests); give `name` too, so two narrowings never share a loader. */
  where?: FilterQuery<T>;
  /** Distinguishes loaders of the same entity and column with different `where`s. */
  name?: string;
}

/** The key of a row under `column`: a plain id column (`orderId`) or a many-to-one relation (`order`). */
function keyOf<T>(row: T, column: keyof T): string {
  const value = row[column] as unknown;
  return value && typeof value === 'object' && 'id' in value ? String(value.id) : String(value);
}

/**
 * Per-request loader of the rows of many parents in one query, grouped by `column`: a plain id
 * column (`orderId`, for a parent another subgraph owns) or a many-to-one relation (`order`). Each
 * parent gets its rows in `orderBy` order; a malformed id gets none without reaching SQL.
 */
export function childrenLoader<T extends object>(ctx: RequestContext, entity: EntityClass<T>, column: keyof T & string, options: ChildrenOptions<T> = {}): DataLoader<string, T[]> {
  return ctx.loader<string, T[]>(`${entity.name}:by:${column}${options.name ? `:${options.name}` : ''}`, async (parentIds) => {
    const ids = [...new Set(parentIds.filter(isUuid))];
    const where = { ...(options.where ?? {}), [column]: { $in: ids } } as FilterQuery<T>;
    const rows = !ids.length
      ? []
      : ctx.isReadOnly()
        ? await readRows(ctx.em, entity, where, { orderBy: options.orderBy })
        : await ctx.em.find(entity, where, options.orderBy ? { orderBy: options.orderBy } : {});
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const key = keyOf(row, column);
      const list = byParent.get(key);
      if (list) list.push(row);
      else byParent.set(key, [row]);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}

/**
 * Like `childrenLoader`, for a column that names at most one row per parent among those `where`
 * admits (a user's employee record, a product's active bill): the row, or null.
 */
export function childLoader<T extends object>(ctx: RequestContext, entity: EntityClass<T>, column: keyof T & string, options: ChildrenOptions<T> = {}) {
  const children = childrenLoader(ctx, entity, column, options);
  return { load: async (parentId: string): Promise<T | null> => (await children.load(parentId))[0] ?? null };
}

/**
 * Locks one row of `entity` (FOR UPDATE) in the caller's transaction and loads it. The lock is taken
 * with plain SQL on that table alone: MikroORM joins required relations to apply their tenant
 * filters, and its FOR UPDATE would lock those joined rows (an order's customer) too, serialising
 * unrelated changes. Returns null when the row is not visible (other tenant, deleted, malformed id).
 */
export async function lockAndLoad<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, id: string): Promise<T | null> {
  if (!isUuid(id)) return null;
  const meta = em.getMetadata().get(entity.name);
  await em.execute(`select 1 from "${meta.schema ?? em.config.get('schema')}"."${meta.tableName}" where id = ? for update`, [id]);
  return em.findOne(entity, { id } as FilterQuery<T>, { refresh: true });
}

/**
 * Per-request loader of the revision of the documents related to many parents (an order's invoices):
 * the sum of their `version`s, which grows with every change of any of them as long as rows are never
 * removed (voided, cancelled, soft-deleted rows keep counting). Subscriptions add it to the parent's
 * own version to order the states they deliver.
 */
export function revisionLoader<T extends { version: number }>(ctx: RequestContext, entity: EntityClass<T>, parent: keyof T & string): DataLoader<string, number> {
  return ctx.loader<string, number>(`${entity.name}:revision:${parent}`, async (parentIds) => {
    const ids = parentIds.filter(isUuid);
    const rows = ids.length ? await ctx.em.find(entity, { [parent]: { $in: ids } } as FilterQuery<T>, { filters: { softDelete: false } }) : [];
    const sums = new Map<string, number>();
    for (const row of rows) {
      const key = String(row[parent]);
      sums.set(key, (sums.get(key) ?? 0) + row.version);
    }
    return parentIds.map((id) => sums.get(id) ?? 0);
  });
}

/** How `childrenPage` orders a parent's rows: entity properties, each ascending or descending. */
export type ChildOrder<T> = { property: keyof T & string; direction: 'asc' | 'desc' }[];

/**
 * One page of the rows of a parent (a customer's invoices, a run's payslips) as a Relay connection,
 * batched: every parent asking for the same page in one request shares two statements (the page of
 * each, by a window over the parent column, and the count of each). Cursors are positions in the
 * parent's order, which rows only ever join at the end of (oldest first), so a page never skips
 * one. Rows are read as the request's tenant (the workspace is a condition, and RLS holds it
 * again), soft-deleted ones excluded.
 */
export function childrenPage<T extends { id: string }>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  column: keyof T & string,
  parentId: string,
  page: { first?: number | null; after?: string | null },
  order: ChildOrder<T>,
): Promise<Connection<T>> {
  const first = pageSize(page.first);
  const offset = page.after ? positionOf(page.after) : 0;
  const loader = ctx.loader<string, Connection<T>>(`${entity.name}:page:${column}:${first}:${offset}`, async (parentIds) => {
    const meta = ctx.em.getMetadata().get(entity.name);
    const table = `"${meta.schema ?? ctx.em.config.get('schema')}"."${meta.tableName}"`;
    const field = (property: string) => `"${meta.properties[property as keyof T & string].fieldNames[0]}"`;
    const parent = field(column);
    const orderSql = [...order, { property: 'id', direction: order.at(-1)?.direction ?? 'asc' }].map((o) => `${field(o.property)} ${o.direction}`).join(', ');
    const ids = [...new Set(parentIds.filter(isUuid))];
    const workspace = ctx.em.getFilterParams<TenantParams>(TENANT_FILTER).workspaceId;
    if (!ids.length) return parentIds.map(() => emptyConnection<T>());
    const live = `${parent} in (${ids.map(() => '?').join(', ')}) and "workspace_id" = ? and "deleted_at" is null`;
    const rows: EntityDictionary<T>[] = await ctx.em.execute(
      `select * from (select t.*, row_number() over (partition by ${parent} order by ${orderSql}) as "__position" from ${table} t where ${live}) x
       where "__position" > ? and "__position" <= ? order by ${parent}, "__position"`,
      [...ids, workspace, offset, offset + first + 1],
    );
    const counts: { parent: string; n: string }[] = await ctx.em.execute(`select ${parent} as parent, count(*) as n from ${table} where ${live} group by ${parent}`, [...ids, workspace]);
    const total = new Map(counts.map((c) => [String(c.parent), Number(c.n)]));
    const byParent = new Map<string, { row: EntityDictionary<T>; position: number }[]>();
    for (const row of rows) {
      const key = String(row[meta.properties[column].fieldNames[0]]);
      const list = byParent.get(key) ?? [];
      list.push({ row, position: Number(row.__position) });
      byParent.set(key, list);
    }
    return parentIds.map((id) => {
      const found = byParent.get(id) ?? [];
      const items = found.slice(0, first).map(({ row, position }) => ({ node: ctx.em.map(entity, row), cursor: positionCursor(position) }));
      return {
        edges: items,
        pageInfo: { hasNextPage: found.length > first, hasPreviousPage: offset > 0, startCursor: items[0]?.cursor ?? null, endCursor: items.at(-1)?.cursor ?? null },
        totalCount: total.get(id) ?? 0,
      };
    });
  });
  return loader.load(parentId);
}

const positionCursor = (position: number) => encodeCursor([position]);

const emptyConnection = <T>(): Connection<T> => ({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 });

function positionOf(cursor: string): number {
  const [position] = decodeCursor(cursor);
  if (!Number.isInteger(position) || (position as number) < 0) throw new BadUserInputError('Invalid cursor', { argumentName: 'after' });
  return position as number;
}
