import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { createCustomer, createOrder, createProduct, createWarehouse, gql, receiveStock, useStack } from '@prometric/testing';

/**
 * The pages the gateway serves, in a real browser (Debian chromium driven by playwright-core; no
 * browser download): the live orders dashboard follows an order cancelled through the API, and
 * GraphiQL loads with nothing fetched from anywhere but the gateway.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const describeBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) {
  process.stderr.write(`dashboard.e2e.spec.ts skipped: no chromium binary at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)\n`);
}

const TIMEOUT = 60_000;
jest.setTimeout(TIMEOUT);

describeBrowser(hasChromium ? `gateway pages in chromium (${CHROMIUM})` : `gateway pages: SKIPPED, no chromium binary at ${CHROMIUM}`, () => {
  const fx = useStack();
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    origin = new URL(fx.url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
  }, TIMEOUT);

  interface OpenedPage { context: BrowserContext; page: Page; problems: string[]; requests: string[] }

  /**
   * A fresh browser context (no stored token) on `path`, recording what went wrong: script errors,
   * failed requests, HTTP errors and CSP violations. `beforeGoto` may start waiting for responses.
   */
  async function openPage(path: string, beforeGoto?: (page: Page) => void): Promise<OpenedPage> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`));
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content.Security.Policy/i.test(msg.text())) problems.push(`CSP: ${msg.text()}`);
    });
    page.on('request', (req) => requests.push(req.url()));
    beforeGoto?.(page);
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status()).toBe(200);
    return { context, page, problems, requests };
  }

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.click('#login');
  }

  it('serves the pages and their assets with a strict CSP, content types and cache headers', async () => {
    const dashboard = await fetch(`${origin}/dashboard`);
    expect(dashboard.status).toBe(200);
    expect(dashboard.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = dashboard.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).not.toMatch(/https?:/);

    for (const [path, type] of [
      ['/assets/graphiql.min.js', 'text/javascript'],
      ['/assets/graphiql.min.css', 'text/css'],
      ['/assets/react.production.min.js', 'text/javascript'],
      ['/assets/react-dom.production.min.js', 'text/javascript'],
      ['/assets/graphql-ws.min.js', 'text/javascript'],
      ['/assets/dashboard.js', 'text/javascript'],
    ] as const) {
      const res = await fetch(`${origin}${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
      const etag = res.headers.get('etag');
      expect(etag).toBeTruthy();
      await res.arrayBuffer();
      const again = await fetch(`${origin}${path}`, { headers: { 'if-none-match': etag ?? '' } });
      expect(again.status).toBe(304);
    }
    expect((await fetch(`${origin}/assets/nope.js`)).status).toBe(404);
  });

  it('refuses a wrong password visibly', async () => {
    const { context, page, problems } = await openPage('/dashboard');
    try {
      await signIn(page, fx.owner.email, 'not the password');
      await page.locator('#error', { hasText: /wrong/i }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#login-form').isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists the orders and shows a cancellation made through the API within 10 s', async () => {
    const customer = await createCustomer(fx.url, fx.owner.token, { name: 'Dashboard Customer' });
    const product = await createProduct(fx.url, fx.owner.token, { price: '250.00' });
    const created = await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 2 }]);
    const orderId = (created.data?.createOrder?.order?.id ?? null) as string | null;
    if (!orderId) throw new Error(`createOrder failed: ${JSON.stringify(created)}`);
    const status = created.data?.createOrder?.order?.status as string;

    const { context, page, problems } = await openPage('/dashboard');
    try {
      await signIn(page, fx.owner.email, fx.owner.password);

      const row = page.locator(`tr[data-order-id="${orderId}"]`);
      await row.waitFor({ timeout: 10_000 });
      expect(await page.locator('#login-form').isVisible()).toBe(false);
      expect(await row.locator('[data-field="status"]').textContent()).toBe(status);
      expect(await row.locator('[data-field="total"]').textContent()).toContain('USD');
      expect(await row.textContent()).toContain('Dashboard Customer');

      await page.locator('#live', { hasText: /^live$/ }).waitFor({ timeout: 15_000 });

      const cancelled = await gql(
        fx.url,
        `mutation($id: ID!) { cancelOrder(id: $id, reason: "e2e") { order { status } errors { code message } } }`,
        { id: orderId },
        fx.owner.token,
      );
      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data?.cancelOrder?.order?.status).toBe('CANCELLED');

      await row.locator('[data-field="status"]', { hasText: /^CANCELLED$/ }).waitFor({ timeout: 10_000 });
      expect(await page.locator('#live').textContent()).toBe('live');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows stock and production panels that follow changes made through the API', async () => {
    const [product, component, warehouse] = await Promise.all([
      createProduct(fx.url, fx.owner.token, { sku: `PANEL-${Date.now()}` }),
      createProduct(fx.url, fx.owner.token),
      createWarehouse(fx.url, fx.owner.token, { code: `PNL${Date.now() % 100000}` }),
    ]);
    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: warehouse.id, quantity: 10 });
    const bom = await gql(fx.url, `mutation($input: CreateBillOfMaterialsInput!) { createBillOfMaterials(input: $input) { errors { code } } }`, { input: { productId: product.id, components: [{ productId: component.id, quantity: 1 }], activate: true } }, fx.owner.token);
    expect(bom.data!.createBillOfMaterials.errors).toEqual([]);
    const mo = await gql(fx.url, `mutation($input: CreateProductionOrderInput!) { createProductionOrder(input: $input) { productionOrder { id number } errors { code } } }`, { input: { productId: product.id, quantity: 4, warehouseId: warehouse.id } }, fx.owner.token);
    const productionId = mo.data!.createProductionOrder.productionOrder.id as string;

    const { context, page, problems } = await openPage('/dashboard');
    try {
      await signIn(page, fx.owner.email, fx.owner.password);
      const stockRow = page.locator(`tr[data-stock="${product.sku}|${warehouse.code}"]`);
      await stockRow.locator('[data-field="onHand"]', { hasText: /^10$/ }).waitFor({ timeout: 10_000 });
      const productionRow = page.locator(`tr[data-production-id="${productionId}"]`);
      await productionRow.locator('[data-field="status"]', { hasText: /^PLANNED$/ }).waitFor({ timeout: 10_000 });
      await page.locator('#live', { hasText: /^live$/ }).waitFor({ timeout: 15_000 });

      await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: warehouse.id, quantity: 5 });
      await stockRow.locator('[data-field="onHand"]', { hasText: /^15$/ }).waitFor({ timeout: 10_000 });
      expect(await stockRow.locator('[data-field="available"]').textContent()).toBe('15');

      const released = await gql(fx.url, `mutation($id: ID!) { releaseProductionOrder(id: $id) { errors { code } } }`, { id: productionId }, fx.owner.token);
      expect(released.data!.releaseProductionOrder.errors).toEqual([]);
      await productionRow.locator('[data-field="status"]', { hasText: /^RELEASED$/ }).waitFor({ timeout: 10_000 });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('loads GraphiQL with nothing fetched from outside the gateway', async () => {
    let introspection: Promise<Response> | undefined;
    const { context, page, problems, requests } = await openPage('/graphiql', (p) => {
      introspection = p.waitForResponse((r) => r.url() === fx.url && (r.request().postData() ?? '').includes('IntrospectionQuery'), { timeout: 20_000 });
    });
    try {
      await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
      // GraphiQL fetched the schema through its fetcher.
      const schema = await introspection;
      expect(schema?.status()).toBe(200);
      expect(((await schema?.json()) as { data?: { __schema?: unknown } }).data?.__schema).toBeTruthy();
      await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 20_000 });
      expect(problems).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
