import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs, DateTimeScalar, JSONScalar, PageInfo } from '@prometric/core';

/** One event of the workspace, as the feed keeps it. */
@ObjectType({ description: 'Something that happened in the workspace: one event of the event feed (the same event a webhook delivers).' })
export class FeedEvent {
  @Field(() => ID, { description: 'The event id (the webhook-id of its deliveries).' })
  id!: string;

  @Field(() => String, { description: 'The event type, e.g. order.created.' })
  type!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened (when its change committed).' })
  time!: Date;

  @Field(() => String, { description: 'The entity type it is about, e.g. Order.' })
  aggregateType!: string;

  @Field(() => ID, { description: 'The entity it is about.' })
  aggregateId!: string;

  @Field(() => Int, { description: 'Version of the entity after the change: what a consumer keeps to drop anything older.' })
  aggregateVersion!: number;

  @Field(() => Int, { description: 'Version of the payload\'s shape (its event contract\'s).' })
  schemaVersion!: number;

  @Field(() => ID, { nullable: true, description: 'Who made the change, when a person or key did.' })
  actorId?: string | null;

  @Field(() => JSONScalar, { description: 'The event\'s payload, as its contract defines it.' })
  payload!: Record<string, unknown>;
}

@ObjectType({ description: 'One event in a page of the feed, with its cursor.' })
export class FeedEventEdge {
  @Field(() => String, { description: 'Opaque cursor of this event: pass it as `after` to read what followed.' })
  cursor!: string;

  @Field(() => FeedEvent, { description: 'The event.' })
  node!: FeedEvent;
}

@ObjectType({ description: 'A page of the event feed, oldest first.' })
export class FeedEventConnection {
  @Field(() => [FeedEventEdge], { description: 'The events of this page, oldest first.' })
  edges!: FeedEventEdge[];

  @Field(() => PageInfo, { description: 'Paging information; endCursor is where to resume (keep it even when the page is empty: it is then your `after`).' })
  pageInfo!: PageInfo;
}

@ArgsType()
export class EventsArgs extends ConnectionArgs {
  @Field(() => [String], { nullable: true, description: 'Only these event types; each needs the scope that reads it (FORBIDDEN otherwise). Every type you may read when omitted.' })
  types?: string[] | null;
}
