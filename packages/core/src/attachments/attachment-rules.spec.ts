import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sanitizeFileName, uploadRefusal } from './attachment-rules';
import { LocalDiskStore } from './file-store';

describe('attachment file names and limits', () => {
  it('keeps the last path segment, removes control characters and reserved characters, keeps the extension when cutting', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\me\\report.pdf')).toBe('report.pdf');
    expect(sanitizeFileName('a\u0000b\u001fc"d<e>.txt')).toBe('a_b_c_d_e_.txt');
    expect(sanitizeFileName('...hidden')).toBe('hidden');
    expect(sanitizeFileName('../')).toBe('file');
    const long = sanitizeFileName(`${'x'.repeat(500)}.xlsx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.xlsx')).toBe(true);
  });

  it('refuses content types off the list, empty and oversized files', () => {
    expect(uploadRefusal('application/pdf', 10, 100)).toBeNull();
    expect(uploadRefusal('text/html', 10, 100)?.code).toBe('CONTENT_TYPE_NOT_ALLOWED');
    expect(uploadRefusal('text/plain', 0, 100)?.code).toBe('INVALID_SIZE');
    expect(uploadRefusal('text/plain', 101, 100)?.code).toBe('FILE_TOO_LARGE');
  });
});

describe('LocalDiskStore', () => {
  const root = mkdtempSync(join(tmpdir(), 'prometric-store-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('puts, gets and deletes under its root, and refuses keys that would leave it', async () => {
    const store = new LocalDiskStore(root);
    await store.put('org/ws/Order/1/a.txt', Readable.from([Buffer.from('hello')]), { contentType: 'text/plain', size: 5 });
    const chunks: Buffer[] = [];
    for await (const chunk of (await store.get('org/ws/Order/1/a.txt'))!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('hello');
    await store.delete('org/ws/Order/1/a.txt');
    expect(await store.get('org/ws/Order/1/a.txt')).toBeNull();
    await store.delete('org/ws/Order/1/a.txt');
    for (const key of ['../outside.txt', 'org/../../x', '/etc/passwd', 'org//x', 'org/.\\x']) {
      await expect(store.put(key, Readable.from([Buffer.from('x')]), { contentType: 'text/plain', size: 1 })).rejects.toThrow(/Invalid storage key|escapes/);
    }
  });
});
