import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import { UserErrorCode, UserErrorsException, userError, withUserErrors, type UserError } from '../errors';
import { idempotentCreate } from './idempotency';
import { likePattern } from './like';
import { byIdLoader, loadOrNotFound } from './loaders';
import { paginate, type PageArgs } from './paginate';
import type { Connection } from '../graphql/connection';

/** An entity named by a short code, unique among the workspace's live rows, and a display name. */
export interface CodedEntity {
  id: string;
  code: string;
  name: string;
}

export interface CodedInput {
  code: string;
  name: string;
  idempotencyKey?: string | null;
}

/** Code order, then id (the keyset needs a unique last key). */
const CODE_ORDER: QueryOrderMap<CodedEntity>[] = [{ code: 'asc' }, { id: 'asc' }];

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,31}$/;

/**
 * A catalogue of coded entities (warehouses, work centers, departments): validated creation
 * (idempotent per key, a duplicate code a CONFLICT on `code` even when two creations race on the
 * unique index), lookup, a page searched by code or name in code order, and a batch loader.
 */
export class CodedCatalog<T extends CodedEntity> {
  /**
   * @param label what the entity is called in messages ("Work center")
   * @param operation the idempotency scope of creation ("createWorkCenter")
   * @param uniqueIndex the partial unique index on (workspace, code) of live rows
   */
  constructor(
    protected readonly entity: EntityClass<T> & (new () => T),
    protected readonly label: string,
    private readonly operation: string,
    private readonly uniqueIndex: string,
  ) {}

  protected async createCoded(ctx: RequestContext, input: CodedInput): Promise<{ entity: T } | { errors: UserError[] }> {
    const code = input.code.trim();
    const name = input.name.trim();
    const errors: UserError[] = [];
    if (!CODE.test(code)) errors.push(userError(UserErrorCode.INVALID, 'Code must be 1–32 letters, digits or . _ - /', ['code']));
    if (!name) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
    else if (name.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Name is limited to 255 characters', ['name']));
    if (errors.length) return { errors };
    // A concurrent create of the same code loses on the partial unique index.
    return withUserErrors(async () => {
      const entity = await idempotentCreate(
        ctx.em,
        this.operation,
        input.idempotencyKey,
        async (em) => {
          if (await em.count(this.entity, { code } as FilterQuery<T>)) {
            throw new UserErrorsException([userError(UserErrorCode.CONFLICT, `${this.label} code ${code} already exists`, ['code'])]);
          }
          const row = new this.entity();
          row.code = code;
          row.name = name;
          em.persist(row);
          return row;
        },
        (em, id) => em.findOneOrFail(this.entity, { id } as FilterQuery<T>, { filters: { softDelete: false } }),
      );
      return { entity };
    }, { [this.uniqueIndex]: ['code'] });
  }

  get(ctx: RequestContext, id: string): Promise<T> {
    return loadOrNotFound(ctx, this.entity, id, this.label);
  }

  list(ctx: RequestContext, page: PageArgs, filter?: { search?: string | null } | null): Promise<Connection<T>> {
    const search = filter?.search?.trim();
    const like = search ? likePattern(search) : null;
    const where = (like ? { $or: [{ code: { $ilike: like } }, { name: { $ilike: like } }] } : {}) as FilterQuery<T>;
    return paginate(ctx.em, this.entity, where, page, CODE_ORDER as QueryOrderMap<T>[]);
  }

  /** Batch loader by id, tenant-scoped through the request's fork. */
  loader(ctx: RequestContext): DataLoader<string, T | null> {
    return byIdLoader(ctx, this.entity);
  }
}
