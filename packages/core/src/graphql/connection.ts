import { ArgsType, Directive, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Relay page info. */
@Directive('@shareable')
@ObjectType({ description: 'Where this page sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor?: string | null;
}

/** `first`/`after` of every connection field; list resolvers extend it with their filter. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, at most 100 (20 when omitted).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (the endCursor of the previous page).' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted when asked for: a root list's count is a statement of its own. */
  totalCount: number | Promise<number>;
}

/** Builds the `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Cursor = base64url of the offset key (sort value + id), opaque to clients. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(values)) throw new Error('not an array');
    return values;
  } catch {
    throw new BadUserInputError('Invalid cursor', { argumentName: 'after' });
  }
}

/** Validates and caps `first`. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw new BadUserInputError('`first` must be a non-negative integer', { argumentName: 'first' });
  return Math.min(first, MAX_PAGE_SIZE);
}

/** Sort direction of a list. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending.' });

/** MikroORM order of a sort direction. */
export function orderOf(direction: SortDirection | null | undefined): 'asc' | 'desc' {
  return direction === SortDirection.DESC ? 'desc' : 'asc';
}
