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
import { WorkCenter } from './work-center.entity';
import type { CreateWorkCenterInput, WorkCenterFilter } from './work-center.inputs';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,31}$/;
const DB_FIELDS = { work_center_code_unique: ['code'] };

type Result = { workCenter: WorkCenter } | { errors: UserError[] };

/** Work centers: where production steps run; codes are unique in the workspace. */
export class WorkCenterService {
  async create(ctx: RequestContext, input: CreateWorkCenterInput): Promise<Result> {
    const code = input.code.trim();
    const name = input.name.trim();
    const errors: UserError[] = [];
    if (!CODE.test(code)) errors.push(userError(UserErrorCode.INVALID, 'Code must be 1–32 letters, digits or . _ - /', ['code']));
    if (!name) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
    else if (name.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Name is limited to 255 characters', ['name']));
    if (errors.length) return { errors };
    try {
      const workCenter = await idempotentCreate(
        ctx.em,
        'createWorkCenter',
        input.idempotencyKey,
        async (em) => {
          if (await em.count(WorkCenter, { code })) throw new UserErrorsException([userError(UserErrorCode.CONFLICT, `Work center code ${code} already exists`, ['code'])]);
          return em.create(WorkCenter, { code, name } as never);
        },
        (em, id) => em.findOneOrFail(WorkCenter, id, { filters: { softDelete: false } }),
      );
      return { workCenter };
    } catch (e) {
      if (e instanceof UserErrorsException) return { errors: e.errors };
      // A concurrent create of the same code loses on the partial unique index.
      const mapped = userErrorFromDb(e, DB_FIELDS);
      if (mapped) return { errors: [mapped] };
      throw e;
    }
  }

  get(ctx: RequestContext, id: string): Promise<WorkCenter> {
    return loadOrNotFound(ctx, WorkCenter, id, 'WorkCenter');
  }

  list(ctx: RequestContext, page: PageArgs, filter?: WorkCenterFilter | null): Promise<Connection<WorkCenter>> {
    const where: FilterQuery<WorkCenter> = {};
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ code: { $ilike: like } }, { name: { $ilike: like } }];
    }
    return paginate(ctx.em, WorkCenter, where, page, [{ code: 'asc' }, { id: 'asc' }]);
  }

  /** Batch loader by id, tenant-scoped through the request's fork. */
  loader(ctx: RequestContext) {
    return byIdLoader(ctx, WorkCenter);
  }
}
