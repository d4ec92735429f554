import { isUuid, type RequestContext } from '@prometric/core';
import { loadSagas } from '../saga/saga-store';
import { fulfilmentOf } from './fulfilment';
import type { Fulfilment } from './fulfilment.types';

/** Where orders stand in the order-to-cash saga, read from the orchestrator's own saga rows. */
export class FulfilmentService {
  /** An order's fulfilment; the sagas of a page of orders in one statement, under the request's workspace (row-level security). */
  ofOrder(ctx: RequestContext, orderId: string): Promise<Fulfilment> {
    return ctx
      .loader<string, Fulfilment>('OrderSaga:byOrder', async (ids) => {
        const rows = await loadSagas(ctx.em, ids.filter(isUuid));
        const byOrder = new Map(rows.map((row) => [row.orderId, row]));
        return ids.map((id) => fulfilmentOf(byOrder.get(id) ?? null));
      })
      .load(orderId);
  }
}
