import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { KASPI_HEADERS, kaspiSignature } from '../src/payments/providers/kaspi-provider';

/** A payment the simulator holds. */
export interface SimulatedPayment {
  id: string;
  merchantId: string;
  amount: string;
  currency: string;
  callbackUrl: string;
  orderReference: string;
  refunds: string[];
}

/**
 * A Kaspi-style provider for tests (node:http on an ephemeral port): checks the merchant's signature
 * on every request, creates payments (`POST /payments`) and refunds (`POST /payments/:id/refunds`),
 * and builds or fires signed callbacks. `down` makes it answer 503; `delayMs` makes it slow.
 */
export class KaspiSimulator {
  readonly payments = new Map<string, SimulatedPayment>();
  /** Requests refused for a bad signature. */
  unsigned = 0;
  down = false;
  delayMs = 0;
  url = '';
  private server!: http.Server;

  /** `secrets`: merchant id → the secret the workspace configured. */
  constructor(readonly secrets: Map<string, string> = new Map()) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answer = (status: number, body: object) => setTimeout(() => {
          if (!res.writableEnded) res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        }, this.delayMs);
        if (this.down) return answer(503, { message: 'maintenance' });
        const raw = Buffer.concat(chunks);
        const merchant = String(req.headers[KASPI_HEADERS.merchant] ?? '');
        const secret = this.secrets.get(merchant);
        const timestamp = String(req.headers[KASPI_HEADERS.timestamp] ?? '');
        if (!secret || req.headers[KASPI_HEADERS.signature] !== kaspiSignature(secret, timestamp, raw)) {
          this.unsigned += 1;
          return answer(401, { message: 'bad signature' });
        }
        const body = JSON.parse(raw.toString('utf8')) as Record<string, string>;
        const refund = /^\/payments\/([^/]+)\/refunds$/.exec(req.url ?? '');
        if (req.method === 'POST' && req.url === '/payments') {
          const id = `kp_${randomUUID()}`;
          this.payments.set(id, { id, merchantId: merchant, amount: body.amount, currency: body.currency, callbackUrl: body.callbackUrl, orderReference: body.orderReference, refunds: [] });
          return answer(201, { id, paymentUrl: `${this.url}/pay/${id}`, qrPayload: `${this.url}/qr/${id}`, expiresAt: new Date(Date.now() + 15 * 60_000).toISOString() });
        }
        if (req.method === 'POST' && refund) {
          const payment = this.payments.get(decodeURIComponent(refund[1]));
          if (!payment || payment.merchantId !== merchant) return answer(404, { message: 'no such payment' });
          payment.refunds.push(body.amount);
          return answer(201, { id: `kr_${randomUUID()}`, status: 'ACCEPTED' });
        }
        return answer(404, { message: 'no such route' });
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A callback as the provider would send it, signed with `secret` (the merchant's, unless forging). */
  callback(paymentId: string, event: { eventId?: string; status: 'PAID' | 'FAILED' | 'REFUNDED'; amount?: string; secret?: string; at?: Date }): { body: string; headers: Record<string, string> } {
    const payment = this.payments.get(paymentId);
    if (!payment) throw new Error(`No simulated payment ${paymentId}`);
    const body = JSON.stringify({ paymentId, eventId: event.eventId ?? `ev_${randomUUID()}`, status: event.status, amount: event.amount ?? payment.amount });
    const timestamp = Math.floor((event.at ?? new Date()).getTime() / 1000);
    const secret = event.secret ?? this.secrets.get(payment.merchantId)!;
    return { body, headers: { 'content-type': 'application/json', [KASPI_HEADERS.timestamp]: String(timestamp), [KASPI_HEADERS.signature]: kaspiSignature(secret, timestamp, body) } };
  }

  /** Sends a callback to the payment's callback URL; resolves to the HTTP status. */
  async fire(paymentId: string, event: Parameters<KaspiSimulator['callback']>[1]): Promise<number> {
    const { body, headers } = this.callback(paymentId, event);
    const response = await fetch(this.payments.get(paymentId)!.callbackUrl, { method: 'POST', headers, body });
    await response.arrayBuffer();
    return response.status;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
