import type { EntityClass } from '@mikro-orm/core';
import type { RequestContext } from './context';
import { byIdLoader, loadOrNotFound } from './db/loaders';

/**
 * Base of a module's service: the two reads every entity offers, `get` (by id, NOT_FOUND
 * `<label> not found` when the caller's tenant cannot see it) and `loader` (batched by id through the
 * request's fork). `export class OrderService extends EntityReads(Order, 'Order') { ... }`
 */
export function EntityReads<T extends { id: string }>(entity: EntityClass<T>, label: string) {
  abstract class Reads {
    /** The row with this id; NOT_FOUND when it is not visible to the request's tenant. */
    get(ctx: RequestContext, id: string): Promise<T> {
      return loadOrNotFound(ctx, entity, id, label);
    }

    /** Batch loader by id, tenant-scoped through the request's fork. */
    loader(ctx: RequestContext) {
      return byIdLoader(ctx, entity);
    }
  }
  return Reads;
}
