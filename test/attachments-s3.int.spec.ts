import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { atGateway, createCustomer, createOrder, createProduct, freePort, gql, putFile, requestUpload, sha256Of, signUpTenant, useStack } from '@prometric/testing';

const BUCKET = 'prometric-attachments';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

describe('attachments in an S3-compatible bucket (s3rver, started by the test)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'prometric-s3-'));
  let server: S3rver;
  let endpoint = '';
  let s3: S3Client;

  beforeAll(async () => {
    const port = await freePort();
    server = new S3rver({ address: '127.0.0.1', port, silent: true, directory });
    await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  });

  // Declared after the server starts: the stack's services read S3_ENDPOINT when they start.
  const fx = useStack(() => ({
    env: { STORAGE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: BUCKET, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId, S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey },
  }));

  afterAll(async () => {
    s3?.destroy();
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('an upload and a download round-trip through the gateway, the object under the tenant prefix', async () => {
    const product = await createProduct(fx.url, fx.owner.token, {});
    const customer = await createCustomer(fx.url, fx.owner.token, {});
    const orderId = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 1 }])).data!.createOrder.order.id;
    const bytes = randomBytes(50_000);
    const { link } = await requestUpload(fx.url, fx.owner.token, { entity: 'ORDER', id: orderId, fileName: 'scan.png', contentType: 'image/png', size: bytes.length });
    const put = await putFile(fx.url, link!.uploadUrl!, bytes, 'image/png');
    expect(put.status).toBe(201);

    const key = `${fx.owner.organizationId}/${fx.owner.workspaceId}/Order/${orderId}/${link!.attachmentId}/scan.png`;
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${fx.owner.organizationId}/${fx.owner.workspaceId}/` }));
    expect(listed.Contents?.map((o) => [o.Key, o.Size])).toEqual([[key, bytes.length]]);
    const stored = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(stored.ContentType).toBe('image/png');
    expect(sha256Of(Buffer.from(await stored.Body!.transformToByteArray()))).toBe(sha256Of(bytes));

    const order = (await gql(fx.url, `query($id: ID!) { order(id: $id) { attachments { id sha256 downloadUrl } } }`, { id: orderId }, fx.owner.token)).data!.order;
    expect(order.attachments).toEqual([{ id: link!.attachmentId, sha256: sha256Of(bytes), downloadUrl: expect.any(String) }]);
    const download = await fetch(atGateway(fx.url, order.attachments[0].downloadUrl));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    // Another workspace's link for the same object is refused; a body past the size leaves nothing behind.
    const other = await signUpTenant(fx.url);
    expect((await fetch(atGateway(fx.url, order.attachments[0].downloadUrl).replace(/w=[^&]+/, `w=${other.workspaceId}`))).status).toBe(403);
    const { link: small } = await requestUpload(fx.url, fx.owner.token, { entity: 'ORDER', id: orderId, fileName: 'small.txt', contentType: 'text/plain', size: 4 });
    expect((await putFile(fx.url, small!.uploadUrl!, Buffer.from('too long'), 'text/plain')).status).toBe(413);
    const after = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${fx.owner.organizationId}/` }));
    expect(after.Contents?.map((o) => o.Key)).toEqual([key]);
  });
});
