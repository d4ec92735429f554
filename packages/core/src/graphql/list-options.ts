import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { ArgsType, Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import { BadUserInputError, UserErrorCode, userError, type UserError } from '../errors';
import { DateTimeScalar, JSONScalar } from './scalars';
import { ConnectionArgs, SortDirection, orderOf } from './connection';
import { likePattern } from '../db/like';

/** Sort fields every list has. */
export const TIMESTAMP_SORT_FIELDS = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** Most sort keys one list accepts (the id is always the last, unique key). */
export const MAX_SORT_KEYS = 3;

/** One sort key of a list: a field of its `SortField` enum and a direction. */
export interface OrderByValue<F extends string = string> {
  field: F;
  direction?: SortDirection | null;
}

/**
 * The `XSortField` enum and `XOrderBy` input of one list (`orderBy: [XOrderBy!]`). `fields` maps each
 * GraphQL enum name to the entity property it sorts by, e.g. `{ NUMBER: 'number', CREATED_AT: 'createdAt' }`.
 */
export function orderByInput<const F extends Record<string, string>>(name: string, fields: F, label: string) {
  registerEnumType(fields, { name: `${name}SortField`, description: `Fields a ${label} list can be sorted by.` });

  @InputType(`${name}OrderBy`, { description: `One sort key of a ${label} list; several apply in order, ties broken by id.` })
  class OrderBy implements OrderByValue<F[keyof F]> {
    @Field(() => fields, { description: 'Sort key.' })
    field!: F[keyof F];

    @Field(() => SortDirection, { nullable: true, description: 'ASC when omitted.' })
    direction?: SortDirection | null;
  }
  return OrderBy;
}

/**
 * MikroORM's order of a list's `orderBy` (its default when none is given), ending with the id in the
 * last key's direction so the keyset stays unique. Refuses more than `MAX_SORT_KEYS` keys or one key
 * twice (BAD_USER_INPUT on `orderBy`).
 */
export function orderByOf<T>(orderBy: readonly OrderByValue[] | null | undefined, fallback: readonly OrderByValue[]): QueryOrderMap<T>[] {
  const keys = orderBy?.length ? orderBy : fallback;
  if (keys.length > MAX_SORT_KEYS) throw new BadUserInputError(`At most ${MAX_SORT_KEYS} sort keys`, { argumentName: 'orderBy' });
  if (new Set(keys.map((k) => k.field)).size !== keys.length) throw new BadUserInputError('A sort key is given twice', { argumentName: 'orderBy' });
  const order = keys.filter((k) => k.field !== 'id').map((k) => ({ [k.field]: orderOf(k.direction) }) as QueryOrderMap<T>);
  const last = keys[keys.length - 1];
  return [...order, { id: orderOf(last.direction) } as QueryOrderMap<T>];
}

/** A time range of a list filter: `from` inclusive, `to` exclusive; either may be omitted. */
@InputType({ description: 'A time range: from (inclusive) to (exclusive); either end may be omitted.' })
export class DateTimeRange {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Earliest instant, inclusive.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Latest instant, exclusive.' })
  to?: Date | null;
}

/** One metadata entry a row must carry. */
@InputType({ description: 'One metadata entry a row must carry: the key with exactly this value, or just the key when value is omitted.' })
export class MetadataFilter {
  @Field(() => String, { description: 'Metadata key, e.g. "erpId" (letters, digits, _ and -, at most 64).' })
  key!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'The value it must equal (a string, number or boolean); omitted: any value.' })
  value?: unknown;
}

/** The filters every list has; each list's filter input extends it. */
@InputType({ description: 'Filters every list has.' })
export abstract class ListFilter {
  @Field(() => DateTimeRange, { nullable: true, description: 'Only rows created in this range.' })
  createdAt?: DateTimeRange | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Only rows last changed in this range.' })
  updatedAt?: DateTimeRange | null;

  @Field(() => [MetadataFilter], { nullable: true, description: 'Only rows whose metadata carries every one of these entries (e.g. an external id).' })
  metadata?: MetadataFilter[] | null;
}

const METADATA_KEY = /^[A-Za-z0-9_-]{1,64}$/;

function rangeOf(range: DateTimeRange | null | undefined, name: string): Record<string, Date> | undefined {
  if (!range || (range.from == null && range.to == null)) return undefined;
  if (range.from && range.to && range.from > range.to) throw new BadUserInputError(`${name}.from is after ${name}.to`, { argumentName: 'filter' });
  return { ...(range.from ? { $gte: range.from } : {}), ...(range.to ? { $lt: range.to } : {}) };
}

