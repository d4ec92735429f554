import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { inTenantTransaction, isUuid, sendJson, type TenantParams } from '@prometric/core';
import type { Logger } from 'pino';
import { CallbackRejected, PaymentProviderKind } from './payment-provider';
import type { PaymentProviderService } from './payment-provider.service';
import { PaymentRequest } from './payment-request.entity';
import type { PaymentRequestService } from './payment-request.service';

const PATH = /^\/callbacks\/finance\/payments\/([a-z]+)\/([^/?]+)$/;

/** The workspace of a payment request, through the narrow owner-side lookup (never from the body). */
async function tenantOf(orm: MikroORM<PostgreSqlDriver>, requestId: string): Promise<TenantParams | null> {
  const em = orm.em.fork({ useContext: false }) as EntityManager;
  const rows = await em.execute<{ organization_id: string; workspace_id: string }[]>('select organization_id, workspace_id from "finance"."payment_request_tenant"(?)', [requestId]);
  return rows.length ? { organizationId: rows[0].organization_id, workspaceId: rows[0].workspace_id, userId: null } : null;
}

/**
 * `POST /callbacks/finance/payments/<provider>/<payment request id>` (passed on by the gateway): a
 * provider's signed callback. The request's workspace comes from the stored request, never from the
 * body; the signature is checked with that workspace's secret: unknown request 404, a callback that
 * is not authentic 401, in both cases with nothing written.
 *
 * Recording is not built yet: an authentic callback is answered 503, so the provider keeps it and
 * delivers it again, and nothing is acknowledged that was not recorded.
 */
export function paymentCallbacks(deps: { orm: () => MikroORM<PostgreSqlDriver>; accounts: PaymentProviderService; requests: PaymentRequestService; logger: Logger }) {
  return (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void => {
    const match = PATH.exec((req.url ?? '/').split('?')[0]);
    const kind = match && Object.values(PaymentProviderKind).find((k) => k.toLowerCase() === match[1]);
    if (!match || !kind || kind === PaymentProviderKind.MANUAL || !isUuid(match[2])) return sendJson(res, 404, { error: 'not found' });
    const requestId = match[2];
    const orm = deps.orm();
    (async () => {
      const tenant = await tenantOf(orm, requestId);
      if (!tenant) return sendJson(res, 404, { error: 'not found' });
      const outcome = await inTenantTransaction(orm, tenant, async (em) => {
        const request = await em.findOne(PaymentRequest, requestId);
        const credentials = await deps.accounts.credentialsIn(em, kind);
        if (!request || request.provider !== kind || !credentials) return 404;
        try {
          const callback = deps.requests.provider(kind).verifyCallback(body, req.headers, credentials);
          if (callback.providerReference !== request.providerReference) throw new CallbackRejected('Callback names another payment');
        } catch (error) {
          if (error instanceof CallbackRejected) return 401;
          throw error;
        }
        return 503;
      });
      if (outcome === 404) return sendJson(res, 404, { error: 'not found' });
      if (outcome === 401) return sendJson(res, 401, { error: 'callback not authentic' });
      res.setHeader('retry-after', '60');
      sendJson(res, 503, { error: 'callback not processed yet' });
    })().catch((err) => {
      deps.logger.error({ err, requestId }, 'payment callback failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    });
  };
}
