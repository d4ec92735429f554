import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got. */
export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** What it answered. */
  status: number;
  at: number;
}

/**
 * A real HTTP endpoint for webhook tests (node:http on an ephemeral port): records every request and
 * answers each path with the status its responder returns (200 by default).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private readonly responders = new Map<string, (nth: number, body: string) => number>();
  private server!: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        const body = Buffer.concat(chunks).toString('utf8');
        const nth = this.received.filter((r) => r.path === path).length;
        const status = this.responders.get(path)?.(nth, body) ?? 200;
        this.received.push({ path, headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body, status, at: Date.now() });
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'nope');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Answers requests to `path` with `responder(nth, body)` (nth counts from 0 per path). */
  respond(path: string, responder: (nth: number, body: string) => number): void {
    this.responders.set(path, responder);
  }

  on(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
