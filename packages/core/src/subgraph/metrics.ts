import type http from 'node:http';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of one subgraph process, served on its /metrics: Node's own (event-loop lag
 * percentiles, heap, GC, CPU, RSS) and the GraphQL requests it answered, by status and duration.
 */
export function createSubgraphMetrics(subgraph: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ subgraph });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'subgraph_http_requests_total', help: 'GraphQL HTTP requests by status.', labelNames: ['status'] as const, registers: [registry] });
  const duration = new Histogram({
    name: 'subgraph_http_request_duration_seconds',
    help: 'GraphQL HTTP request duration.',
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    /** Counts and times one /graphql request once its response is sent. */
    track(res: http.ServerResponse): void {
      const stop = duration.startTimer();
      res.on('finish', () => {
        stop();
        requests.inc({ status: String(res.statusCode) });
      });
    },
    /** Answers GET /metrics. */
    serve(res: http.ServerResponse): void {
      registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': registry.contentType });
          res.end(text);
        },
        () => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('metrics unavailable');
        },
      );
    },
  };
}
