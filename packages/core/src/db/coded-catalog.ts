import { Property, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import { Field, InputType, ObjectType } from 'type-graphql';
import type DataLoader from 'dataloader';
import type { RequestContext } from '../context';
import { UserErrorCode, UserErrorsException, userError, withUserErrors, type Refusable, type UserError } from '../errors';
import { TenantEntity } from './base.entity';
import { idempotentCreate } from './idempotency';
import { likePattern } from './like';
import { byIdLoader, loadOrNotFound } from './loaders';
import { listPage } from './paginate';
import { ListFilter, TIMESTAMP_SORT_FIELDS, type ListArgsValue } from '../graphql/list-options';
import type { Connection } from '../graphql/connection';

/**
 * Base of the entities named by a short code, unique among the workspace's live rows, and a display
 * name (warehouses, work centers, departments). Each subclass adds its `@Entity` and `@ObjectType`.
 */
@ObjectType({ description: 'A business object named by a short code.' })
export abstract class CodedEntity extends TenantEntity {
  @Field(() => String, { description: 'Short code, unique in the workspace (e.g. "MAIN").' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string;
}

/** Base of the inputs that create a coded entity; each subclass adds its `@InputType`. */
@InputType({ description: 'A new coded business object.' })
export abstract class CodedInput {
  @Field(() => String, { description: 'Short code, unique in the workspace: 1–32 letters, digits or . _ - /.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

/** Base of the filters of a coded entity's list; each subclass adds its `@InputType`. */
@InputType({ description: 'Narrows a list of coded business objects.' })
export abstract class CodedFilter extends ListFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on code or name.' })
  search?: string | null;
}

/** What a coded entity's list can be sorted by. */
export const CODED_SORT_FIELDS = { ...TIMESTAMP_SORT_FIELDS, CODE: 'code', NAME: 'name' } as const;

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,31}$/;

/**
 * A catalogue of coded entities (warehouses, work centers, departments): validated creation
 * (idempotent per key, a duplicate code a CONFLICT on `code` even when two creations race on the
 * unique index), lookup, a page searched by code or name in code order, and a batch loader.
 */
export class CodedCatalog<T extends CodedEntity, K extends string> {
  /**
   * @param label what the entity is called in messages ("Work center")
   * @param operation the idempotency scope of creation ("createWorkCenter")
   * @param uniqueIndex the partial unique index on (workspace, code) of live rows
   * @param key the created row's key in the mutation's payload ("workCenter")
   */
  constructor(
    protected readonly entity: EntityClass<T> & (new () => T),
    protected readonly label: string,
    private readonly operation: string,
    private readonly uniqueIndex: string,
    private readonly key: K,
  ) {}

  async create(ctx: RequestContext, input: CodedInput): Promise<Refusable<{ [P in K]: T }>> {
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
      // A computed key: TypeScript widens it to a string index, which is exactly `{ [P in K]: T }`.
      return { [this.key]: entity } as { [P in K]: T };
    }, { [this.uniqueIndex]: ['code'] });
  }

  get(ctx: RequestContext, id: string): Promise<T> {
    return loadOrNotFound(ctx, this.entity, id, this.label);
  }

  list(ctx: RequestContext, args: ListArgsValue<CodedFilter>): Promise<Connection<T>> {
    const search = args.filter?.search?.trim();
    const like = search ? likePattern(search) : null;
    const where = like ? ({ $or: [{ code: { $ilike: like } }, { name: { $ilike: like } }] } as FilterQuery<T>) : null;
    return listPage(ctx.em, this.entity, args, { where: [where], defaultOrder: [{ field: 'code' }] });
  }

  /** Batch loader by id, tenant-scoped through the request's fork. */
  loader(ctx: RequestContext): DataLoader<string, T | null> {
    return byIdLoader(ctx, this.entity);
  }
}