/**
 * The conditions of the common filters: time ranges on `createdAt`/`updatedAt`, and metadata entries
 * (`metadata->>'key' = 'value'`, or the key present). Bad input is BAD_USER_INPUT on `filter`.
 */
export function listFilterWhere<T>(filter: ListFilter | null | undefined): FilterQuery<T>[] {
  if (!filter) return [];
  const where: Record<string, unknown>[] = [];
  const created = rangeOf(filter.createdAt, 'createdAt');
  if (created) where.push({ createdAt: created });
  const updated = rangeOf(filter.updatedAt, 'updatedAt');
  if (updated) where.push({ updatedAt: updated });
  for (const entry of filter.metadata ?? []) {
    if (!METADATA_KEY.test(entry.key)) throw new BadUserInputError('Metadata keys are 1–64 letters, digits, _ or -', { argumentName: 'filter' });
    const value = entry.value;
    if (value != null && !['string', 'number', 'boolean'].includes(typeof value)) {
      throw new BadUserInputError('A metadata filter value is a string, number or boolean', { argumentName: 'filter' });
    }
    where.push({ metadata: { [entry.key]: value == null ? { $ne: null } : value } });
  }
  return where as FilterQuery<T>[];
}

/**
 * The condition of a list's free-text `search` filter: the text, trimmed, found in any of `fields`
 * (case-insensitive, `%` and `_` taken literally). Null when there is no text to search for.
 */
export function searchWhere<T>(search: string | null | undefined, fields: readonly (keyof T & string)[]): FilterQuery<T> | null {
  const text = search?.trim();
  if (!text) return null;
  const like = likePattern(text);
  return { $or: fields.map((field) => ({ [field]: { $ilike: like } })) } as FilterQuery<T>;
}

/** The arguments of a root list: `first`/`after`, its `filter` and its `orderBy`. */
export interface ListArgsValue<F> {
  first?: number | null;
  after?: string | null;
  filter?: F | null;
  orderBy?: OrderByValue[] | null;
}

/**
 * The `@Args()` class of a root list: `first`, `after`, `filter: Filter` and `orderBy: [OrderBy!]`
 * (`defaultOrder` says, in the schema, what applies when it is omitted).
 */
export function listArgs<F extends object, O extends OrderByValue>(Filter: ClassType<F>, OrderBy: ClassType<O>, defaultOrder: string) {
  @ArgsType()
  class ListArgs extends ConnectionArgs implements ListArgsValue<F> {
    @Field(() => Filter, { nullable: true, description: 'Narrows the list.' })
    filter?: F | null;

    @Field(() => [OrderBy], { nullable: true, description: `Sort keys, applied in order (ties broken by id); ${defaultOrder} when omitted.` })
    orderBy?: O[] | null;
  }
  return ListArgs;
}

/** Most entries of one row's metadata, and most bytes of it as JSON. */
export const MAX_METADATA_KEYS = 50;
export const MAX_METADATA_BYTES = 4096;

/**
 * Why a `metadata` input is refused (INVALID on `metadata`), or nothing: metadata is where partners
 * keep their own ids, a flat JSON object of strings, numbers, booleans or nulls under plain keys
 * (letters, digits, _ and -), at most 50 entries and 4 KiB, so it can be filtered by key and value.
 */
export function metadataErrors(value: unknown, field: string[] = ['metadata']): UserError[] {
  if (value == null) return [];
  const refuse = (message: string) => [userError(UserErrorCode.INVALID, message, field)];
  if (typeof value !== 'object' || Array.isArray(value)) return refuse('Metadata must be a JSON object');
  const entries = Object.entries(value);
  if (entries.length > MAX_METADATA_KEYS) return refuse(`Metadata holds at most ${MAX_METADATA_KEYS} entries`);
  if (entries.some(([key]) => !METADATA_KEY.test(key))) return refuse('Metadata keys are 1–64 letters, digits, _ or -');
  if (entries.some(([, v]) => v !== null && !['string', 'number', 'boolean'].includes(typeof v))) return refuse('Metadata values are strings, numbers, booleans or null');
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_METADATA_BYTES) return refuse(`Metadata is limited to ${MAX_METADATA_BYTES} bytes`);
  return [];
}
