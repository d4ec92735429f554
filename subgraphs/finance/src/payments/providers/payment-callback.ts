import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { inTenantTransaction, isUuid, sendJson, type TenantParams } from '@prometric/core';
import type { Logger } from 'pino';
import { PaymentProviderKind } from './payment-provider';
import type { PaymentCallbackService } from './payment-callback.service';

const PATH = /^\/callbacks\/finance\/payments\/([a-z]+)\/([^/?]+)$/;

/** The workspace of a payment request, through the narrow owner-side lookup (never from the body). */
async function tenantOf(orm: MikroORM<PostgreSqlDriver>, requestId: string, kind: PaymentProviderKind): Promise<TenantParams | null> {
  const em = orm.em.fork({ useContext: false }) as EntityManager;
  const rows = await em.execute<{ organization_id: string; workspace_id: string }[]>('select organization_id, workspace_id from "finance"."payment_request_tenant"(?)', [requestId]);
  // The audit trail names the provider as the actor of what its callback writes.
  return rows.length ? { organizationId: rows[0].organization_id, workspaceId: rows[0].workspace_id, userId: null, actorRole: `provider:${kind.toLowerCase()}` } : null;
}

/**
 * `POST /callbacks/finance/payments/<provider>/<payment request id>` (passed on by the gateway): a
 * provider's signed callback. The request's workspace comes from the stored request, never from the
 * body; `PaymentCallbackService` checks the signature with that workspace's secret and applies the
 * callback exactly once. Answers: 200 once applied (or a duplicate), 404 unknown request, 401 not
 * authentic, 422 an amount other than requested (nothing written in those three), 500 on a failure
 * (rolled back: the provider delivers it again). The answer is sent after the commit.
 */
export function paymentCallbacks(deps: { orm: () => MikroORM<PostgreSqlDriver>; callbacks: PaymentCallbackService; logger: Logger }) {
  return (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void => {
    const match = PATH.exec((req.url ?? '/').split('?')[0]);
    const kind = match && Object.values(PaymentProviderKind).find((k) => k.toLowerCase() === match[1]);
    if (!match || !kind || kind === PaymentProviderKind.MANUAL || !isUuid(match[2])) return sendJson(res, 404, { error: 'not found' });
    const requestId = match[2];
    const orm = deps.orm();
    (async () => {
      const tenant = await tenantOf(orm, requestId, kind);
      if (!tenant) return sendJson(res, 404, { error: 'not found' });
      const answer = await inTenantTransaction(orm, tenant, (em) => deps.callbacks.apply(em, kind, requestId, body, req.headers));
      if (answer.status === 422) deps.logger.error({ requestId, ...answer.body }, 'provider reports a payment of another amount than requested');
      sendJson(res, answer.status, answer.body);
    })().catch((err) => {
      deps.logger.error({ err, requestId }, 'payment callback failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    });
  };
}
