/** One jest project for the whole monorepo; integration tests boot the real supergraph per file. */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
}];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/{packages,subgraphs,gateway,orchestrator,test}/**/*.spec.ts'],
  globalSetup: '<rootDir>/packages/testing/src/global-setup.ts',
  testTimeout: 30000,
  // Each file boots a whole stack in its worker, and not all of it is ever collected (global metadata
  // stores, module registries): a worker reused across ~65 files grew to 4 GB and spent its time in GC.
  // One past this heap size after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1GB',
  setupFiles: ['reflect-metadata'],
};
