import { BadUserInputError, NODE_TYPES, acrossOwners, can, decodeCursor, encodeCursor, pageSize, type Connection, type NodeTypeName, type RequestContext } from '@prometric/core';
import type { SearchHit } from './search.types';
import { SearchType } from './search.types';

/** Owner of each searchable type: who publishes its `"<owner>"."search"` lookup. */
const OWNERS = [...new Set(Object.values(SearchType).map((type) => NODE_TYPES[type as NodeTypeName].owner))];
/** Deepest a search pages (offset), and most hits counted per type for `totalCount`. */
export const MAX_SEARCH_OFFSET = 500;
const MAX_COUNTED = 1000;

interface HitRow {
  id: string;
  type: SearchType;
  rank: number;
  snippet: string;
}

/**
 * `search(query:)` over the workspace: each owner ranks its own records (its published `search`
 * lookup over generated tsvector columns and trigram indexes, see `searchFunctionSql`); this asks
 * every owner of a type the caller may read in one statement, under the caller's workspace (row-level
 * security), and merges by rank.
 */
export class SearchService {
  async search(ctx: RequestContext, query: string, types: SearchType[] | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Connection<SearchHit>> {
    const text = query.trim();
    if (!text || text.length > 100) throw new BadUserInputError('The search query must have 1 to 100 characters', { argumentName: 'query' });
    const size = Math.min(pageSize(first), 50);
    const offset = after ? Number(decodeCursor(after)[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_SEARCH_OFFSET) throw new BadUserInputError(`A search pages at most ${MAX_SEARCH_OFFSET} hits deep`, { argumentName: 'after' });
    // A type the caller may not read is not searched at all: its hits could not be shown.
    const readable = (types?.length ? [...new Set(types)] : Object.values(SearchType)).filter((type) => can(ctx.principal, NODE_TYPES[type as NodeTypeName].read));
    const empty = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: offset > 0, startCursor: null, endCursor: null }, totalCount: 0 };
    if (!readable.length || size === 0) return empty;
    const rows = await this.hits(ctx, text, readable, offset + size + 1, `order by "rank" desc, "type", "id" offset ${offset} limit ${size + 1}`);
    const page = rows.slice(0, size);
    const edges = page.map((row, i) => ({
      cursor: encodeCursor([offset + i + 1]),
      node: { type: row.type, rank: Math.round(row.rank * 1000) / 1000, snippet: row.snippet, node: { __typename: row.type as NodeTypeName, id: row.id } },
    }));
    const count = () => this.count(ctx, text, readable);
    let counted: Promise<number> | undefined;
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      // Counted only when asked for (a statement of its own), at most MAX_COUNTED hits per type.
      get totalCount() {
        return (counted ??= count());
      },
    };
  }

  private async count(ctx: RequestContext, text: string, types: SearchType[]): Promise<number> {
    const [row] = await this.hits<{ n: number }>(ctx, text, types, MAX_COUNTED, '', 'select count(*)::int as "n" from');
    return row.n;
  }

  /** `head` over the owners' hits, then `tail` (order, offset, limit). */
  private async hits<Row = HitRow>(ctx: RequestContext, text: string, types: SearchType[], limit: number, tail: string, head = 'select * from'): Promise<Row[]> {
    const owners = OWNERS.filter((owner) => types.some((type) => NODE_TYPES[type as NodeTypeName].owner === owner));
    const union = acrossOwners(owners, 'search', '?, ?::text[], ?', [text, `{${types.join(',')}}`, limit]);
    return ctx.em.execute(`${head} (${union.sql}) hits ${tail}`, union.params);
  }
}
