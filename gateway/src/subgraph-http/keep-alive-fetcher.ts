import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, type Dispatcher } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** A fetcher for subgraph calls, and the connection pool behind it to close with the gateway. */
export interface SubgraphFetcher {
  fetcher: Fetcher;
  close(): Promise<void>;
}

/**
 * A subgraph's whole answer, read before the data source looks at it: the slice of a fetch Response
 * that @apollo/gateway uses (@apollo/utils.fetcher's FetcherResponse). Subgraph answers are small
 * JSON documents, so holding one as text costs nothing that streaming would save.
 */
class BufferedResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: Headers,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(await this.text()).buffer;
  }

  clone(): BufferedResponse {
    return new BufferedResponse(this.url, this.status, this.headers, this.body);
  }
}

/** A subgraph's answer as it came: status, headers, the body as text. */
interface Answer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One call through the pool's dispatcher, its answer read whole into memory. undici's `request` would
 * wrap the same dispatch in an AsyncResource and a body stream per call; a subgraph's answer is one
 * small JSON document, so collecting its chunks is all there is to do. An abort (the deadline) fails
 * the call at once, whether it is waiting for a socket or already sent.
 */
function dispatchWhole(agent: Agent, options: Dispatcher.DispatchOptions, signal: AbortSignal | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const chunks: Buffer[] = [];
    let statusCode = 0;
    let headers: IncomingHttpHeaders = {};
    let controller: Dispatcher.DispatchController | null = null;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => {
      controller?.abort(signal!.reason);
      settle(() => reject(signal!.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    agent.dispatch(options, {
      onRequestStart(c) {
        controller = c;
        if (settled) c.abort(signal?.reason);
      },
      onResponseStart(_c, status, responseHeaders) {
        statusCode = status;
        headers = responseHeaders;
      },
      onResponseData(_c, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        settle(() => resolve({ statusCode, headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
      onResponseError(_c, err) {
        settle(() => reject(err));
      },
    });
  });
}

function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.append(name, value);
  }
  return headers;
}

/**
 * Subgraph calls over undici's keep-alive pools (one per subgraph origin, up to `connections`
 * sockets each) through its dispatcher. @apollo/gateway's default fetcher is make-fetch-happen,
 * built for npm's registry calls (a retrying, caching client whose agent inspects a fresh Error's
 * stack on every request: ~7 % of the deep page's CPU); undici's own fetch() then cost ~14 % of a
 * products page through the gateway (WHATWG Request/Response, streams, abort plumbing per call).
 * Calls go through the agent's `dispatch` and read the answer in one piece; a signal in `init`
 * aborts the call as fetch would.
 */
export function keepAliveFetcher(connections = 64): SubgraphFetcher {
  const agent = new Agent({ connections, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000 });
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  };
  const fetcher: Fetcher = async (url, init) => {
    const { origin, path } = targetOf(url);
    const method = init?.method ?? 'GET';
    const answer = await dispatchWhole(
      agent,
      { origin, path, method: method as Dispatcher.HttpMethod, headers: init?.headers, body: init?.body },
      init?.signal as AbortSignal | undefined,
    );
    return new BufferedResponse(url, answer.statusCode, headersOf(answer.headers), answer.body);
  };
  return { fetcher, close: () => agent.close() };
}
