import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
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
import { Department } from './department.entity';
import type { CreateDepartmentInput, DepartmentFilter } from './department.inputs';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,31}$/;
const DB_FIELDS = { department_code_unique: ['code'] };

type Result = { department: Department } | { errors: UserError[] };

/** Departments: codes are unique in the workspace. */
export class DepartmentService {
  async create(ctx: RequestContext, input: CreateDepartmentInput): Promise<Result> {
    const code = input.code.trim();
    const name = input.name.trim();
    const errors: UserError[] = [];
    if (!CODE.test(code)) errors.push(userError(UserErrorCode.INVALID, 'Code must be 1–32 letters, digits or . _ - /', ['code']));
    if (!name) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
    else if (name.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Name is limited to 255 characters', ['name']));
    if (errors.length) return { errors };
    try {
      const department = await idempotentCreate(
        ctx.em,
        'createDepartment',
        input.idempotencyKey,
        async (em) => {
          if (await em.count(Department, { code })) throw new UserErrorsException([userError(UserErrorCode.CONFLICT, `Department code ${code} already exists`, ['code'])]);
          return em.create(Department, { code, name } as never);
        },
        (em, id) => em.findOneOrFail(Department, id, { filters: { softDelete: false } }),
      );
      return { department };
    } catch (e) {
      if (e instanceof UserErrorsException) return { errors: e.errors };
      // A concurrent create of the same code loses on the partial unique index.
      const mapped = userErrorFromDb(e, DB_FIELDS);
      if (mapped) return { errors: [mapped] };
      throw e;
    }
  }

  get(ctx: RequestContext, id: string): Promise<Department> {
    return loadOrNotFound(ctx, Department, id, 'Department');
  }

  list(ctx: RequestContext, page: PageArgs, filter?: DepartmentFilter | null): Promise<Connection<Department>> {
    const where: FilterQuery<Department> = {};
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ code: { $ilike: like } }, { name: { $ilike: like } }];
    }
    return paginate(ctx.em, Department, where, page, [{ code: 'asc' }, { id: 'asc' }]);
  }

  /**
   * The department named `label` (by code, else case-insensitively by name), created when there is
   * none: its code is derived from the name, with a numeric suffix when that code is taken.
   */
  async findOrCreate(em: EntityManager, label: string): Promise<Department> {
    const text = label.trim();
    const found = (await em.findOne(Department, { code: text })) ?? (await em.findOne(Department, { name: { $ilike: text.replace(/[\\%_]/g, (c) => `\\${c}`) } }));
    if (found) return found;
    const base = (text.toUpperCase().replace(/[^A-Z0-9._\-/]+/g, '-').replace(/^[^A-Z0-9]+/, '').slice(0, 28) || 'DEPT').replace(/-+$/, '') || 'DEPT';
    let code = base;
    for (let n = 2; await em.count(Department, { code }, { filters: { softDelete: false } }); n++) code = `${base}-${n}`;
    const department = em.create(Department, { code, name: text.slice(0, 255) } as never);
    await em.flush();
    return department;
  }

  /** Batch loader by id, tenant-scoped through the request's fork. */
  loader(ctx: RequestContext) {
    return byIdLoader(ctx, Department);
  }
}
