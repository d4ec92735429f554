import { randomUUID } from 'node:crypto';
import { Role, signDocumentUrl } from '@prometric/core';
import { financeEnvSchema } from '@prometric/finance';
import { createCustomer, createDeal, createProduct, createWarehouse, gql, memberToken, pdfText, receiveStock, signUpTenant, useStack } from '@prometric/testing';

const INVOICE = /* GraphQL */ `query($id: ID!) { invoice(id: $id) { id number status total { amount } amountPaid { amount } amountDue { amount } pdfUrl } }`;

describe('documents as PDF: signed links through the gateway', () => {
  const fx = useStack({ database: 'documents', orchestrator: true });
  const tag = randomUUID().slice(0, 6);
  const ids: Record<string, string> = {};
  /** A link as the API gives it, pointed at this test's gateway (PUBLIC_URL is the production origin). */
  const local = (link: string) => link.replace(/^https?:\/\/[^/]+/, new URL(fx.url).origin);
  const download = (link: string) => fetch(local(link));

  beforeAll(async () => {
    const profile = await gql(fx.url, `mutation($input: UpdateWorkspaceInput!) { updateWorkspace(input: $input) { workspace { name address taxId } errors { code field } } }`, {
      input: { name: `Oakwood Furniture ${tag}`, address: '12 Timber Lane\nAlmaty 050000', taxId: 'BIN 123456789012' },
    }, fx.owner.token);
    expect(profile.data!.updateWorkspace.errors).toEqual([]);
    const warehouse = await createWarehouse(fx.url, fx.owner.token, { code: `W-${tag}`, name: 'Main' });
    const product = await createProduct(fx.url, fx.owner.token, { sku: `DESK-${tag}`, name: 'Standing desk', price: '200.00', taxRate: '0.12' });
    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: warehouse.id, quantity: 10 });
    const customer = await createCustomer(fx.url, fx.owner.token, { name: 'Birch & Co' });
    const deal = await createDeal(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 2 }]);
    const won = await gql(fx.url, `mutation($id: ID!) { winDeal(id: $id) { deal { order { id } } } }`, { id: deal.id }, fx.owner.token);
    ids.order = won.data!.winDeal.deal.order.id;
    const saga = await fx.stack.orchestrator!.waitForSaga(ids.order);
    ids.invoice = saga.results.invoiceId!;
    const paid = await gql(fx.url, `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { errors { code } } }`, { input: { invoiceId: ids.invoice, amount: '100.00', method: 'CASH' } }, fx.owner.token);
    expect(paid.data!.recordPayment.errors).toEqual([]);
  });

  it("an invoice's PDF shows the workspace, the lines and the same number, total and amount due as the API", async () => {
    const invoice = (await gql(fx.url, INVOICE, { id: ids.invoice }, fx.owner.token)).data!.invoice;
    expect(invoice).toMatchObject({ status: 'PARTIALLY_PAID', total: { amount: '448.00' }, amountPaid: { amount: '100.00' }, amountDue: { amount: '348.00' } });
    expect(invoice.pdfUrl).toMatch(/^http:\/\/localhost:4000\/documents\/finance\/invoice\/[0-9a-f-]{36}\.pdf\?/);
    const response = await download(invoice.pdfUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const expected of [`Oakwood Furniture ${tag}`, '12 Timber Lane', 'BIN 123456789012', `Invoice ${invoice.number}`, 'Birch & Co', `Standing desk (DESK-${tag})`, '448.00 USD', '100.00 USD', '348.00 USD']) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    expect(text).toMatch(/Amount due\s+348\.00 USD/);
  });

  it("an order's confirmation and a credit note print too", async () => {
    const order = (await gql(fx.url, `query($id: ID!) { order(id: $id) { number total { amount } confirmationPdfUrl } }`, { id: ids.order }, fx.owner.token)).data!.order;
    const confirmation = await pdfText(Buffer.from(await (await download(order.confirmationPdfUrl)).arrayBuffer()));
    expect(confirmation).toContain(`Order confirmation ${order.number}`);
    expect(confirmation).toContain(`${order.total.amount} USD`);

    const credited = await gql(fx.url, `mutation($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { creditNote { number total { amount } pdfUrl } errors { code message } } }`, {
      input: { invoiceId: ids.invoice, reason: 'One desk arrived scratched', lines: [{ description: 'Scratch discount', amount: '50.00' }] },
    }, fx.owner.token);
    expect(credited.data!.createCreditNote.errors).toEqual([]);
    const note = credited.data!.createCreditNote.creditNote;
    const text = await pdfText(Buffer.from(await (await download(note.pdfUrl)).arrayBuffer()));
    expect(text).toContain(`Credit note ${note.number}`);
    expect(text).toContain('One desk arrived scratched');
    expect(text).toContain(`${note.total.amount} USD`);
  });

  it('refuses a changed link (403), an expired one (410), and shows another workspace nothing', async () => {
    const link = local((await gql(fx.url, INVOICE, { id: ids.invoice }, fx.owner.token)).data!.invoice.pdfUrl);
    const other = await signUpTenant(fx.url);
    expect((await fetch(link.replace(/w=[^&]+/, `w=${other.workspaceId}`))).status).toBe(403);
    expect((await fetch(link.replace(/sig=[^&]+/, 'sig=AAAA'))).status).toBe(403);
    expect((await fetch(link.replace(/\/invoice\/[^.]+\.pdf/, `/invoice/${randomUUID()}.pdf`))).status).toBe(403);

    const { secret } = financeEnvSchema.parse({ NODE_ENV: 'test' }).documents;
    const path = new URL(link).pathname;
    const grant = { userId: fx.owner.userId, organizationId: fx.owner.organizationId, workspaceId: fx.owner.workspaceId, role: 'OWNER', currency: 'USD', scopes: ['invoices:read'] };
    const expired = signDocumentUrl(new URL(fx.url).origin, path, { ...grant, expiresAt: Math.floor(Date.now() / 1000) - 1 }, secret);
    expect((await fetch(expired)).status).toBe(410);
    // Even a correctly signed link for another workspace's member reads as that member: not found.
    const theirs = signDocumentUrl(new URL(fx.url).origin, path, { ...grant, userId: other.userId, organizationId: other.organizationId, workspaceId: other.workspaceId, expiresAt: Math.floor(Date.now() / 1000) + 60 }, secret);
    expect((await fetch(theirs)).status).toBe(404);
    // And their API never hands them a link to it.
    expect((await gql(fx.url, INVOICE, { id: ids.invoice }, other.token)).data!.invoice).toBeNull();
  });

  it('links only what the caller may read: a SALES_REP gets the order confirmation but no invoice', async () => {
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const order = await gql(fx.url, `query($id: ID!) { order(id: $id) { confirmationPdfUrl invoices { pdfUrl } } }`, { id: ids.order }, rep);
    expect(order.data!.order.confirmationPdfUrl).toMatch(/\/documents\/finance\/order\//);
    expect(order.data!.order.invoices).toBeNull();
    expect((await download(order.data!.order.confirmationPdfUrl)).status).toBe(200);
    const refused = await gql(fx.url, `mutation { updateWorkspace(input: { taxId: "X" }) { errors { code } } }`, {}, rep);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses an empty workspace name and an oversized tax id, changing nothing', async () => {
    const response = await gql(fx.url, `mutation { updateWorkspace(input: { name: " ", taxId: "${'9'.repeat(51)}" }) { workspace { name } errors { code field } } }`, {}, fx.owner.token);
    expect(response.data!.updateWorkspace).toEqual({ workspace: null, errors: [{ code: 'REQUIRED', field: ['name'] }, { code: 'INVALID', field: ['taxId'] }] });
    expect((await gql(fx.url, `query { workspace { name taxId } }`, {}, fx.owner.token)).data!.workspace).toEqual({ name: `Oakwood Furniture ${tag}`, taxId: 'BIN 123456789012' });
  });
});
