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
