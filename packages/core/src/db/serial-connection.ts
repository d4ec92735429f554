/** The slice of a pg client this needs: its query method, in any of its call forms. */
interface Queryable {
  query(...args: unknown[]): unknown;
}

/**
 * Makes one pooled pg connection run its queries one after another by itself. A request's resolvers
 * run in parallel (sibling fields, DataLoader batches dispatched in the same tick) on the one
 * connection that holds the request's transaction; pg used to queue such overlapping calls silently
 * and now warns that it will stop ("Calling client.query() when the client is already executing a
 * query"). Here each call waits for the previous one to finish, so the order is the order of calls
 * and pg never sees two at once. Submittables (cursors, streams) pass straight through.
 */
export function serializeQueries(connection: Queryable): void {
  const query = connection.query.bind(connection);
  let tail: Promise<unknown> = Promise.resolve();
  const serial = (...args: unknown[]): unknown => {
    const [first] = args;
    if (first && typeof first === 'object' && typeof (first as { submit?: unknown }).submit === 'function') return query(...args);
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const run = () =>
        new Promise<void>((release) => {
          query(...args.slice(0, -1), (...result: unknown[]) => {
            release();
            (last as (...r: unknown[]) => void)(...result);
          });
        });
      tail = tail.then(run, run);
      return undefined;
    }
    const result = tail.then(() => query(...args));
    tail = result.catch(() => undefined);
    return result;
  };
  Object.defineProperty(connection, 'query', { value: serial, configurable: true, writable: true });
}
