import 'reflect-metadata';
import { baseEnvSchema, loadEnvOrExit, loadOrCreateKeyStore, retireSigningKey, rotateSigningKey } from '@prometric/core';

/**
 * `pnpm keys rotate` adds a signing key (new tokens use it; old ones keep working until they
 * expire); `pnpm keys retire <kid>` removes one after its tokens expired; `pnpm keys list`.
 * Services follow the key store file without a restart.
 */
async function main(): Promise<void> {
  const env = loadEnvOrExit(baseEnvSchema);
  const [command, kid] = process.argv.slice(2);
  if (command === 'rotate') process.stdout.write(`added ${await rotateSigningKey(env.AUTH_KEYS_DIR)}\n`);
  else if (command === 'retire' && kid) await retireSigningKey(env.AUTH_KEYS_DIR, kid);
  else if (command === 'list') {
    for (const k of (await loadOrCreateKeyStore(env.AUTH_KEYS_DIR)).keys) process.stdout.write(`${k.kid}  ${k.createdAt}\n`);
  } else {
    process.stderr.write('usage: pnpm keys rotate | retire <kid> | list\n');
    process.exit(2);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
