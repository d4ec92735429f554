import { randomBytes } from 'node:crypto';
import { CipherError, FieldCipher } from '@prometric/core';
import { hrEnvSchema } from '../env';

const k1 = randomBytes(32);
const k2 = randomBytes(32);

describe('FieldCipher (AES-256-GCM, key rotation)', () => {
  it('stores keyId:iv:tag:ciphertext without the plaintext, and a fresh iv each time', () => {
    const cipher = new FieldCipher(new Map([['k1', k1]]), 'k1');
    const a = cipher.encrypt('3000.00', 'employee:1:salary');
    const b = cipher.encrypt('3000.00', 'employee:1:salary');
    expect(a.split(':')).toHaveLength(4);
    expect(a.startsWith('k1:')).toBe(true);
    expect(a).not.toContain('3000');
    expect(a).not.toBe(b);
    expect(cipher.decrypt(a, 'employee:1:salary')).toBe('3000.00');
  });

  it('reads values written under an older key after rotation; re-encrypting moves them to the current key', () => {
    const before = new FieldCipher(new Map([['k1', k1]]), 'k1');
    const old = before.encrypt('4100.50', 'employee:7:salary');
    const after = new FieldCipher(new Map([['k1', k1], ['k2', k2]]), 'k2');
    expect(after.decrypt(old, 'employee:7:salary')).toBe('4100.50');
    expect(after.isStale(old)).toBe(true);
    const rewritten = after.encrypt(after.decrypt(old, 'employee:7:salary'), 'employee:7:salary');
    expect(after.keyIdOf(rewritten)).toBe('k2');
    expect(after.isStale(rewritten)).toBe(false);
    // Once k1 is retired, only the re-encrypted value is readable.
    const retired = new FieldCipher(new Map([['k2', k2]]), 'k2');
    expect(retired.decrypt(rewritten, 'employee:7:salary')).toBe('4100.50');
    expect(() => retired.decrypt(old, 'employee:7:salary')).toThrow(CipherError);
  });

  it('refuses tampered values and values moved to another row or column', () => {
    const cipher = new FieldCipher(new Map([['k1', k1]]), 'k1');
    const stored = cipher.encrypt('3000.00', 'employee:1:salary');
    expect(() => cipher.decrypt(stored, 'employee:2:salary')).toThrow(CipherError);
    expect(() => cipher.decrypt(stored, 'employee:1:bankAccount')).toThrow(CipherError);
    const [id, iv, tag, body] = stored.split(':');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([id, iv, tag, flipped.toString('base64')].join(':'), 'employee:1:salary')).toThrow(CipherError);
    expect(() => cipher.decrypt('nope', 'employee:1:salary')).toThrow(CipherError);
  });
});

describe('hr encryption configuration', () => {
  const base = { NODE_ENV: 'production' };
  it('refuses to start in production without keys', () => {
    const r = hrEnvSchema.safeParse(base);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('HR_ENCRYPTION_KEYS');
  });

  it('uses a deterministic development key outside production', () => {
    const a = hrEnvSchema.parse({ NODE_ENV: 'test' });
    const b = hrEnvSchema.parse({ NODE_ENV: 'development' });
    expect(a.encryption.currentKeyId).toBe('dev');
    expect(a.encryption.keys.get('dev')!.equals(b.encryption.keys.get('dev')!)).toBe(true);
  });

  it('parses several keys, writes with the named one, and reports bad keys', () => {
    const env = hrEnvSchema.parse({ ...base, HR_ENCRYPTION_KEYS: `k1:${k1.toString('base64')},k2:${k2.toString('base64')}`, HR_ENCRYPTION_KEY_ID: 'k1' });
    expect([...env.encryption.keys.keys()]).toEqual(['k1', 'k2']);
    expect(env.encryption.currentKeyId).toBe('k1');
    expect(hrEnvSchema.parse({ ...base, HR_ENCRYPTION_KEYS: `k1:${k1.toString('base64')},k2:${k2.toString('base64')}` }).encryption.currentKeyId).toBe('k2');
    expect(hrEnvSchema.safeParse({ ...base, HR_ENCRYPTION_KEYS: 'k1:c2hvcnQ=' }).success).toBe(false);
    expect(hrEnvSchema.safeParse({ ...base, HR_ENCRYPTION_KEYS: `k1:${k1.toString('base64')}`, HR_ENCRYPTION_KEY_ID: 'k9' }).success).toBe(false);
  });
});
