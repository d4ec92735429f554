import { BadUserInputError, ForbiddenError, can, decodeCursor, encodeCursor, pageSize, requirePrincipal, type RequestContext } from '@prometric/core';
import { EVENT_TYPES, readPermissionOf } from '../webhooks/webhook-catalog';
import type { EventsArgs, FeedEvent, FeedEventConnection } from './feed-event.type';

interface FeedRow {
  seq: string;
  id: string;
  type: string;
  schema_version: number;
  aggregate_type: string;
  aggregate_id: string;
  aggregate_version: number;
  actor_id: string | null;
  occurred_at: Date;
  payload: Record<string, unknown>;
}

/**
 * The event feed: finance's durable copy of every event (the `webhooks` queue's consumer writes it,
 * see `WebhookDispatcher.recordEvent`), paged oldest first by the order it was received. The reader
 * sees its own workspace only (row-level security and the condition), and only the types its scopes
 * read (`EVENT_READ_PERMISSION`). Events older than the retention (EVENT_FEED_RETENTION_DAYS) are gone.
 */
export class EventFeedService {
  async page(ctx: RequestContext, args: EventsArgs): Promise<FeedEventConnection> {
    const principal = requirePrincipal(ctx);
    const first = pageSize(args.first);
    const readable = EVENT_TYPES.filter((type) => {
      const permission = readPermissionOf(type);
      return !!permission && can(principal, permission);
    });
    let types = readable;
    if (args.types) {
      const unknown = args.types.filter((t) => !EVENT_TYPES.includes(t));
      if (unknown.length) throw new BadUserInputError(`Unknown event types: ${unknown.join(', ')}`, { argumentName: 'types' });
      const refused = args.types.filter((t) => !readable.includes(t));
      if (refused.length) throw new ForbiddenError(`Not allowed to read ${refused.map((t) => `${t} (needs ${readPermissionOf(t)})`).join(', ')}`);
      types = [...new Set(args.types)];
    }
    let after = '0';
    if (args.after) {
      const [seq] = decodeCursor(args.after);
      if (typeof seq !== 'string' || !/^\d{1,19}$/.test(seq)) throw new BadUserInputError('Invalid cursor', { argumentName: 'after' });
      after = seq;
    }
    const rows = types.length
      ? await ctx.em.execute<FeedRow[]>(
        `select "seq"::text as "seq", "id", "type", "schema_version", "aggregate_type", "aggregate_id", "aggregate_version", "actor_id", "occurred_at", "payload"
           from "finance"."feed_event" where "workspace_id" = ? and "seq" > ? and "type" = any(?::text[]) order by "seq" limit ?`,
        [principal.workspaceId, after, `{${types.join(',')}}`, first + 1],
      )
      : [];
    const hasNextPage = rows.length > first;
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor([row.seq]), node: toEvent(row) }));
    return {
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: !!args.after,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? args.after ?? null,
      },
    };
  }
}

function toEvent(row: FeedRow): FeedEvent {
  return {
    id: row.id,
    type: row.type,
    time: new Date(row.occurred_at),
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    aggregateVersion: row.aggregate_version,
    schemaVersion: row.schema_version,
    actorId: row.actor_id,
    payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
  };
}
