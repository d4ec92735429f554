// @ts-check
// `pnpm lint`: ESLint's and typescript-eslint's recommended rules over the TypeScript sources, and no
// casts that silence the compiler in product code (`src/`). CI runs it before the tests (.ci/run).
const { defineConfig, globalIgnores } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/** `x as never` / `x as unknown as T` in src/: each hides a type error instead of fixing it. */
const NO_SILENCING_CASTS = [
  {
    selector: 'TSAsExpression[typeAnnotation.type="TSNeverKeyword"]',
    message: '`as never` silences the compiler: type the value (or the API) so it fits. If a library forces it, disable this line and say which type.',
  },
  {
    selector: 'TSAsExpression > TSAsExpression.expression[typeAnnotation.type="TSUnknownKeyword"]',
    message: '`as unknown as` silences the compiler: type the value (or the API) so it fits. If a library forces it, disable this line and say which type.',
  },
];

module.exports = defineConfig(
  // Generated code, build output, and the browser pages the gateway serves as they are (plain JS).
  globalIgnores(['**/node_modules/', 'schema/generated/', '**/dist/', '.data/', '**/coverage/', '**/*.js', '**/*.cjs', '**/*.mjs']),
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // `_` names a value deliberately unused (a loop counter, a skipped parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_SILENCING_CASTS] },
  },
  {
    // Tests, their support package and the benchmarks read API answers as loose JSON, and load
    // CommonJS modules by path (schema/api-schema.cjs, the gateway's own copy of @apollo/gateway).
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'packages/testing/src/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
