import type { EntityManager } from '@mikro-orm/postgresql';
import { EVENT_CONTRACTS, OrderCreated, OrderUpdated, PayrollApproved, StockIssued, consumes } from '@prometric/contracts';
import { defineConsumer, type DomainEvent, type EventConsumer } from '@prometric/core';
import type { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { upsertOrderSnapshot } from './orders/order-snapshot.handlers';
import { payrollApprovedHandler } from './payroll/payroll.handlers';
import { costOfGoodsHandler } from './cost-of-goods/cost-of-goods.handlers';
import type { FinanceServices } from './schema';

/**
 * What the `finance` queue consumes: sales' orders (kept as the snapshots invoices are drafted
 * from), hr's approved payroll runs (posted as PAYROLL expenses) and operations' stock issues for
 * sales orders (recorded as cost of goods sold).
 */
export const FINANCE_CONSUMER = consumes('finance', [OrderCreated, OrderUpdated, PayrollApproved, StockIssued]);

/** The `finance` queue's consumer over the subgraph's services. */
export function financeConsumer(services: FinanceServices): EventConsumer {
  return defineConsumer(FINANCE_CONSUMER, {
    'order.created': upsertOrderSnapshot,
    'order.updated': upsertOrderSnapshot,
    'payroll.approved': payrollApprovedHandler(services.expenses),
    'stock.issued': costOfGoodsHandler,
  });
}

/**
 * What the `webhooks` queue consumes: every event of every producer (the routes come from this
 * declaration), which finance keeps as the event feed and turns into webhook deliveries.
 */
export const WEBHOOKS_CONSUMER = consumes('webhooks', [...EVENT_CONTRACTS.values()]);

/** The `webhooks` queue's consumer: one handler, the dispatcher's, for every event type. */
export function webhooksConsumer(dispatcher: WebhookDispatcher): EventConsumer {
  const handler = (em: EntityManager, event: DomainEvent<unknown>) => dispatcher.recordEvent(em, event);
  return defineConsumer(WEBHOOKS_CONSUMER, Object.fromEntries(WEBHOOKS_CONSUMER.events.map((c) => [c.type, handler])));
}
