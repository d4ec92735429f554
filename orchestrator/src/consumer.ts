import { OrderCreated, OrderUpdated, ProductionOutputReceived, consumes } from '@prometric/contracts';

/**
 * What the `orchestrator` queue consumes: a new order starts its saga, a cancellation turns it to
 * compensation, and production's output arriving in stock wakes a saga waiting for it.
 */
export const ORCHESTRATOR_CONSUMER = consumes('orchestrator', [OrderCreated, OrderUpdated, ProductionOutputReceived]);
