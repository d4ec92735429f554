import type { NodeTypeName } from '../graphql/node';

/** Content types an attachment may have (checked when the upload link is asked for, and again on upload). */
export const ATTACHMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/zip',
] as const;

/** Longest stored file name, extension included. */
export const MAX_FILE_NAME_LENGTH = 200;

/**
 * A file name safe to store and to send back in Content-Disposition: its last path segment only (both
 * separators), no control characters, quotes or reserved characters, no leading dots, at most
 * MAX_FILE_NAME_LENGTH characters with the extension kept; `file` when nothing is left.
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  let clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f"*:<>?|%]+/g, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  if (!clean) return 'file';
  if (clean.length > MAX_FILE_NAME_LENGTH) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
    clean = clean.slice(0, MAX_FILE_NAME_LENGTH - ext.length) + ext;
  }
  return clean;
}

/** Why an upload's declared facts are refused, or null. */
export function uploadRefusal(contentType: string, size: number, maxBytes: number): { code: 'CONTENT_TYPE_NOT_ALLOWED' | 'FILE_TOO_LARGE' | 'INVALID_SIZE'; message: string } | null {
  if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(contentType)) return { code: 'CONTENT_TYPE_NOT_ALLOWED', message: `Content type ${contentType} is not accepted (allowed: ${ATTACHMENT_CONTENT_TYPES.join(', ')})` };
  if (!Number.isInteger(size) || size < 1) return { code: 'INVALID_SIZE', message: 'size must be a positive number of bytes' };
  if (size > maxBytes) return { code: 'FILE_TOO_LARGE', message: `Files are limited to ${maxBytes} bytes` };
  return null;
}

/**
 * The virus-scan hook point: called after a file's bytes are stored and before its attachment is
 * recorded. A scanner (ClamAV over clamd, a cloud scanning API, …) reads the file back with `read()`
 * and answers; an infected file is deleted from storage and the upload answered 422. The default
 * accepts everything.
 */
export interface VirusScanner {
  scan(file: { key: string; contentType: string; size: number; sha256: string; read: () => Promise<NodeJS.ReadableStream | null> }): Promise<{ clean: true } | { clean: false; reason: string }>;
}

/** The default scanner: accepts every file. */
export const NO_VIRUS_SCAN: VirusScanner = { scan: async () => ({ clean: true }) };

/** The entity types files may be attached to: the enum value clients name → its Node type (whose owner stores the files). */
export const ATTACHABLE_TYPES = {
  ORDER: 'Order',
  PRODUCT: 'Product',
  INVOICE: 'Invoice',
  PURCHASE_ORDER: 'PurchaseOrder',
  EMPLOYEE: 'Employee',
} as const satisfies Record<string, NodeTypeName>;

export type AttachableEntity = keyof typeof ATTACHABLE_TYPES;
