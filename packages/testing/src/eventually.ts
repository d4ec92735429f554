/**
 * Reads `read()` until `done` accepts the value, and returns it; throws `<what>: still <value>` after
 * `timeoutMs`. For effects that arrive asynchronously (events consumed, sagas advancing).
 */
export async function eventually<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
}

/**
 * The negative of `eventually`, for "this must not happen": watches `seen()` for the whole `ms` and
 * throws `<what> within <ms> ms: <value>` as soon as it reports something (a non-empty array or any
 * other truthy value). Only a window can show an absence, so its length is part of the claim: wait
 * for the positive counterpart first (the delivery that did happen) where there is one.
 */
export async function expectNothingWithin(ms: number, what: string, seen: () => unknown, options: { intervalMs?: number } = {}): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await seen();
    if (Array.isArray(value) ? value.length > 0 : value) throw new Error(`${what} within ${ms} ms: ${JSON.stringify(value)}`);
    if (Date.now() >= deadline) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.intervalMs ?? 25, Math.max(0, deadline - Date.now()))));
  }
}

/**
 * Waits until `stack` (started with `recordQueries: 'all'`) has run no SQL for `quietMs`: the
 * background consumers (finance's event feed copies every event, one at a time, long after a burst)
 * are done, so what runs next is measured alone.
 */
export async function untilQuiet(stack: { queries: unknown[] }, options: { quietMs?: number; timeoutMs?: number } = {}): Promise<void> {
  const quietMs = options.quietMs ?? 1500;
  await eventually(
    `no statement for ${quietMs} ms`,
    async () => {
      const before = stack.queries.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      return stack.queries.length - before;
    },
    (statements) => statements === 0,
    { timeoutMs: options.timeoutMs ?? 120_000, intervalMs: 0 },
  );
}
