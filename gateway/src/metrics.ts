import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { SubscriptionHub } from './subscriptions/subscription-hub';

/** Prometheus metrics of one gateway replica, served on /metrics. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'gateway_http_requests_total', help: 'HTTP requests by route and status.', labelNames: ['route', 'status'] as const, registers: [registry] });
  const duration = new Histogram({
    name: 'gateway_http_request_duration_seconds',
    help: 'HTTP request duration by route.',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const subgraphFetches = new Counter({ name: 'gateway_subgraph_fetches_total', help: 'Fetches sent to subgraphs.', labelNames: ['subgraph'] as const, registers: [registry] });
  let hub: SubscriptionHub | null = null;
  const hubGauge = (name: string, help: string, pick: (s: ReturnType<SubscriptionHub['statsNow']>) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        if (hub) this.set(pick(hub.statsNow()));
      },
    });
  hubGauge('gateway_subscriptions_active', 'Live subscriptions.', (s) => s.subscribers);
  hubGauge('gateway_subscription_groups', 'Groups sharing one re-read per event.', (s) => s.groups);
  hubGauge('gateway_subscription_events_total', 'Events received from Redis.', (s) => s.events);
  hubGauge('gateway_subscription_reads_total', 'Entity re-reads run for subscriptions.', (s) => s.reads);
  hubGauge('gateway_subscription_deliveries_total', 'Payloads pushed to subscribers.', (s) => s.deliveries);

  return {
    registry,
    watch(subscriptions: SubscriptionHub) {
      hub = subscriptions;
    },
    subgraphFetch(subgraph: string) {
      subgraphFetches.inc({ subgraph });
    },
    /** Times a request; call the returned function with the status when it ends. */
    startRequest(route: string) {
      const end = duration.startTimer({ route });
      return (status: number) => {
        end();
        requests.inc({ route, status: String(status) });
      };
    },
  };
}
