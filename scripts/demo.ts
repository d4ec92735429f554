import { DEMO_LOGIN, call } from './demo-data';
import { demoMove } from './demo-moves';

/**
 * `pnpm demo`: keeps the demo workspace moving against a running stack (`pnpm start`) so the live
 * dashboard has something to show: deals won (the saga invoices, reserves and plans production),
 * payments, shipments and deliveries, production orders released, started and completed, component
 * deliveries. One move every DEMO_INTERVAL_MS (default 3000) at GATEWAY_URL (default
 * http://localhost:4000/graphql), as the demo login; Ctrl-C stops it after the move under way.
 */
async function main(): Promise<void> {
  const url = process.env.GATEWAY_URL ?? `http://localhost:${process.env.GATEWAY_PORT ?? 4000}/graphql`;
  const interval = Number(process.env.DEMO_INTERVAL_MS ?? 3000);
  let stopping = false;
  process.on('SIGINT', () => (stopping = true));
  process.on('SIGTERM', () => (stopping = true));
  const login = async () =>
    (await call<{ login: { accessToken: string | null } }>(url, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken errors { code message } } }`, { e: DEMO_LOGIN.email, p: DEMO_LOGIN.password })).login
      .accessToken!;
  let token = await login();
  let loggedInAt = Date.now();
  process.stdout.write(`pnpm demo: one move every ${interval} ms at ${url} (Ctrl-C stops)\n`);
  while (!stopping) {
    // Access tokens are short-lived: sign in again well before one expires.
    if (Date.now() - loggedInAt > 5 * 60_000) {
      token = await login();
      loggedInAt = Date.now();
    }
    try {
      const did = await demoMove(url, token);
      if (did) process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${did}\n`);
    } catch (err) {
      // A refused move (stock just taken by another order, an invoice paid meanwhile) is part of the show.
      process.stdout.write(`${new Date().toISOString().slice(11, 19)} (skipped: ${err instanceof Error ? err.message.slice(0, 120) : String(err)})\n`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  process.stdout.write('pnpm demo: stopped\n');
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
