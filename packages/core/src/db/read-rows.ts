import { ReferenceKind, type Dictionary, type EntityClass, type EntityData, type EntityMetadata, type Primary, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The tenant and soft-delete filters of `entity` as em.find applies them, and'ed to `where`: what a
 * query of the query builder (which applies no filter by itself) must carry.
 */
export async function filteredWhere<T extends object>(em: EntityManager, entity: EntityClass<T>, where: Dictionary): Promise<Dictionary> {
  const filters = await em.applyFilters<T>(entity.name, {}, {}, 'read');
  return filters ? { $and: [where, filters] } : where;
}

/**
 * Rows for a read: objects of the entity's class built from the rows as MikroORM maps them, outside
 * the unit of work. A read-only request (a query) needs no identity map, no change tracking and no
 * hydration, and those were most of what a page of entities cost (profiled: 2.6 ms of CPU for a page
 * of 20 products through em.find, 1.7 ms this way). The tenant and soft-delete filters apply as to
 * em.find (`where` must not carry them already), and row-level security under them.
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: Dictionary,
  options: { orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[]; limit?: number; filtered?: boolean } = {},
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity.name);
  const query = em
    .createQueryBuilder(entity)
    .select('*')
    .where(options.filtered ? where : await filteredWhere(em, entity, where));
  if (options.orderBy) query.orderBy(options.orderBy);
  if (options.limit !== undefined) query.limit(options.limit);
  const rows = await query.execute<EntityData<T>[]>('all', true);
  return rows.map((row) => readOnlyEntity(em, meta, row));
}

/**
 * A row as an object of the entity's class: its scalar properties as MikroORM maps them, each to-one
 * relation a reference (`order.customer.id` works as on a managed entity). Changing it changes
 * nothing in the database; collections (an order's `lines`) are not there: read them with a loader.
 */
function readOnlyEntity<T extends object>(em: EntityManager, meta: EntityMetadata<T>, row: EntityData<T>): T {
  const object: Dictionary = row;
  for (const prop of meta.relations) {
    if (prop.kind !== ReferenceKind.MANY_TO_ONE && !(prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) continue;
    const id: unknown = object[prop.name];
    if (id != null && typeof id !== 'object') object[prop.name] = em.getReference(prop.type, id as Primary<object>);
  }
  // The row's own data properties shadow the accessors MikroORM puts on the prototype for managed
  // entities (assigning them onto an object of the class would wrap it in change tracking).
  return Object.setPrototypeOf(object, meta.prototype) as T;
}
