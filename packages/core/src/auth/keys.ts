import type { BaseEnv } from '../env';
import { KeyStoreFile, TokenVerifier } from './jwt';

/** The verifier a service uses: the JWKS URL when configured, else the local key store. */
export async function createVerifier(env: Pick<BaseEnv, 'JWKS_URL' | 'AUTH_KEYS_DIR' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>): Promise<TokenVerifier> {
  const settings = { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE };
  if (env.JWKS_URL) return TokenVerifier.fromUrl(env.JWKS_URL, settings);
  return TokenVerifier.fromKeyStore(await KeyStoreFile.open(env.AUTH_KEYS_DIR), settings);
}
