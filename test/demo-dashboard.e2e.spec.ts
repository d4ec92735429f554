import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { gql, useStack } from '@prometric/testing';
import { seedDemo } from '../scripts/demo-data';
import { demoMove } from '../scripts/demo-moves';

/** The demo seed under a login of this run's own: the shared test database keeps earlier runs' workspaces. */
const LOGIN = { email: `demo-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@prometric.test`, password: 'prometric-demo' };

/**
 * What a newcomer sees after `pnpm start` and `pnpm demo`, in a real browser (Debian chromium driven
 * by playwright-core, as gateway/test/dashboard.e2e.spec.ts): the seeded demo workspace on the
 * dashboard (dozens of orders, stock by product × warehouse, production orders), then the demo mover's
 * moves (a component delivery, a production step, a deal won) showing up in the panels without a reload.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const describeBrowser = hasChromium ? describe : describe.skip;
if (!hasChromium) {
  process.stderr.write(`demo-dashboard.e2e.spec.ts skipped: no chromium binary at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)\n`);
}

jest.setTimeout(60_000);

/** The production step a move names, and the status it leads to. */
const STEP_STATUS: Record<string, string> = { release: 'RELEASED', start: 'IN_PROGRESS', complete: 'COMPLETED' };

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describeBrowser('the demo workspace on the dashboard, in chromium', () => {
  const fx = useStack({ database: 'demodash', owner: false, orchestrator: true });
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  const problems: string[] = [];

  beforeAll(async () => {
    expect(await seedDemo(fx.url, undefined, LOGIN)).toBe('created');
    const login = await gql(fx.url, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: LOGIN.email, p: LOGIN.password });
    token = login.data!.login.accessToken as string;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    context = await browser.newContext();
    page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`));
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** A row of the stock panel: its on-hand figure. */
  const onHand = async (sku: string, code: string) => Number(await page.locator(`tr[data-stock="${sku}|${code}"] [data-field="onHand"]`).textContent());

  it('shows dozens of orders, stock in both warehouses and production orders after signing in', async () => {
    expect((await page.goto(`${new URL(fx.url).origin}/dashboard`))?.status()).toBe(200);
    // A marker that a reload would wipe: every later check happens on this same document.
    await page.evaluate(() => Reflect.set(globalThis, 'demoMarker', 'same page'));
    await page.fill('#email', LOGIN.email);
    await page.fill('#password', LOGIN.password);
    await page.click('#login');

    // (The page's CSP forbids string evaluation: wait for the 30th row by locator.)
    await page.locator('#rows tr').nth(29).waitFor({ timeout: 15_000 });
    expect(Number(await page.locator('#count').textContent())).toBeGreaterThanOrEqual(30);
    const statuses = new Set(await page.locator('#rows [data-field="status"]').allTextContents());
    expect(statuses).toEqual(new Set(['DRAFT', 'CONFIRMED', 'IN_PRODUCTION', 'READY', 'SHIPPED', 'DELIVERED', 'CANCELLED']));

    // Ten products (five finished, five components); components are stocked in MAIN only.
    await page.locator('tr[data-stock="CHAIR-OAK|EAST"]').waitFor({ timeout: 10_000 });
    expect(await onHand('CHAIR-OAK', 'MAIN')).toBeGreaterThan(0);
    expect(await page.locator('#stock-rows tr').count()).toBeGreaterThanOrEqual(13);
    const production = await page.locator('#production-rows [data-field="status"]').allTextContents();
    expect(production).toEqual(expect.arrayContaining(['PLANNED', 'IN_PROGRESS']));

    await page.locator('#live', { hasText: /^live$/ }).waitFor({ timeout: 15_000 });
    expect(problems).toEqual([]);
  });

  it('shows a component delivery from pnpm demo in the stock panel, highlighted, without a reload', async () => {
    const did = await demoMove(fx.url, token, 'restock');
    const [, quantity, sku, code] = /^received (\d+) × (\S+) into (\S+)$/.exec(did ?? '') ?? [];
    expect([sku, code]).toEqual([expect.stringMatching(/BOARD|SCREW|VARNISH/), expect.any(String)]);
    // What the API says now; the panel must reach it without a reload.
    const r = await gql(fx.url, `query { products(first: 20) { edges { node { sku stockByWarehouse { warehouse { code } onHand } } } } }`, {}, token);
    const level = r.data!.products.edges.find((e: { node: { sku: string } }) => e.node.sku === sku).node.stockByWarehouse.find((w: { warehouse: { code: string } }) => w.warehouse.code === code);
    expect(level.onHand).toBeGreaterThanOrEqual(Number(quantity));

    const row = page.locator(`tr[data-stock="${sku}|${code}"]`);
    await row.locator('[data-field="onHand"]', { hasText: exactly(String(level.onHand)) }).waitFor({ timeout: 10_000 });
    expect(await row.getAttribute('class')).toContain('flash');
    expect(await page.evaluate(() => Reflect.get(globalThis, 'demoMarker'))).toBe('same page');
  });

  it('shows production steps from pnpm demo in the production panel without a reload', async () => {
    // Two steps, so at least one row changes even when a step is a PLANNED order released.
    for (let i = 0; i < 2; i++) {
      const did = await demoMove(fx.url, token, 'production');
      const [, step, number] = /^(release|start|complete) (\S+)$/.exec(did ?? '') ?? [];
      expect(STEP_STATUS[step]).toBeDefined();
      const row = page.locator('#production-rows tr', { has: page.locator('[data-field="number"]', { hasText: exactly(number) }) });
      await row.locator('[data-field="status"]', { hasText: exactly(STEP_STATUS[step]) }).waitFor({ timeout: 10_000 });
      expect(await row.getAttribute('class')).toContain('flash');
    }
    expect(await page.evaluate(() => Reflect.get(globalThis, 'demoMarker'))).toBe('same page');
  });

  it('shows a deal won by pnpm demo as a new order on top, and the stock it reserves', async () => {
    const before = Number(await page.locator('#count').textContent());
    const did = await demoMove(fx.url, token, 'deal');
    const [, quantity, sku] = /^won a deal: .+, (\d+) × (\S+)$/.exec(did ?? '') ?? [];
    expect(Number(quantity)).toBeGreaterThan(0);
    await page.locator('#count', { hasText: exactly(String(before + 1)) }).waitFor({ timeout: 10_000 });
    // The saga reserves what is on hand and plans the rest; the row (on top) follows it to READY or IN_PRODUCTION.
    await page.locator('#rows tr').first().locator('[data-field="status"]', { hasText: /^(IN_PRODUCTION|READY)$/ }).waitFor({ timeout: 30_000 });
    // Whatever the saga reserved or planned of that product shows in the panels (reserved rises or a production order appears).
    const r = await gql(fx.url, `query { products(first: 20) { edges { node { sku stockByWarehouse { warehouse { code } reserved } } } } }`, {}, token);
    const levels = r.data!.products.edges.find((e: { node: { sku: string } }) => e.node.sku === sku).node.stockByWarehouse as { warehouse: { code: string }; reserved: number }[];
    for (const level of levels) {
      await page.locator(`tr[data-stock="${sku}|${level.warehouse.code}"] [data-field="reserved"]`, { hasText: exactly(String(level.reserved)) }).waitFor({ timeout: 10_000 });
    }
    expect(await page.evaluate(() => Reflect.get(globalThis, 'demoMarker'))).toBe('same page');
    expect(problems).toEqual([]);
  });
});
