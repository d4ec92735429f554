import { signDocumentUrl, verifyDocumentUrl, type DocumentGrant } from './signed-url';

const secret = Buffer.alloc(32, 7);
const grant: DocumentGrant = { userId: 'u1', organizationId: 'o1', workspaceId: 'w1', role: 'ACCOUNTANT', currency: 'USD', scopes: ['invoices:read', 'customers:read'], expiresAt: 2_000_000_000 };
const PATH = '/documents/finance/invoice/3f1c.pdf';
const relative = (url: string) => url.replace('https://api.example.com', '');

describe('signed document URLs', () => {
  it('accepts its own URL until it expires, then answers 410', () => {
    const url = signDocumentUrl('https://api.example.com/', PATH, grant, secret);
    expect(url.startsWith(`https://api.example.com${PATH}?`)).toBe(true);
    expect(verifyDocumentUrl(relative(url), secret, 1_999_999_999_000)).toEqual({ ok: true, path: PATH, grant });
    expect(verifyDocumentUrl(relative(url), secret, 2_000_000_001_000)).toMatchObject({ ok: false, status: 410 });
  });

  it('refuses (403) a changed path, workspace, user, role or expiry, another secret and a missing signature', () => {
    const url = relative(signDocumentUrl('https://api.example.com', PATH, grant, secret));
    const now = 1_900_000_000_000;
    for (const forged of [
      url.replace('3f1c', '3f1d'),
      url.replace('w=w1', 'w=w2'),
      url.replace('u=u1', 'u=u2'),
      url.replace('r=ACCOUNTANT', 'r=OWNER'),
      url.replace('c=USD', 'c=EUR'),
      url.replace('s=invoices%3Aread%2Ccustomers%3Aread', 's=invoices%3Aread%2Ccustomers%3Aread%2Chr%3Aread'),
      url.replace('exp=2000000000', 'exp=2100000000'),
      url.replace(/&sig=[^&]+/, ''),
    ]) {
      expect([forged, verifyDocumentUrl(forged, secret, now)]).toEqual([forged, expect.objectContaining({ ok: false, status: 403 })]);
    }
    expect(verifyDocumentUrl(url, Buffer.alloc(32, 8), now)).toMatchObject({ ok: false, status: 403 });
  });
});
