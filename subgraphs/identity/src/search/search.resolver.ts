import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Connection, RequestContext } from '@prometric/core';
import { SearchService } from './search.service';
import { SearchConnection, SearchHit, SearchType } from './search.types';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchConnection, {
    description:
      'Searches the workspace: products, customers, orders, invoices, employees and suppliers, by word prefixes ("oak chr"), typos in names (trigram similarity) and exact codes (an exact SKU, number or email ranks first). Only the types the caller may read are searched; best first, at most 50 per page and 500 deep.',
  })
  search(
    @Arg('query', () => String, { description: 'The words to find (1 to 100 characters).' }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'The kinds of records to search; every kind the caller may read when omitted.' }) types: SearchType[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 50 (20 when omitted).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts (the endCursor of the previous page).' }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<SearchHit>> {
    return this.service.search(ctx, query, types, first, after);
  }
}
