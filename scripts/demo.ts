import { DEMO_LOGIN } from './demo-data';
import { runDemoMover } from './demo-moves';

/**
 * `pnpm demo`: keeps the demo workspace moving against a running stack (`pnpm start`) so the live
 * dashboard has something to show: deals won (the saga invoices, reserves and plans production),
 * payments, shipments and deliveries, production orders released, started and completed, component
 * deliveries. One move every DEMO_INTERVAL_MS (default 3000) at GATEWAY_URL (default
 * http://localhost:4000/graphql), as the demo login; Ctrl-C stops it after the move under way.
 * (`DEMO_MOVE=1 pnpm start` runs the same mover inside the start process.)
 */
async function main(): Promise<void> {
  const url = process.env.GATEWAY_URL ?? `http://localhost:${process.env.GATEWAY_PORT ?? 4000}/graphql`;
  const intervalMs = Number(process.env.DEMO_INTERVAL_MS ?? 3000);
  const stop = new AbortController();
  process.on('SIGINT', () => stop.abort());
  process.on('SIGTERM', () => stop.abort());
  process.stdout.write(`pnpm demo: one move every ${intervalMs} ms at ${url} (Ctrl-C stops)\n`);
  await runDemoMover(url, DEMO_LOGIN, { intervalMs, signal: stop.signal, log: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write('pnpm demo: stopped\n');
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
