import type { Pool } from 'pg';

/**
 * Deletes, in every workspace, the feed events received more than `days` days ago and the finished
 * (SUCCEEDED or FAILED) webhook deliveries created before then; PENDING deliveries stay. Runs as the
 * schema's owner (row-level security would limit it to one workspace). Returns what it deleted.
 */
export async function pruneEventFeed(owner: Pool, days: number): Promise<{ events: number; deliveries: number }> {
  const events = await owner.query(`delete from "finance"."feed_event" where "received_at" < now() - make_interval(days => $1)`, [days]);
  const deliveries = await owner.query(`delete from "finance"."webhook_delivery" where "status" <> 'PENDING' and "created_at" < now() - make_interval(days => $1)`, [days]);
  return { events: events.rowCount ?? 0, deliveries: deliveries.rowCount ?? 0 };
}
