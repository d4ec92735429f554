import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

/** What a stored file is, as given when it was put. */
export interface StoredFileInfo {
  contentType: string;
  /** Bytes (exact: the S3 adapter sends it as Content-Length). */
  size: number;
}

/**
 * Where attachment bytes live, by key (`<organization>/<workspace>/<entity type>/<entity id>/<attachment id>/<name>`).
 * Tenancy is in the key, checked by the caller: a store knows nothing of workspaces.
 */
export interface FileStore {
  /** Writes `body` under `key` (replacing what was there); rejects when the stream errors. */
  put(key: string, body: Readable, info: StoredFileInfo): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Readable | null>;
  /** Removes `key`; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Releases connections, if it holds any. */
  close?(): void;
}

/** A key's segments must be plain names: no empty, `.`/`..`, backslash or NUL segment. */
function checkKey(key: string): string[] {
  const segments = key.split('/');
  if (!key || segments.some((s) => !s || s === '.' || s === '..' || /[\\\0]/.test(s))) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  return segments;
}

/** Files under a directory of the local disk (STORAGE_DIR): the default, for one machine or a shared volume. */
export class LocalDiskStore implements FileStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file of `key`, refused when it would fall outside the root. */
  private fileOf(key: string): string {
    const file = path.resolve(this.root, ...checkKey(key));
    if (!file.startsWith(this.root + path.sep)) throw new Error(`Storage key escapes the root: ${JSON.stringify(key)}`);
    return file;
  }

  async put(key: string, body: Readable, _info: StoredFileInfo): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Written beside, renamed only on success: a reader never sees half a file.
    const partial = `${file}.partial`;
    try {
      await pipeline(body, createWriteStream(partial));
      await rename(partial, file);
    } catch (e) {
      await rm(partial, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.fileOf(key);
    const found = await stat(file).catch(() => null);
    return found?.isFile() ? createReadStream(file) : null;
  }

  async delete(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }
}

/** Settings of an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, s3rver in tests). */
export interface S3StoreOptions {
  bucket: string;
  region: string;
  /** Another provider's endpoint; AWS when unset. */
  endpoint?: string;
  /** Path-style URLs (`<endpoint>/<bucket>/<key>`), which most non-AWS servers need. */
  forcePathStyle: boolean;
  /** Static credentials; the SDK's default chain (instance role, AWS_* variables) when unset. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Objects of an S3-compatible bucket, through @aws-sdk/client-s3. */
export class S3Store implements FileStore {
  readonly client: S3Client;

  constructor(private readonly options: S3StoreOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // Checksums only where the API requires them: S3-compatible servers that predate the SDK's default
      // (an aws-chunked body with a CRC trailer) refuse or mis-store such uploads.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable, info: StoredFileInfo): Promise<void> {
    checkKey(key);
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: key, Body: body, ContentType: info.contentType, ContentLength: info.size }));
  }

  async get(key: string): Promise<Readable | null> {
    checkKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return object.Body instanceof Readable ? object.Body : null;
    } catch (e) {
      if (e instanceof NoSuchKey || (e as { name?: string }).name === 'NoSuchKey') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  /** Closes the SDK's connections. */
  close(): void {
    this.client.destroy();
  }
}
