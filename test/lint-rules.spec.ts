/**
 * The lint rule against casts that silence the compiler (eslint.config.js): it must reject `as never`
 * and `as unknown as` in product code (`src/`) and leave tests free to cast, or `pnpm lint` in CI
 * passes while guarding nothing.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '@prometric/testing';

describe('lint: no silencing casts in src/', () => {
  // The flat config itself, passed in: jest's CommonJS realm cannot import() a config file.
  const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: require(join(REPO_ROOT, 'eslint.config.js')) });
  const CASTS = [`export const a = 1 as never;`, `export const b = 'x' as unknown as number;`, `export const c = ((1 as number) as unknown) as string;`].join('\n');

  const problems = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, filePath) });
    return result.messages.map((m) => `${m.line}:${m.ruleId}`);
  };

  it('rejects `as never` and `as unknown as` in every kind of src/ folder', async () => {
    for (const file of ['gateway/src/probe.ts', 'subgraphs/sales/src/orders/probe.service.ts', 'packages/core/src/probe.ts', 'orchestrator/src/saga/probe.ts']) {
      expect([file, await problems(CASTS, file)]).toEqual([file, ['1:no-restricted-syntax', '2:no-restricted-syntax', '3:no-restricted-syntax']]);
    }
  });

  it('allows them in tests, and allows a plain `as unknown` anywhere', async () => {
    expect(await problems(CASTS, 'gateway/src/probe.spec.ts')).toEqual([]);
    expect(await problems(CASTS, 'gateway/test/probe.int.spec.ts')).toEqual([]);
    expect(await problems(`export const c = 'x' as unknown;`, 'gateway/src/probe.ts')).toEqual([]);
  });
});
