import type { Logger } from 'pino';
import type { SubgraphEndpoint } from '../health';
import { subgraphPassThrough } from '../edge/subgraph-passthrough';

/**
 * `GET /documents/<subgraph>/…`: the signed document URLs the subgraphs hand out (an invoice's PDF)
 * point at the gateway; the subgraph checks the signature and the document is streamed back.
 */
export function documentsProxy(subgraphs: SubgraphEndpoint[], logger: Logger, timeoutMs = 30_000) {
  return subgraphPassThrough(subgraphs, logger, { prefix: 'documents', method: 'GET', responseHeaders: ['content-type', 'content-length', 'content-disposition', 'cache-control'], what: 'document download', timeoutMs });
}

/**
 * `POST /callbacks/<subgraph>/…`: notifications from outside parties (a payment provider's signed
 * callback), body (at most 64 KiB) and headers passed on; the subgraph verifies them and its status
 * code is the answer.
 */
export function callbacksProxy(subgraphs: SubgraphEndpoint[], logger: Logger, timeoutMs = 30_000) {
  return subgraphPassThrough(subgraphs, logger, { prefix: 'callbacks', method: 'POST', responseHeaders: ['content-type'], maxBodyBytes: 64 * 1024, what: 'callback', timeoutMs });
}
