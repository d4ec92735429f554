import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored value the configured keys cannot open (unknown key id, tampering, wrong context). */
export class CipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CipherError';
  }
}

/**
 * AES-256-GCM for sensitive columns (salaries, bank details). A stored value is
 * `{keyId}:{iv}:{tag}:{ciphertext}` (the last three base64), so reading works with any configured
 * key while only the current key writes: rotating is adding a key, making it current and
 * re-encrypting. Each value is bound to its row and column through the GCM additional data, so a
 * ciphertext copied onto another employee or into another column fails to decrypt.
 */
export class FieldCipher {
  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly currentKeyId: string,
  ) {
    if (!keys.has(currentKeyId)) throw new CipherError(`No encryption key ${currentKeyId}`);
    for (const [id, key] of keys) {
      if (key.length !== 32) throw new CipherError(`Encryption key ${id} must be 32 bytes`);
      if (id.includes(':')) throw new CipherError(`Encryption key id ${id} must not contain ":"`);
    }
  }

  /** Encrypts `plain` with the current key, bound to `context` (e.g. `employee:<id>:salary`). */
  encrypt(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [this.currentKeyId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  /** Decrypts a stored value written under any configured key; throws CipherError when it cannot. */
  decrypt(stored: string, context: string): string {
    const parts = stored.split(':');
    if (parts.length !== 4) throw new CipherError('Malformed encrypted value');
    const [keyId, iv, tag, body] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new CipherError(`Encrypted with unknown key ${keyId}`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new CipherError('Encrypted value failed authentication');
    }
  }

  /** Id of the key a stored value was written with. */
  keyIdOf(stored: string): string {
    return stored.slice(0, stored.indexOf(':'));
  }

  /** True when the value was written with a key other than the current one. */
  isStale(stored: string): boolean {
    return this.keyIdOf(stored) !== this.currentKeyId;
  }
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Parses a list of field-encryption keys, `k1:<base64 32 bytes>,k2:<…>`, reporting every problem
 * through `ctx` under `variable` (the environment variable's name).
 */
export function parseEncryptionKeys(raw: string, variable: string, ctx: { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void }): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const part of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = part.indexOf(':');
    const id = at > 0 ? part.slice(0, at) : '';
    const key = Buffer.from(at > 0 ? part.slice(at + 1) : '', 'base64');
    if (!KEY_ID.test(id)) ctx.addIssue({ code: 'custom', path: [variable], message: `key id "${id}" must be 1–32 letters, digits, _ or -` });
    else if (key.length !== 32) ctx.addIssue({ code: 'custom', path: [variable], message: `key ${id} must be 32 bytes, base64-encoded` });
    else if (keys.has(id)) ctx.addIssue({ code: 'custom', path: [variable], message: `key id ${id} is listed twice` });
    else keys.set(id, key);
  }
  return keys;
}
