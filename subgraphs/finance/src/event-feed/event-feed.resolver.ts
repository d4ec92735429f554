import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { EventFeedService } from './event-feed.service';
import { EventsArgs, FeedEvent, FeedEventConnection } from './feed-event.type';

@Resolver(() => FeedEvent)
export class EventFeedResolver {
  constructor(private readonly feed: EventFeedService) {}

  @Query(() => FeedEventConnection, {
    description:
      'The workspace\'s events, oldest first, after a cursor: what a partner that was down reads to catch up (the same events webhooks deliver). Each type needs the scope that reads its entity (order.* orders:read, invoice.* invoices:read, …). Kept for EVENT_FEED_RETENTION_DAYS (30 days by default).',
  })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: RequestContext): Promise<FeedEventConnection> {
    return this.feed.page(ctx, args);
  }
}
