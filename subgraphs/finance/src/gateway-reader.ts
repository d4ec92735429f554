import { KeyStoreFile, TokenSigner, type ApiKeyClaims } from '@prometric/core';

/** Where finance reads other domains' data like a client: the gateway, with tokens it signs itself. */
export interface GatewayReaderOptions {
  /** The gateway's /graphql URL, asked at each read (the test stack learns it after finance started). */
  gatewayUrl: () => string;
  /** Identity's signing keys (AUTH_KEYS_DIR), opened at the first read. */
  keysDir: string;
  jwt: { issuer: string; audience: string };
}

/** Who a read acts for: a member of a workspace, limited to `apiKey.scopes` like an API key. */
export interface ReadAs {
  userId: string;
  organizationId: string;
  workspaceId: string;
  role: string;
  currency: string;
  apiKey: ApiKeyClaims;
}

/** The gateway's answer to a read. */
export interface GatewayAnswer<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Reads through the gateway as a given member with a one-minute token limited to the scopes it
 * needs: the same plans, field rules and row-level security as any client (webhook payloads, the
 * printed documents).
 */
export class GatewayReader {
  private signer: TokenSigner | null = null;
  private keys: KeyStoreFile | null = null;

  constructor(private readonly options: GatewayReaderOptions) {}

  async read<T>(as: ReadAs, query: string, variables: Record<string, unknown>): Promise<GatewayAnswer<T>> {
    const keys = (this.keys ??= await KeyStoreFile.open(this.options.keysDir));
    this.signer ??= new TokenSigner(() => keys.current(), this.options.jwt);
    const token = await this.signer.signAccessToken(as, 60);
    const response = await fetch(this.options.gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json().catch(() => null)) as Omit<GatewayAnswer<T>, 'status'> | null;
    if (!answer) throw new Error(`The gateway answered ${response.status} without JSON`);
    return { ...answer, status: response.status };
  }
}
