import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { RunningGateway } from '@prometric/gateway';
import { startExtraGateway, useStack } from '@prometric/testing';

/**
 * CORS through a real browser: a page served from another origin calls the gateway with fetch and
 * reads the answer when its origin is listed (CORS_ORIGINS); a page of an unlisted origin cannot.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const describeBrowser = hasChromium ? describe : describe.skip;
jest.setTimeout(60_000);

/** A page whose script asks the gateway (known once it runs) for `me` and writes what happened into its body. */
function pageServer(target: { gatewayUrl: string; token: string }): Promise<{ origin: string; close(): Promise<void> }> {
  const html = ({ gatewayUrl, token }: typeof target) => `<!doctype html><body><pre id="out">pending</pre><script>
    fetch(${JSON.stringify(gatewayUrl)}, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ${token}' }, body: JSON.stringify({ query: '{ me { email } }' }) })
      .then((r) => r.json()).then((b) => { document.getElementById('out').textContent = 'ok ' + b.data.me.email; })
      .catch((e) => { document.getElementById('out').textContent = 'refused ' + e.name; });
  </script></body>`;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html(target));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) }),
    ),
  );
}

describeBrowser('CORS', () => {
  const fx = useStack();
  let browser: Browser;
  let gateway: RunningGateway;
  const listedOrigin = 'http://127.0.0.1:1';
  let pages: { listed: Awaited<ReturnType<typeof pageServer>>; unlisted: Awaited<ReturnType<typeof pageServer>> };

  beforeAll(async () => {
    // Page servers first (their origins go into the gateway's list), then a gateway of the test's own.
    const target = { gatewayUrl: '', token: fx.owner.token };
    pages = { listed: await pageServer(target), unlisted: await pageServer(target) };
    gateway = await startExtraGateway(fx.stack, { cors: { origins: [pages.listed.origin, listedOrigin], credentials: false, maxAgeSeconds: 600 } });
    target.gatewayUrl = gateway.url;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.listed.close();
    await pages?.unlisted.close();
    await gateway?.close();
  });

  async function outcome(origin: string): Promise<string> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction("document.getElementById('out').textContent !== 'pending'", undefined, { timeout: 15_000 });
      return (await page.textContent('#out')) ?? '';
    } finally {
      await context.close();
    }
  }

  it('lets a page of a listed origin call the API and read the answer', async () => {
    expect(await outcome(pages.listed.origin)).toBe(`ok ${fx.owner.email}`);
  });

  it('keeps the answer from a page of an unlisted origin', async () => {
    expect(await outcome(pages.unlisted.origin)).toBe('refused TypeError');
  });

  it('answers a preflight of a listed origin with its own origin, a cache time and Vary, and an unlisted one with no CORS header', async () => {
    const preflight = (origin: string) =>
      fetch(gateway.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    const listed = await preflight(listedOrigin);
    expect(listed.status).toBe(204);
    expect(listed.headers.get('access-control-allow-origin')).toBe(listedOrigin);
    expect(listed.headers.get('access-control-max-age')).toBe('600');
    expect(listed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(listed.headers.get('vary')).toContain('Origin');
    const unlisted = await preflight('http://evil.example');
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
    expect(unlisted.headers.get('access-control-allow-headers')).toBeNull();
  });
});
