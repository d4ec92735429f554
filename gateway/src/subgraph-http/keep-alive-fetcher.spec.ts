import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepAliveFetcher, type SubgraphFetcher } from './keep-alive-fetcher';

// A real HTTP server on a loopback port: the fetcher's answers, and what an abort does while a call
// waits for a socket or while its answer is still arriving.
describe('keepAliveFetcher', () => {
  let server: http.Server;
  let url: string;
  let subgraph: SubgraphFetcher;
  const held: http.ServerResponse[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (req.url === '/hold') {
          held.push(res);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"data":');
          return;
        }
        res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json', 'x-echo': req.headers['x-echo'] ?? '' });
        // Two chunks: the answer is whole only once both arrived.
        res.write(`{"data":{"echo":${JSON.stringify(body)},`);
        setTimeout(() => res.end('"method":"' + req.method + '"}}'), 5);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    subgraph = keepAliveFetcher(1);
  });

  afterEach(async () => {
    for (const res of held.splice(0)) res.end('null}');
    await subgraph.close();
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers with the status, the headers and the whole body, sent in chunks', async () => {
    const res = await subgraph.fetcher(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-echo': 'hello' }, body: '{"query":"{ a }"}' });
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.headers.get('x-echo')).toBe('hello');
    expect(await res.json()).toEqual({ data: { echo: '{"query":"{ a }"}', method: 'POST' } });

    const missing = await subgraph.fetcher(`${url}/missing`, { method: 'POST', headers: {}, body: '{}' });
    expect([missing.status, missing.ok, missing.statusText]).toEqual([404, false, 'Not Found']);
  });

  it('an abort fails a call at once while it waits for the one socket, and the pool serves the next call', async () => {
    const first = subgraph.fetcher(`${url}/hold`, { method: 'POST', headers: {}, body: '{}' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const controller = new AbortController();
    const queued = subgraph.fetcher(`${url}/graphql`, { method: 'POST', headers: {}, body: 'queued', signal: controller.signal });
    const abortedAt = Date.now();
    controller.abort(new Error('deadline'));
    await expect(queued).rejects.toThrow('deadline');
    expect(Date.now() - abortedAt).toBeLessThan(100);

    held.splice(0).forEach((res) => res.end('null}'));
    expect(await (await first).json()).toEqual({ data: null });
    const next = await subgraph.fetcher(`${url}/graphql`, { method: 'POST', headers: {}, body: 'next' });
    expect(await next.json()).toEqual({ data: { echo: 'next', method: 'POST' } });
  });

  it('an abort fails a call whose answer is still arriving, and frees its socket', async () => {
    const controller = new AbortController();
    const call = subgraph.fetcher(`${url}/hold`, { method: 'POST', headers: {}, body: '{}', signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(held).toHaveLength(1);
    controller.abort(new Error('deadline'));
    await expect(call).rejects.toThrow('deadline');
    // One socket in the pool: this call gets through only if the aborted one gave its socket up.
    const next = await subgraph.fetcher(`${url}/graphql`, { method: 'POST', headers: {}, body: 'after' });
    expect(await next.json()).toEqual({ data: { echo: 'after', method: 'POST' } });
  });

  it('a signal already aborted sends nothing', async () => {
    let requests = 0;
    server.once('request', () => requests++);
    await expect(subgraph.fetcher(`${url}/graphql`, { method: 'POST', headers: {}, body: '{}', signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests).toBe(0);
  });
});
