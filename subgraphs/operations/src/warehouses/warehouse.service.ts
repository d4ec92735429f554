import type { FilterQuery } from '@mikro-orm/core';
import {
  UserErrorCode,
  UserErrorsException,
  byIdLoader,
  idempotentCreate,
  loadOrNotFound,
  paginate,
  userError,
  userErrorFromDb,
  type Connection,
  type PageArgs,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import { Warehouse } from './warehouse.entity';
import type { CreateWarehouseInput, WarehouseFilter } from './warehouse.inputs';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,31}$/;
const DB_FIELDS = { warehouse_code_unique: ['code'] };

type Result = { warehouse: Warehouse } | { errors: UserError[] };

/** Warehouses: where stock is kept; codes are unique among the workspace's warehouses. */
export class WarehouseService {
  async create(ctx: RequestContext, input: CreateWarehouseInput): Promise<Result> {
    const code = input.code.trim();
    const name = input.name.trim();
    const errors: UserError[] = [];
    if (!CODE.test(code)) errors.push(userError(UserErrorCode.INVALID, 'Code must be 1–32 letters, digits or . _ - /', ['code']));
    if (!name) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
    else if (name.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Name is limited to 255 characters', ['name']));
    if (errors.length) return { errors };
    try {
      const warehouse = await idempotentCreate(
        ctx.em,
        'createWarehouse',
        input.idempotencyKey,
        async (em) => {
          if (await em.count(Warehouse, { code })) throw new UserErrorsException([userError(UserErrorCode.CONFLICT, `Warehouse code ${code} already exists`, ['code'])]);
          return em.create(Warehouse, { code, name } as never);
        },
        (em, id) => em.findOneOrFail(Warehouse, id, { filters: { softDelete: false } }),
      );
      return { warehouse };
    } catch (e) {
      if (e instanceof UserErrorsException) return { errors: e.errors };
      // A concurrent create of the same code loses on the partial unique index.
      const mapped = userErrorFromDb(e, DB_FIELDS);
      if (mapped) return { errors: [mapped] };
      throw e;
    }
  }

  get(ctx: RequestContext, id: string): Promise<Warehouse> {
    return loadOrNotFound(ctx, Warehouse, id, 'Warehouse');
  }

  list(ctx: RequestContext, page: PageArgs, filter?: WarehouseFilter | null): Promise<Connection<Warehouse>> {
    const where: FilterQuery<Warehouse> = {};
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ code: { $ilike: like } }, { name: { $ilike: like } }];
    }
    return paginate(ctx.em, Warehouse, where, page, [{ code: 'asc' }, { id: 'asc' }]);
  }

  /** Batch loader by id, tenant-scoped through the request's fork. */
  loader(ctx: RequestContext) {
    return byIdLoader(ctx, Warehouse);
  }
}
