import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kind, print, type DocumentNode } from 'graphql';
import { readTrustedDocuments, sha256, type RunningGateway, type TrustedDocuments, type TrustedDocumentsMode } from '@prometric/gateway';
import { REPO_ROOT, startExtraGateway, useStack, wsClient } from '@prometric/testing';
import * as generated from '../../schema/generated/graphql';

const MANIFEST = join(REPO_ROOT, 'schema/trusted-documents.json');

/** A POST with APQ's extension, with or without the text. */
async function send(url: string, token: string, body: { query?: string; hash?: string; variables?: Record<string, unknown> }) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: body.query,
      variables: body.variables ?? {},
      ...(body.hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: body.hash } } } : {}),
    }),
  });
  return { status: res.status, ...((await res.json()) as { data?: Record<string, any> | null; errors?: { extensions?: Record<string, unknown> }[] }) };
}

describe('persisted and trusted documents', () => {
  const fx = useStack();
  const gateways: RunningGateway[] = [];
  let manifest: TrustedDocuments;

  const gatewayWith = async (mode: TrustedDocumentsMode) => {
    const gateway = await startExtraGateway(fx.stack, { trustedDocuments: { mode, documents: manifest } });
    gateways.push(gateway);
    return gateway;
  };

  beforeAll(() => {
    manifest = readTrustedDocuments(MANIFEST);
  });

  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
  });

  it('registers every generated document exactly as clients send it (the saga, the SDK): pnpm trust is current', () => {
    const documents = Object.entries(generated).filter((entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && (entry[1] as DocumentNode)?.kind === Kind.DOCUMENT);
    expect(documents.length).toBeGreaterThan(30);
    const missing = documents.filter(([, document]) => !manifest.has(sha256(print(document)))).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('apq: a hash alone is unknown until its text was sent once, then known to every gateway (Redis)', async () => {
    const [a, b] = [await gatewayWith('apq'), await gatewayWith('apq')];
    const query = `query Apq${randomUUID().replace(/-/g, '')} { products(first: 1) { totalCount } }`;
    const hash = sha256(query);
    const miss = await send(a.url, fx.owner.token, { hash });
    expect(miss.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await send(a.url, fx.owner.token, { query, hash });
    expect(registered.data).toEqual({ products: { totalCount: 0 } });
    const hit = await send(b.url, fx.owner.token, { hash });
    expect(hit.errors).toBeUndefined();
    expect(hit.data).toEqual({ products: { totalCount: 0 } });
    // A text that does not match its hash is refused, not stored.
    const forged = await send(a.url, fx.owner.token, { query: '{ me { id } }', hash: sha256('something else') });
    expect(forged.status).toBe(400);
  });

  it('enforce: only registered documents run, by hash or by their exact text', async () => {
    const gateway = await gatewayWith('enforce');
    const adHoc = await send(gateway.url, fx.owner.token, { query: '{ products(first: 1) { totalCount } }' });
    expect(adHoc.status).toBe(400);
    expect(adHoc.errors![0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', reason: 'DOCUMENT_NOT_TRUSTED' });
    const unknownHash = await send(gateway.url, fx.owner.token, { hash: sha256('{ me { id } }') });
    expect(unknownHash.errors![0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Registration is the manifest's only: sending a text with its hash adds nothing.
    expect((await send(gateway.url, fx.owner.token, { query: '{ me { id } }', hash: sha256('{ me { id } }') })).status).toBe(400);

    const products = print(generated.ProductsDocument);
    const byHash = await send(gateway.url, fx.owner.token, { hash: sha256(products), variables: { first: 5 } });
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data!.products.totalCount).toBe(0);
    const byText = await send(gateway.url, fx.owner.token, { query: products, variables: { first: 5 } });
    expect(byText.data!.products.totalCount).toBe(0);

    // Every registered document passes the gate (variables left out: what fails after it is their check).
    for (const text of manifest.values()) {
      if (text.startsWith('subscription')) continue;
      const response = await send(gateway.url, fx.owner.token, { query: text });
      expect({ text, reason: response.errors?.[0]?.extensions?.reason }).toEqual({ text, reason: undefined });
    }
  });

  it('enforce: a subscription runs only when registered', async () => {
    const gateway = await gatewayWith('enforce');
    const ws = wsClient(gateway.url, fx.owner.token);
    try {
      await ws.connected;
      const refused = ws.subscribe('subscription { orderUpdated { id status } }');
      expect(((await refused.error) as { extensions?: Record<string, unknown> }[])[0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', reason: 'DOCUMENT_NOT_TRUSTED' });
      const registered = ws.subscribe(print(generated.OrderUpdatedDocument), {});
      const outcome = await Promise.race([registered.error.then(() => 'refused'), new Promise((resolve) => setTimeout(() => resolve('running'), 500))]);
      expect(outcome).toBe('running');
      registered.dispose();
    } finally {
      await ws.dispose();
    }
  });
});
