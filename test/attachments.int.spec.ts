import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Role } from '@prometric/core';
import {
  atGateway,
  createCustomer,
  createOrder,
  createProduct,
  errorCodes,
  eventually,
  gql,
  memberToken,
  putFile,
  requestUpload,
  sha256Of,
  signUpTenant,
  uploadFile,
  useStack,
} from '@prometric/testing';

const ORDER_FILES = /* GraphQL */ `query($id: ID!) { order(id: $id) { id attachments { id fileName contentType size sha256 createdBy downloadUrl } } }`;
const INVOICE_FILES = /* GraphQL */ `query($id: ID!) { invoice(id: $id) { id attachments { id fileName size sha256 downloadUrl } } }`;

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : [join(prefix, e.name)]));
}

describe('attachments: signed uploads and downloads through the gateway (local disk store)', () => {
  const storageDir = mkdtempSync(join(tmpdir(), 'prometric-files-'));
  const fx = useStack({ pg: true, env: { STORAGE: 'local', STORAGE_DIR: storageDir, ATTACHMENT_MAX_BYTES: String(64 * 1024), ATTACHMENT_RETENTION_DAYS: '30', ATTACHMENT_SWEEP_MS: '3600000' } });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const product = await createProduct(fx.url, fx.owner.token, { price: '10.00' });
    const customer = await createCustomer(fx.url, fx.owner.token, { name: 'Files & Co' });
    const order = await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 1 }]);
    ids.order = order.data!.createOrder.order.id;
    ids.product = product.id;
    // Finance learns of the order from its event: the invoice is drafted once its snapshot is there.
    const invoice = await eventually(
      'the order reaches finance',
      () => gql(fx.url, `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } errors { code } } }`, { input: { orderId: ids.order } }, fx.owner.token),
      (r) => !!r.data?.createInvoice?.invoice,
    );
    ids.invoice = invoice.data!.createInvoice.invoice.id;
  });

  afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

  it('round trip on an order: request a link, PUT the bytes, list the file, download the same bytes', async () => {
    const bytes = randomBytes(20_000);
    const { link } = await requestUpload(fx.url, fx.owner.token, { entity: 'ORDER', id: ids.order, fileName: 'signed contract.pdf', contentType: 'application/pdf', size: bytes.length });
    expect(link!.errors).toEqual([]);
    expect(link!.uploadUrl).toMatch(new RegExp(`^http://localhost:4000/files/sales/Order/${ids.order}/${link!.attachmentId}/signed%20contract\\.pdf\\?`));
    const put = await putFile(fx.url, link!.uploadUrl!, bytes, 'application/pdf');
    expect(put.status).toBe(201);
    expect(await put.json()).toMatchObject({ id: link!.attachmentId, size: bytes.length, sha256: sha256Of(bytes) });
    // The same link again: one upload per link.
    expect((await putFile(fx.url, link!.uploadUrl!, bytes, 'application/pdf')).status).toBe(409);

    const listed = (await gql(fx.url, ORDER_FILES, { id: ids.order }, fx.owner.token)).data!.order.attachments;
    expect(listed).toEqual([{ id: link!.attachmentId, fileName: 'signed contract.pdf', contentType: 'application/pdf', size: bytes.length, sha256: sha256Of(bytes), createdBy: fx.owner.userId, downloadUrl: expect.any(String) }]);
    const download = await fetch(atGateway(fx.url, listed[0].downloadUrl));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="signed contract.pdf"; filename*=UTF-8''signed%20contract.pdf`);
    const back = Buffer.from(await download.arrayBuffer());
    expect(sha256Of(back)).toBe(sha256Of(bytes));
    expect(back.equals(bytes)).toBe(true);
    // The key starts with the tenant: organization, workspace, then the entity.
    expect(filesUnder(storageDir)).toContain(join(fx.owner.organizationId, fx.owner.workspaceId, 'Order', ids.order, link!.attachmentId!, 'signed contract.pdf'));
  });

  it('round trip on an invoice and a product (finance and sales store their own)', async () => {
    const csv = Buffer.from('sku,qty\nDESK,2\n');
    const onInvoice = await uploadFile(fx.url, fx.owner.token, 'INVOICE', ids.invoice, 'remittance.csv', 'text/csv', csv);
    const invoice = (await gql(fx.url, INVOICE_FILES, { id: ids.invoice }, fx.owner.token)).data!.invoice;
    expect(invoice.attachments).toEqual([{ id: onInvoice.attachmentId, fileName: 'remittance.csv', size: csv.length, sha256: sha256Of(csv), downloadUrl: expect.stringMatching(/\/files\/finance\/Invoice\//) }]);
    expect(Buffer.from(await (await fetch(atGateway(fx.url, invoice.attachments[0].downloadUrl))).arrayBuffer()).equals(csv)).toBe(true);

    const png = randomBytes(300);
    await uploadFile(fx.url, fx.owner.token, 'PRODUCT', ids.product, 'photo.png', 'image/png', png);
    const product = (await gql(fx.url, `query($id: ID!) { product(id: $id) { attachments { fileName sha256 } } }`, { id: ids.product }, fx.owner.token)).data!.product;
    expect(product.attachments).toEqual([{ fileName: 'photo.png', sha256: sha256Of(png) }]);
  });

  it("another workspace's links are refused and its attachments never listed", async () => {
    const bytes = Buffer.from('private');
    await uploadFile(fx.url, fx.owner.token, 'ORDER', ids.order, 'private.txt', 'text/plain', bytes);
    const mine = (await gql(fx.url, ORDER_FILES, { id: ids.order }, fx.owner.token)).data!.order.attachments;
    const link = atGateway(fx.url, mine.find((a: { fileName: string }) => a.fileName === 'private.txt').downloadUrl);

    const other = await signUpTenant(fx.url);
    // The signature binds the workspace: moving the link to another one breaks it.
    expect((await fetch(link.replace(/w=[^&]+/, `w=${other.workspaceId}`))).status).toBe(403);
    expect((await fetch(link.replace(/o=[^&]+/, `o=${other.organizationId}`))).status).toBe(403);
    expect((await fetch(link.replace(/sig=[^&]+/, 'sig=AAAA'))).status).toBe(403);
    // Another workspace cannot ask for an upload on this order, nor see its files.
    const { link: refused } = await requestUpload(fx.url, other.token, { entity: 'ORDER', id: ids.order, fileName: 'x.txt', contentType: 'text/plain', size: 1 });
    expect(refused!.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await gql(fx.url, ORDER_FILES, { id: ids.order }, other.token)).data!.order).toBeNull();
    // Even its own upload link cannot write into this order's folder (path and workspace are signed).
    const theirs = await createCustomer(fx.url, other.token, {});
    const theirProduct = await createProduct(fx.url, other.token, {});
    const theirOrder = (await createOrder(fx.url, other.token, theirs.id, [{ productId: theirProduct.id, quantity: 1 }])).data!.createOrder.order.id;
    const { link: theirLink } = await requestUpload(fx.url, other.token, { entity: 'ORDER', id: theirOrder, fileName: 'x.txt', contentType: 'text/plain', size: 1 });
    expect((await putFile(fx.url, theirLink!.uploadUrl!.replace(theirOrder, ids.order), Buffer.from('x'), 'text/plain')).status).toBe(403);
    // A download link used as an upload link is refused.
    expect((await fetch(link, { method: 'PUT', body: 'x', headers: { 'content-type': 'text/plain' } })).status).toBe(405);
  });

  it('refuses a tampered size or type, a body past the declared size (413), a wrong content type (415) and what the limits exclude', async () => {
    const { link } = await requestUpload(fx.url, fx.owner.token, { entity: 'ORDER', id: ids.order, fileName: 'notes.txt', contentType: 'text/plain', size: 10 });
    const url = link!.uploadUrl!;
    expect((await putFile(fx.url, url.replace('x-size=10', 'x-size=1000'), Buffer.alloc(1000, 65), 'text/plain')).status).toBe(403);
    expect((await putFile(fx.url, url.replace(/x-type=[^&]+/, 'x-type=application%2Fzip'), Buffer.alloc(10, 65), 'application/zip')).status).toBe(403);
    expect((await putFile(fx.url, url, Buffer.alloc(10, 65), 'application/pdf')).status).toBe(415);
    expect((await putFile(fx.url, url, Buffer.alloc(11, 65), 'text/plain')).status).toBe(413);
    // A streamed body (no Content-Length) is cut off past the size too.
    const streamed = await fetch(atGateway(fx.url, url), {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: new ReadableStream({ start: (c) => { c.enqueue(new Uint8Array(8)); c.enqueue(new Uint8Array(8)); c.close(); } }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // Nothing was recorded by the refused attempts; the link still works with the declared bytes.
    expect((await putFile(fx.url, url, Buffer.alloc(10, 65), 'text/plain')).status).toBe(201);

    const tooBig = await requestUpload(fx.url, fx.owner.token, { entity: 'ORDER', id: ids.order, fileName: 'big.zip', contentType: 'application/zip', size: 64 * 1024 + 1 });
    expect(tooBig.link!.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['size'] })]);
    const exe = await requestUpload(fx.url, fx.owner.token, { entity: 'ORDER', id: ids.order, fileName: 'run.exe', contentType: 'application/x-msdownload', size: 10 });
    expect(exe.link!.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['contentType'] })]);
  });

  it('neutralises path traversal and control characters in the file name', async () => {
    const bytes = Buffer.from('%PDF-1.4 traversal');
    const { link } = await requestUpload(fx.url, fx.owner.token, { entity: 'ORDER', id: ids.order, fileName: '../../../etc/pass\u0007wd\r\n.pdf', contentType: 'application/pdf', size: bytes.length });
    expect(link!.fileName).toBe('pass_wd_.pdf');
    expect((await putFile(fx.url, link!.uploadUrl!, bytes, 'application/pdf')).status).toBe(201);
    const long = await requestUpload(fx.url, fx.owner.token, { entity: 'ORDER', id: ids.order, fileName: `${'a'.repeat(300)}.docx`, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 5 });
    expect(long.link!.fileName).toHaveLength(200);
    expect(long.link!.fileName!.endsWith('.docx')).toBe(true);
    // Everything stayed under the store's root, in the workspace's folder.
    for (const file of filesUnder(storageDir)) expect(file.startsWith(join(fx.owner.organizationId, fx.owner.workspaceId)) || !file.includes('..')).toBe(true);
    expect(filesUnder(storageDir).some((f) => f.endsWith(join(link!.attachmentId!, 'pass_wd_.pdf')))).toBe(true);
  });

  it('needs the scope that reads the entity: a sales rep may not ask for an upload on an invoice', async () => {
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const refused = await requestUpload(fx.url, rep, { entity: 'INVOICE', id: ids.invoice, fileName: 'x.pdf', contentType: 'application/pdf', size: 3 });
    expect(errorCodes(refused.response)).toEqual(['FORBIDDEN']);
    expect(refused.link).toBeNull();
  });

  it('purchase orders (operations) and employees (hr) take files too; an employee\'s need hr:read (a sales rep is refused)', async () => {
    const supplierId = (await gql(fx.url, `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id } } }`, { input: { name: 'Timber Ltd', currency: 'USD' } }, fx.owner.token)).data!.createSupplier.supplier.id;
    const po = (await gql(fx.url, `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id } } }`, { input: { supplierId, lines: [{ productId: ids.product, quantity: 5, unitCost: '2.00' }] } }, fx.owner.token)).data!.createPurchaseOrder.purchaseOrder.id;
    const quote = Buffer.from('%PDF-1.4 supplier quote');
    await uploadFile(fx.url, fx.owner.token, 'PURCHASE_ORDER', po, 'quote.pdf', 'application/pdf', quote);
    const poFiles = (await gql(fx.url, `query($id: ID!) { purchaseOrder(id: $id) { attachments { fileName sha256 downloadUrl } } }`, { id: po }, fx.owner.token)).data!.purchaseOrder.attachments;
    expect(poFiles).toEqual([{ fileName: 'quote.pdf', sha256: sha256Of(quote), downloadUrl: expect.stringMatching(/\/files\/operations\/PurchaseOrder\//) }]);
    expect(Buffer.from(await (await fetch(atGateway(fx.url, poFiles[0].downloadUrl))).arrayBuffer()).equals(quote)).toBe(true);

    const employee = (await gql(fx.url, `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id } errors { code message } } }`, {
      input: { name: 'Ada Files', email: `ada-${Date.now()}@test.prometric.dev`, position: 'Machinist', salary: '3000.00' },
    }, fx.owner.token)).data!.createEmployee.employee.id;
    const contract = Buffer.from('employment contract');
    await uploadFile(fx.url, fx.owner.token, 'EMPLOYEE', employee, 'contract.txt', 'text/plain', contract);
    const hrFiles = (await gql(fx.url, `query($id: ID!) { employee(id: $id) { attachments { fileName downloadUrl } } }`, { id: employee }, fx.owner.token)).data!.employee.attachments;
    expect(hrFiles).toEqual([{ fileName: 'contract.txt', downloadUrl: expect.stringMatching(/\/files\/hr\/Employee\//) }]);
    expect(Buffer.from(await (await fetch(atGateway(fx.url, hrFiles[0].downloadUrl))).arrayBuffer()).equals(contract)).toBe(true);

    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const refused = await requestUpload(fx.url, rep, { entity: 'EMPLOYEE', id: employee, fileName: 'x.txt', contentType: 'text/plain', size: 1 });
    expect(errorCodes(refused.response)).toEqual(['FORBIDDEN']);
    // A link signed for a sales rep's scopes cannot be turned into an hr one: the scopes are signed.
    const orderLink = (await requestUpload(fx.url, rep, { entity: 'ORDER', id: ids.order, fileName: 'x.txt', contentType: 'text/plain', size: 1 })).link!.uploadUrl!;
    const forged = orderLink.replace('/files/sales/Order/', '/files/hr/Employee/').replace(ids.order, employee).replace(/s=orders%3Aread/, 's=hr%3Aread');
    expect((await putFile(fx.url, forged, Buffer.from('x'), 'text/plain')).status).toBe(403);
  });

  it('deletes the files of a product deleted more than ATTACHMENT_RETENTION_DAYS ago, and keeps those of one deleted since', async () => {
    const old = await createProduct(fx.url, fx.owner.token, {});
    const recent = await createProduct(fx.url, fx.owner.token, {});
    const oldFile = await uploadFile(fx.url, fx.owner.token, 'PRODUCT', old.id, 'old.txt', 'text/plain', Buffer.from('old'));
    const recentFile = await uploadFile(fx.url, fx.owner.token, 'PRODUCT', recent.id, 'recent.txt', 'text/plain', Buffer.from('recent'));
    for (const id of [old.id, recent.id]) expect((await gql(fx.url, `mutation($id: ID!) { deleteProduct(id: $id) { errors { code } } }`, { id }, fx.owner.token)).data!.deleteProduct.errors).toEqual([]);
    // Deleted 31 days ago (as the owner: the clock cannot be moved through the API).
    await fx.pg.query(`update "sales"."product" set "deleted_at" = now() - interval '31 days' where "id" = $1`, [old.id]);
    const onDisk = () => filesUnder(storageDir).filter((f) => f.includes(oldFile.attachmentId) || f.includes(recentFile.attachmentId));
    expect(onDisk()).toHaveLength(2);

    const sweep = fx.stack.sales.attachmentRetention!;
    const result = await sweep.runNow();
    expect(result.done).toContainEqual({ organizationId: fx.owner.organizationId, workspaceId: fx.owner.workspaceId });
    expect(onDisk()).toEqual([join(fx.owner.organizationId, fx.owner.workspaceId, 'Product', recent.id, recentFile.attachmentId, 'recent.txt')]);
    const rows = await fx.pg.query(`select "id", "deleted_at" is not null as "deleted" from "sales"."attachment" where "id" = any($1::uuid[]) order by "file_name"`, [[oldFile.attachmentId, recentFile.attachmentId]]);
    expect(rows.rows).toEqual([{ id: oldFile.attachmentId, deleted: true }, { id: recentFile.attachmentId, deleted: false }]);
    // Again: nothing left to do for this workspace.
    expect((await sweep.runNow()).due).not.toContainEqual({ organizationId: fx.owner.organizationId, workspaceId: fx.owner.workspaceId });
  });
});
