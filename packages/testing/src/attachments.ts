import { createHash } from 'node:crypto';
import { gql } from './client';

/** What `requestUpload` answered. */
export interface UploadLink {
  uploadUrl: string | null;
  attachmentId: string | null;
  fileName: string | null;
  errors: { code: string; field: string[] | null; message: string }[];
}

const REQUEST_UPLOAD = /* GraphQL */ `mutation($input: RequestUploadInput!) {
  requestUpload(input: $input) { uploadUrl attachmentId fileName expiresAt errors { code field message } }
}`;

/** Asks the gateway for an upload link; the raw response (for refusals) and the payload. */
export async function requestUpload(url: string, token: string, input: { entity: string; id: string; fileName: string; contentType: string; size: number }) {
  const response = await gql<{ requestUpload: UploadLink | null }>(url, REQUEST_UPLOAD, { input }, token);
  return { response, link: response.data?.requestUpload ?? null };
}

/** A signed link (which points at PUBLIC_URL) pointed at the test's gateway instead. */
export const atGateway = (gatewayUrl: string, link: string) => link.replace(/^https?:\/\/[^/]+/, new URL(gatewayUrl).origin);

/** PUTs `bytes` to a signed upload link through the gateway. */
export function putFile(gatewayUrl: string, link: string, bytes: Buffer, contentType: string): Promise<Response> {
  return fetch(atGateway(gatewayUrl, link), { method: 'PUT', body: bytes, headers: { 'content-type': contentType } });
}

/** Requests a link and uploads `bytes` with it; throws unless both succeed. */
export async function uploadFile(url: string, token: string, entity: string, id: string, fileName: string, contentType: string, bytes: Buffer): Promise<{ attachmentId: string; sha256: string }> {
  const { response, link } = await requestUpload(url, token, { entity, id, fileName, contentType, size: bytes.length });
  if (!link?.uploadUrl) throw new Error(`requestUpload failed: ${JSON.stringify(response)}`);
  const put = await putFile(url, link.uploadUrl, bytes, contentType);
  if (put.status !== 201) throw new Error(`upload failed: ${put.status} ${await put.text()}`);
  return { attachmentId: link.attachmentId!, sha256: ((await put.json()) as { sha256: string }).sha256 };
}

/** The hex SHA-256 of `bytes`. */
export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
